//! OpenAPI of the mappings beyond one fixed status: a variant whose status a function chooses
//! is documented under each status listed, constant members appear with their values (in each
//! example, and as the member's `enum` in the schema), and type URIs resolved against the enum's
//! `type_base` are the ones sent.

#[path = "support/validate_openapi.rs"]
mod validate_openapi;

use serde_json::Value;
use statuskit::{HttpError, Problem, Status};
use utoipa::IntoResponses;

/// A foreign error whose status depends on its value.
#[derive(Debug)]
struct DbError(u8);

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "database error {}", self.0)
    }
}

fn db_status(error: &DbError) -> Status {
    match error.0 {
        0 => Status::NotFound,
        1 => Status::Conflict,
        _ => Status::ServiceUnavailable,
    }
}

/// The order API's errors.
#[derive(Debug, thiserror::Error, HttpError)]
#[allow(dead_code)] // only their documentation and `Paid`'s body are checked
#[problem(
    type_base = "https://errors.example.com/",
    extension(service = "orders")
)]
enum OrderError {
    /// The database refused.
    #[error("database: {0}")]
    #[status(404 | 409 | 503, by = db_status)]
    #[problem(type = "database")]
    Db(DbError),
    /// No order has this id.
    #[error("order {0} not found")]
    #[status(404)]
    #[problem(
        type = "order-not-found",
        extension(code = "ORDER_NOT_FOUND", retryable = false)
    )]
    Missing(u64),
    /// The order does not validate.
    #[error("{} fields are invalid", errors.len())]
    #[status(422)]
    Invalid {
        /// Described by `FieldError`'s own schema.
        #[problem(extension)]
        errors: Vec<FieldError>,
    },
    /// The order is paid already.
    #[error("order {0} is paid")]
    #[status(409)]
    #[problem(extension(code = "ORDER_PAID", retryable = false, attempts = 3))]
    Paid(u64),
}

/// One invalid field of a request, with its own OpenAPI schema.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
struct FieldError {
    /// The field's name.
    field: String,
    /// What is wrong with it.
    message: String,
}

/// Reads an order.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u64, Path, description = "The order's id.")),
    responses((status = 200, description = "The order."), OrderError)
)]
#[allow(dead_code)] // only its OpenAPI matters here
fn get_order() {}

/// What paying for an order answers besides 204: no 404 or 422 there.
#[derive(Debug, Clone, Copy, PartialEq, statuskit::StatusEnum)]
#[allow(dead_code)] // only its statuses matter here
enum PayOrder {
    Conflict,
    ServiceUnavailable,
}

/// Pays for an order: only the statuses `PayOrder` lists are documented.
#[utoipa::path(
    post,
    path = "/orders/{id}/payment",
    params(("id" = u64, Path, description = "The order's id.")),
    responses(
        (status = 204, description = "Paid."),
        statuskit::EndpointResponses<OrderError, PayOrder>
    )
)]
#[allow(dead_code)]
fn pay_order() {}

#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "orders", version = "0.1.0", description = "The orders API."),
    // No `components(schemas(...))`: `FieldError`'s schema is written out where it is used.
    paths(get_order, pay_order)
)]
struct Api;

fn document() -> Value {
    serde_json::to_value(<Api as utoipa::OpenApi>::openapi()).unwrap()
}

#[test]
fn openapi_mapping_snapshot() {
    insta::assert_json_snapshot!("openapi_mapping_document", document());
}

#[test]
fn a_chosen_variant_is_documented_under_each_status_listed() {
    let responses = OrderError::responses();
    assert_eq!(
        responses.keys().collect::<Vec<_>>(),
        ["404", "409", "422", "503"]
    );
    let document = document();
    for code in ["404", "409", "503"] {
        let examples = &document["paths"]["/orders/{id}"]["get"]["responses"][code]["content"]
            [Problem::CONTENT_TYPE]["examples"];
        let db = &examples["Db"]["value"];
        assert_eq!(db["type"], "https://errors.example.com/database", "{code}");
        assert_eq!(db["status"], code.parse::<u16>().unwrap(), "{code}");
        assert_eq!(db["service"], "orders", "{code}");
        // The database's text stays home, and the doc comment is no stand-in for it.
        assert_eq!(db.get("detail"), None, "{code}");
        assert_eq!(examples["Db"]["description"], "The database refused.");
        assert_eq!(
            examples["Db.ko"]["value"]["title"],
            Status::from_u16(code.parse().unwrap())
                .unwrap()
                .name_ko()
                .unwrap(),
            "{code}"
        );
    }
}

#[test]
fn examples_and_schemas_carry_the_constants_as_sent() {
    let document = document();
    let conflict = &document["paths"]["/orders/{id}"]["get"]["responses"]["409"]["content"]
        [Problem::CONTENT_TYPE];
    let paid = &conflict["examples"]["Paid"]["value"];
    let sent: Value = serde_json::from_slice(&OrderError::Paid(7).problem_json()).unwrap();
    for member in [
        "type",
        "title",
        "status",
        "code",
        "retryable",
        "attempts",
        "service",
    ] {
        assert_eq!(paid[member], sent[member], "{member}");
    }
    let members = &conflict["schema"]["properties"];
    // Required: what both variants of 409 always send. `Paid`'s constants are not `Db`'s, and
    // the chosen `Db` sends no detail.
    assert_eq!(
        conflict["schema"]["required"],
        serde_json::json!(["type", "title", "status", "service"])
    );
    assert_eq!(members["code"]["enum"], serde_json::json!(["ORDER_PAID"]));
    assert_eq!(members["code"]["type"], "string");
    assert_eq!(members["attempts"]["type"], "integer");
    assert_eq!(members["service"]["enum"], serde_json::json!(["orders"]));
    let missing = &document["paths"]["/orders/{id}"]["get"]["responses"]["404"]["content"]
        [Problem::CONTENT_TYPE]["examples"]["Missing"]["value"];
    assert_eq!(
        missing["type"],
        "https://errors.example.com/order-not-found"
    );
    assert_eq!(missing["code"], "ORDER_NOT_FOUND");
}

#[test]
fn extension_fields_are_described_by_their_own_schema() {
    let document = document();
    let invalid = &document["paths"]["/orders/{id}"]["get"]["responses"]["422"]["content"]
        [Problem::CONTENT_TYPE];
    let errors = &invalid["schema"]["properties"]["errors"];
    let required = invalid["schema"]["required"].as_array().unwrap();
    assert!(required.contains(&"errors".into()), "{required:?}");
    // Its example shows the field's default value, an empty list.
    assert_eq!(
        invalid["examples"]["Invalid"]["value"]["errors"],
        serde_json::json!([])
    );
    assert_eq!(errors["type"], "array");
    // utoipa inlines the item's schema, so the document stays valid without a component.
    assert_eq!(errors["items"]["properties"]["field"]["type"], "string");
    assert_eq!(
        errors["items"]["required"],
        serde_json::json!(["field", "message"])
    );
    assert_eq!(
        invalid["examples"]["Invalid"]["value"]["detail"],
        "‹…› fields are invalid"
    );
}

#[test]
fn an_endpoint_documents_only_its_own_statuses() {
    let document = document();
    let responses = document["paths"]["/orders/{id}/payment"]["post"]["responses"]
        .as_object()
        .unwrap();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["204", "409", "503"]);
    assert_eq!(
        responses["409"],
        document["paths"]["/orders/{id}"]["get"]["responses"]["409"]
    );
}

#[test]
fn mapping_document_is_valid_openapi_3_1() {
    let document = serde_json::to_string_pretty(&document()).unwrap();
    let stdout = validate_openapi::assert_valid_openapi(&document, "openapi-mapping");
    // GET: 404: Db, Missing; 409: Db, Paid; 422: Invalid; 503: Db. POST: 409 and 503 again.
    // Each in English and Korean.
    assert!(stdout.contains(" 18 examples checked"), "{stdout}");
    assert!(!document.contains("$ref"));
}
