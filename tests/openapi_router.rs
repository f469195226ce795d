//! A service built with utoipa-axum's `OpenApiRouter`, which assembles the document from the
//! routes it is given: with `responses(ApiError)` on each and no `components(schemas(...))`
//! anywhere, the document is valid OpenAPI 3.1, and every example is the body a real server
//! sends for its variant, in English and in Korean.

#[path = "support/examples.rs"]
mod examples;
#[path = "support/raw_http.rs"]
mod raw_http;
#[path = "support/validate_openapi.rs"]
mod validate_openapi;

use axum::extract::{Path, Query};
use serde_json::Value;
use statuskit::HttpError;
use statuskit::axum::ProblemLayer;
use statuskit::openapi::LayerResponses;
use tokio::net::TcpListener;
use utoipa::Modify;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// One invalid field.
#[derive(Debug, Default, serde::Serialize, utoipa::ToSchema)]
struct FieldError {
    field: String,
    at: Place,
}

/// Where in the body: `FieldError` refers to it, so the inlined schema must hold it too.
#[derive(Debug, Default, serde::Serialize, utoipa::ToSchema)]
struct Place {
    line: u32,
}

fn db_status(error: &DbError) -> statuskit::Status {
    match error.0 {
        0 => statuskit::Status::NotFound,
        _ => statuskit::Status::Conflict,
    }
}

/// A database error whose text names a table.
#[derive(Debug, thiserror::Error)]
#[error("duplicate key value violates unique constraint \"orders_pkey\"")]
struct DbError(u8);

#[derive(Debug, thiserror::Error, HttpError)]
#[problem(
    type_base = "https://errors.example.com/",
    extension(service = "orders")
)]
enum OrderError {
    /// No order has this id.
    #[status(404)]
    #[problem(type = "order-not-found", title_ko = "주문 없음")]
    #[error("order {0} not found")]
    Missing(u64),
    /// The order does not validate.
    #[status(422)]
    #[error("the order has {} invalid fields", errors.len())]
    Invalid {
        #[problem(extension)]
        errors: Vec<FieldError>,
        #[problem(extension)]
        hint: Option<String>,
    },
    /// The database refused; its text stays home.
    #[status(404 | 409, by = db_status)]
    #[error(transparent)]
    Db(DbError),
    /// The disk is full; hidden as every 5xx.
    #[status(507)]
    #[error("disk /var/lib/db is full")]
    Full,
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct Filter {
    /// Which error to answer.
    fail: String,
}

/// Reads an order; `?fail=` picks the error.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u64, Path), Filter),
    responses((status = 200, description = "The order."), OrderError)
)]
async fn order(Path(id): Path<u64>, Query(filter): Query<Filter>) -> Result<(), OrderError> {
    Err(match filter.fail.as_str() {
        "missing" => OrderError::Missing(id),
        "invalid" => OrderError::Invalid {
            errors: vec![FieldError::default()],
            hint: None,
        },
        "db-missing" => OrderError::Db(DbError(0)),
        "db-taken" => OrderError::Db(DbError(1)),
        _ => OrderError::Full,
    })
}

fn service() -> (axum::Router, Value) {
    let (router, mut api) = OpenApiRouter::new()
        .routes(routes!(order))
        .split_for_parts();
    LayerResponses::new().modify(&mut api);
    let document = serde_json::to_value(&api).unwrap();
    (router.layer(ProblemLayer::new()), document)
}

/// Serves the router; answers the document too.
async fn serve() -> (std::net::SocketAddr, Value) {
    let (router, document) = service();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (addr, document)
}

/// Requests each path in English and in Korean, and checks each reply against the example
/// `name` (`name.ko`) under its status.
async fn assert_examples_are_sent(
    addr: std::net::SocketAddr,
    document: &Value,
    cases: &[(&str, &str)],
) -> Vec<raw_http::Reply> {
    let mut requests = Vec::new();
    for (path, _) in cases {
        requests.push(raw_http::get(path, &[]));
        requests.push(raw_http::get(path, &["Accept-Language: ko"]));
    }
    let replies = raw_http::exchange(addr, &requests).await;
    let responses = &document["paths"]["/orders/{id}"]["get"]["responses"];
    for ((path, name), pair) in cases.iter().zip(replies.chunks(2)) {
        let code = pair[0].status.to_string();
        for (reply, suffix) in pair.iter().zip(["", ".ko"]) {
            let key = format!("{name}{suffix}");
            let example =
                &responses[&code]["content"]["application/problem+json"]["examples"][&key]["value"];
            assert!(example.is_object(), "{path}: no {key} under {code}");
            examples::assert_example_is_sent(&key, example, &reply.json(), &[]);
        }
    }
    replies
}

#[tokio::test]
async fn the_router_document_is_valid_and_its_examples_are_sent() {
    let (addr, document) = serve().await;
    let text = serde_json::to_string_pretty(&document).unwrap();
    assert!(!text.contains("$ref"), "{text}");
    let report = validate_openapi::assert_valid_openapi(&text, "openapi-router");
    assert!(report.contains(" examples checked"), "{report}");

    let cases = [
        ("/orders/7?fail=missing", "Missing"),
        ("/orders/7?fail=invalid", "Invalid"),
        ("/orders/7?fail=full", "Full"),
        ("/orders/x?fail=missing", "Layer.PathRejected"),
        ("/orders/7", "Layer.QueryRejected"),
        ("/elsewhere", "Layer.NoRoute"),
    ];
    assert_examples_are_sent(addr, &document, &cases).await;
    // The driver's text is in no example, and neither is a doc comment standing in for it.
    assert!(!text.contains("orders_pkey"));
    let responses = &document["paths"]["/orders/{id}"]["get"]["responses"];
    for code in ["404", "409"] {
        let db = &responses[code]["content"]["application/problem+json"]["examples"]["Db"];
        assert_eq!(db["value"].get("detail"), None, "{code}: {db}");
        assert_eq!(
            db["description"],
            "The database refused; its text stays home."
        );
    }
    // Members always sent are required; an `Option` is not.
    let invalid = &responses["422"]["content"]["application/problem+json"]["schema"];
    let required = invalid["required"].as_array().unwrap();
    assert!(required.contains(&"errors".into()) && required.contains(&"service".into()));
    assert!(!required.contains(&"hint".into()));
    assert_eq!(
        invalid["properties"]["errors"]["items"]["properties"]["at"]["properties"]["line"]["type"],
        "integer"
    );
}

/// A `by = f` variant over a foreign error: its example shows no `detail`, and the wire sends
/// none either (the runtime keeps foreign text home).
#[tokio::test]
async fn a_foreign_errors_example_and_body_agree() {
    let (addr, document) = serve().await;
    let cases = [
        ("/orders/7?fail=db-missing", "Db"),
        ("/orders/7?fail=db-taken", "Db"),
    ];
    let replies = assert_examples_are_sent(addr, &document, &cases).await;
    for reply in &replies {
        assert!(!reply.raw.contains("orders_pkey"), "{}", reply.raw);
    }
}

/// Answers a bare 500 whose text names a secret: the layer's problem hides it.
#[utoipa::path(get, path = "/bare", responses((status = 200, description = "Never.")))]
async fn bare() -> (axum::http::StatusCode, &'static str) {
    (
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        "password=hunter2",
    )
}

/// A new note, as JSON.
#[derive(serde::Deserialize, utoipa::ToSchema)]
struct Note {
    text: String,
}

/// Stores a note; slow for the text "slow".
#[utoipa::path(put, path = "/notes", request_body = Note, responses((status = 204, description = "Stored.")))]
async fn put_note(axum::Json(note): axum::Json<Note>) -> axum::http::StatusCode {
    if note.text == "slow" {
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    }
    axum::http::StatusCode::NO_CONTENT
}

/// `timeout()` and `body_limit()` document the 408 of tower-http's `TimeoutLayer` and the 413
/// of axum's body limit, and those are the bodies `ProblemLayer` sends for them.
#[tokio::test]
async fn a_timeout_and_a_body_limit_are_documented_as_sent() {
    use std::time::Duration;

    let (router, mut api) = OpenApiRouter::new()
        .routes(routes!(put_note))
        .routes(routes!(bare))
        .split_for_parts();
    LayerResponses::new()
        .timeout()
        .body_limit()
        .modify(&mut api);
    let document = serde_json::to_value(&api).unwrap();
    let text = serde_json::to_string_pretty(&document).unwrap();
    validate_openapi::assert_valid_openapi(&text, "openapi-router-limits");
    let responses = &document["paths"]["/notes"]["put"]["responses"];
    let codes: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(
        codes,
        [
            "204", "400", "404", "405", "408", "413", "415", "422", "500"
        ]
    );

    #[allow(deprecated)] // `new` is `with_status_code(408, …)` in tower-http 0.6
    let timeout = tower_http::timeout::TimeoutLayer::new(Duration::from_millis(50));
    let router = router
        .layer(axum::extract::DefaultBodyLimit::max(32))
        .layer(timeout)
        .layer(ProblemLayer::new());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    let json = ["Content-Type: application/json"];
    let big = format!(r#"{{"text":"{}"}}"#, "x".repeat(64));
    for language in [None, Some("ko")] {
        let headers: Vec<&str> = language
            .map(|_| "Accept-Language: ko")
            .into_iter()
            .collect();
        let reply = raw_http::send(addr, raw_http::get("/bare", &headers)).await;
        assert_eq!(reply.status, 500, "{}", reply.raw);
        assert!(!reply.raw.contains("hunter2"), "{}", reply.raw);
        let key = format!(
            "Layer.ServerError{}",
            if language.is_some() { ".ko" } else { "" }
        );
        let example = &document["paths"]["/bare"]["get"]["responses"]["500"]["content"]["application/problem+json"]
            ["examples"][&key]["value"];
        examples::assert_example_is_sent(&key, example, &reply.json(), &[]);
    }
    for (body, code, name) in [
        (r#"{"text":"slow"}"#.to_owned(), 408, "Layer.Timeout"),
        (big, 413, "Layer.BodyTooLarge"),
    ] {
        for language in [None, Some("ko")] {
            let mut headers = json.to_vec();
            let accept = "Accept-Language: ko";
            if language.is_some() {
                headers.push(accept);
            }
            let reply =
                raw_http::send(addr, raw_http::request("PUT", "/notes", &headers, &body)).await;
            assert_eq!(reply.status, code, "{}", reply.raw);
            let key = format!("{name}{}", if language.is_some() { ".ko" } else { "" });
            let example = &responses[code.to_string()]["content"]["application/problem+json"]["examples"]
                [&key]["value"];
            examples::assert_example_is_sent(&key, example, &reply.json(), &[]);
        }
    }
}
