//! OpenAPI from the same attributes: the `utoipa::IntoResponses` that `#[derive(HttpError)]`
//! emits documents exactly the responses the runtime sends.
//!
//! The types below use every attribute form; the runtime and the documentation are tested
//! against each other through the same derived impls.

#[path = "support/examples.rs"]
mod examples;
#[path = "support/validate_openapi.rs"]
mod validate_openapi;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use statuskit::{HeaderValue, HttpError, Problem, Status};
use utoipa::openapi::OpenApi;
use utoipa::{IntoResponses, PartialSchema};

/// The errors of the users API, one variant per attribute form.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
enum ApiError {
    /// No user has this id.
    #[status(404)]
    #[error("user {id} not found")]
    UserMissing { id: u64 },
    /// Another user has this name.
    #[status(Conflict)]
    #[error("{0:?} is taken")]
    NameTaken(String),
    /// The account cannot pay for the call.
    #[status(403)]
    #[problem(
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    #[error("your balance is {balance}, the call costs {price}")]
    OutOfCredit {
        #[problem(extension)]
        balance: i64,
        #[problem(extension = "cost")]
        price: u32,
    },
    /// The client sends too many requests.
    #[status(429)]
    #[error("slow down")]
    RateLimited {
        #[header("Retry-After")]
        #[problem(extension)]
        retry_after: u64,
    },
    /// The request carries no credentials.
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer")]
    #[error("sign in first")]
    Unauthenticated,
    /// The bearer token has expired.
    #[status(Status::Unauthorized)]
    #[header(name = "WWW-Authenticate", value = "Bearer error=\"invalid_token\"")]
    #[error("the token has expired")]
    TokenExpired,
    /// The service is down for maintenance; the message says until when.
    #[status(503, expose)]
    #[error("down for maintenance until {until}")]
    Maintenance {
        #[header("Retry-After")]
        retry_after: u64,
        until: String,
    },
    /// The database failed; its message stays in the logs.
    #[error("database failed: {0}")]
    Database(String),
    // The enum's default status, and no doc comment.
    #[error("disk full")]
    DiskFull,
    /// Errors of the upstream service keep their own statuses.
    #[status(transparent)]
    #[error(transparent)]
    Upstream(#[from] UpstreamError),
}

/// The errors of the upstream service `ApiError::Upstream` wraps.
#[derive(Debug, thiserror::Error, HttpError)]
enum UpstreamError {
    /// The upstream service has no such user either.
    #[status(404)]
    #[error("upstream user {0} not found")]
    UserMissing(u64),
    /// The upstream service answered garbage.
    #[status(502)]
    #[error("upstream answered {0}")]
    BadGateway(u16),
}

/// An error of a Korean API: Korean titles and descriptions.
#[derive(Debug, HttpError)]
#[http_error(title = "ko")]
enum KoreanError {
    /// 이미 쓰는 이름입니다.
    #[status(409)]
    Taken,
    /// 사용자가 없습니다.
    #[status(404)]
    #[problem(title = "사용자 없음")]
    Missing,
}

// Written by hand: without `#[error]`, the examples' details come from the doc comments.
impl core::fmt::Display for KoreanError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::Taken => "이미 쓰는 이름입니다.",
            Self::Missing => "사용자가 없습니다.",
        })
    }
}

/// A generic wrapper whose bounds prove `E: IntoResponses`, so its responses are `E`'s.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(transparent)]
#[error(transparent)]
struct Wrapped<E: std::error::Error + IntoResponses>(E);

/// A generic wrapper without that bound: the derive bounds its `IntoResponses` by
/// `E: Documented`, so it documents `E`'s responses too (and fails to compile for an `E` that
/// has none: `tests/ui/openapi/generic-transparent-without-responses.rs`).
#[derive(Debug, thiserror::Error, HttpError)]
#[status(transparent)]
#[error(transparent)]
struct Unbounded<E: std::error::Error>(E);

/// A hand-written `HttpError` without `IntoResponses`: turning `utoipa` on must not stop a type
/// wrapping it from compiling.
#[derive(Debug)]
struct Teapot;

impl std::fmt::Display for Teapot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("short and stout")
    }
}

impl HttpError for Teapot {
    fn status(&self) -> Status {
        Status::ImATeapot
    }
}

/// Wraps `Teapot` transparently beside a variant of its own.
#[derive(Debug, HttpError)]
enum Kitchen {
    /// The kettle is off.
    #[status(503)]
    Cold,
    #[status(transparent)]
    Teapot(Teapot),
}

impl std::fmt::Display for Kitchen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Cold => f.write_str("cold"),
            Self::Teapot(inner) => inner.fmt(f),
        }
    }
}

/// A struct: its doc comment and `#[error]` describe its one example.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(Gone)]
#[error("{what} was deleted")]
struct Deleted {
    what: &'static str,
}

/// One value of every variant, with the name its example has in `ApiError::responses()`.
fn every_variant() -> Vec<(&'static str, ApiError)> {
    let all = vec![
        ApiError::UserMissing { id: 7 },
        ApiError::NameTaken("kim".into()),
        ApiError::OutOfCredit {
            balance: 30,
            price: 50,
        },
        ApiError::RateLimited { retry_after: 60 },
        ApiError::Unauthenticated,
        ApiError::TokenExpired,
        ApiError::Maintenance {
            retry_after: 600,
            until: "06:00".into(),
        },
        ApiError::Database("connection refused".into()),
        ApiError::DiskFull,
        ApiError::Upstream(UpstreamError::UserMissing(7)),
        ApiError::Upstream(UpstreamError::BadGateway(418)),
    ];
    all.into_iter()
        .map(|error| {
            // Exhaustive, so a new variant must be named here, and then listed above.
            let name = match &error {
                ApiError::UserMissing { .. } => "UserMissing",
                ApiError::NameTaken(..) => "NameTaken",
                ApiError::OutOfCredit { .. } => "OutOfCredit",
                ApiError::RateLimited { .. } => "RateLimited",
                ApiError::Unauthenticated => "Unauthenticated",
                ApiError::TokenExpired => "TokenExpired",
                ApiError::Maintenance { .. } => "Maintenance",
                ApiError::Database(..) => "Database",
                ApiError::DiskFull => "DiskFull",
                ApiError::Upstream(UpstreamError::UserMissing(..)) => "UpstreamError::UserMissing",
                ApiError::Upstream(UpstreamError::BadGateway(..)) => "BadGateway",
            };
            (name, error)
        })
        .collect()
}

/// Reads a user.
#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u64, Path, description = "The user's id.")),
    responses((status = 200, description = "The user."), ApiError)
)]
#[allow(dead_code)] // only its OpenAPI matters here
fn get_user() {}

/// Reads a user of the Korean API.
#[utoipa::path(get, path = "/ko", responses((status = 200, description = "OK"), KoreanError))]
#[allow(dead_code)]
fn get_ko() {}

/// The document as users write it: `responses(ApiError)` on each handler, and no
/// `components(schemas(...))`: every response carries its schema.
#[derive(utoipa::OpenApi)]
#[openapi(
    // Every field given, so the snapshot does not follow the package's metadata.
    info(
        title = "statuskit",
        version = "0.1.0",
        description = "The users API.",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0")
    ),
    paths(get_user, get_ko)
)]
struct Api;

fn document() -> OpenApi {
    <Api as utoipa::OpenApi>::openapi()
}

/// The JSON of an OpenAPI value.
macro_rules! json {
    ($value:expr) => {
        serde_json::to_value($value).expect("OpenAPI types serialize")
    };
}

#[test]
fn openapi_document_snapshot() {
    insta::assert_json_snapshot!("openapi_document", json!(&document()));
}

#[test]
fn every_status_the_runtime_sends_is_documented_with_its_example() {
    let responses = json!(&ApiError::responses());
    let mut named = BTreeSet::new();
    for (name, error) in every_variant() {
        let code = error.status().code().to_string();
        let response = &responses[&code];
        assert!(
            response.is_object(),
            "{name}: status {code} is not documented"
        );
        let content = &response["content"][Problem::CONTENT_TYPE];
        let example = &content["examples"][name]["value"];
        assert!(example.is_object(), "{name}: no example under {code}");
        named.insert(name);

        let sent: Value = serde_json::from_slice(&error.problem_json()).unwrap();
        examples::assert_example_is_sent(name, example, &sent, &[]);
        // The other language's example is there too, with the status's Korean title.
        let korean = &content["examples"][format!("{name}.ko")]["value"];
        assert_eq!(korean["status"], sent["status"], "{name}.ko");
        assert!(korean["title"].is_string(), "{name}.ko: no title");
        // Every extension member sent is declared by the schema of its response.
        let extensions: BTreeSet<&str> = sent
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .filter(|key| !["type", "title", "status", "detail", "instance"].contains(key))
            .collect();
        let declared = &content["schema"]["properties"];
        for member in extensions {
            assert!(
                declared.get(member).is_some(),
                "{name}: `{member}` undeclared"
            );
        }
        // Every header sent is declared by its response.
        let mut headers = Vec::new();
        error.headers(&mut |header: &'static str, _: HeaderValue<'_>| headers.push(header));
        for header in headers {
            assert!(
                response["headers"].get(header).is_some(),
                "{name}: header {header} undeclared under {code}"
            );
        }
    }
    // And nothing is documented that no variant sends.
    let documented: BTreeSet<&str> = responses
        .as_object()
        .unwrap()
        .values()
        .flat_map(|r| {
            r["content"][Problem::CONTENT_TYPE]["examples"]
                .as_object()
                .unwrap()
                .keys()
        })
        .map(String::as_str)
        .filter(|name| !name.ends_with(".ko"))
        .collect();
    assert_eq!(documented, named);
}

#[test]
fn korean_types_are_described_in_korean() {
    let responses = json!(&KoreanError::responses());
    let conflict = &responses["409"];
    assert_eq!(conflict["description"], Status::Conflict.summary_ko());
    let examples = &conflict["content"][Problem::CONTENT_TYPE]["examples"];
    let example = &examples["Taken"]["value"];
    let sent: Value = serde_json::from_slice(&KoreanError::Taken.problem_json()).unwrap();
    assert_eq!(example["title"], sent["title"]);
    // A hand-written `Display` is unknown to the derive, and the doc comment is no detail.
    assert_eq!(example.get("detail"), None);
    assert_eq!(examples["Taken"]["description"], "이미 쓰는 이름입니다.");
    // The type speaks Korean by default: its English example is the other one.
    assert_eq!(examples["Taken.en"]["value"]["title"], "Conflict");
    let example =
        &responses["404"]["content"][Problem::CONTENT_TYPE]["examples"]["Missing"]["value"];
    let sent: Value = serde_json::from_slice(&KoreanError::Missing.problem_json()).unwrap();
    assert_eq!(example["title"], "사용자 없음");
    assert_eq!(example["title"], sent["title"]);
}

#[test]
fn generic_transparent_types_answer_their_inner_responses() {
    let wrapped = json!(&Wrapped::<UpstreamError>::responses());
    assert_eq!(wrapped, json!(&UpstreamError::responses()));
    assert_eq!(
        Wrapped(UpstreamError::BadGateway(1)).to_string(),
        "upstream answered 1"
    );
    assert_eq!(
        json!(&Unbounded::<UpstreamError>::responses()),
        json!(&UpstreamError::responses())
    );
    assert_eq!(
        Unbounded(UpstreamError::BadGateway(1)).status(),
        Status::BadGateway
    );
}

#[test]
fn transparent_types_without_into_responses_add_no_response() {
    let kitchen = Kitchen::responses();
    assert_eq!(kitchen.keys().collect::<Vec<_>>(), ["503"]);
    assert_eq!(Kitchen::Cold.status(), Status::ServiceUnavailable);
    assert_eq!(Kitchen::Teapot(Teapot).status(), Status::ImATeapot);
    assert_eq!(Kitchen::Teapot(Teapot).to_string(), "short and stout");
}

/// `problem_json()` writes only members the schema declares, with the declared types, and every
/// member the schema requires.
#[test]
fn problem_schema_matches_what_problem_json_writes() {
    let schema = json!(&Problem::schema());
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["additionalProperties"], true);
    let properties = schema["properties"].as_object().unwrap();
    let names: Vec<&str> = properties.keys().map(String::as_str).collect();
    assert_eq!(names.len(), 5);
    for name in ["type", "title", "status", "detail", "instance"] {
        assert!(properties.contains_key(name), "`{name}` missing");
    }

    let mut bodies: Vec<Value> = every_variant()
        .iter()
        .map(|(_, error)| serde_json::from_slice(&error.problem_json()).unwrap())
        .collect();
    let mut with_instance = Problem::new(Status::NotFound);
    with_instance.instance = Some("/users/7".into());
    with_instance.detail = Some("no such user".into());
    bodies.push(serde_json::from_slice(&with_instance.to_json()).unwrap());

    let mut seen = BTreeSet::new();
    for body in &bodies {
        let body = body.as_object().unwrap();
        for required in schema["required"].as_array().unwrap() {
            assert!(
                body.contains_key(required.as_str().unwrap()),
                "{body:?}: {required}"
            );
        }
        for (name, value) in body {
            let Some(property) = properties.get(name) else {
                continue; // an extension member
            };
            seen.insert(name.as_str());
            let matches = match property["type"].as_str().unwrap() {
                "string" => value.is_string(),
                "integer" => value.is_u64(),
                other => panic!("unexpected type {other}"),
            };
            assert!(matches, "`{name}`: {value} is not {}", property["type"]);
            if let Some(min) = property["minimum"].as_u64() {
                assert!(value.as_u64().unwrap() >= min);
            }
            if let Some(max) = property["maximum"].as_u64() {
                assert!(value.as_u64().unwrap() <= max);
            }
        }
    }
    assert_eq!(
        seen.len(),
        5,
        "every standard member is exercised: {seen:?}"
    );
}

/// The document validates against the OpenAPI 3.1 schema, and each example against its schema.
#[test]
fn document_is_valid_openapi_3_1() {
    let document = document();
    assert_eq!(json!(&document)["openapi"], "3.1.0");
    // Nothing was listed under `components`, and nothing refers there.
    assert_eq!(json!(&document)["components"].get("schemas"), None);
    assert!(!document.to_json().unwrap().contains("$ref"));
    let stdout =
        validate_openapi::assert_valid_openapi(&document.to_pretty_json().unwrap(), "openapi");
    let examples = ApiError::responses()
        .into_values()
        .chain(KoreanError::responses().into_values())
        .map(|response| match response {
            utoipa::openapi::RefOr::T(response) => match &response.content[Problem::CONTENT_TYPE] {
                utoipa::openapi::RefOr::T(content) => content.examples.len(),
                utoipa::openapi::RefOr::Ref(_) => 0,
            },
            utoipa::openapi::RefOr::Ref(_) => 0,
        })
        .sum::<usize>();
    assert!(
        stdout.contains(&format!(" {examples} examples checked")),
        "{stdout}"
    );
}

#[test]
fn merged_statuses_keep_one_entry_with_every_variant() {
    let responses = json!(&ApiError::responses());
    let codes: Vec<&str> = responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        codes,
        ["401", "403", "404", "409", "429", "500", "502", "503"]
    );
    let examples = |code: &str| -> BTreeMap<String, Value> {
        let map = responses[code]["content"][Problem::CONTENT_TYPE]["examples"]
            .as_object()
            .unwrap();
        map.clone().into_iter().collect()
    };
    // Two variants, each in two languages.
    assert_eq!(examples("401").len(), 4);
    assert_eq!(examples("500").len(), 4);
    assert_eq!(
        examples("404").keys().collect::<Vec<_>>(),
        [
            "UpstreamError::UserMissing",
            "UpstreamError::UserMissing.ko",
            "UserMissing",
            "UserMissing.ko"
        ]
    );
}

#[test]
fn a_struct_is_one_example_named_after_it() {
    let responses = json!(&Deleted::responses());
    let codes: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(codes, ["410"]);
    let example = &responses["410"]["content"][Problem::CONTENT_TYPE]["examples"]["Deleted"];
    assert_eq!(
        example["description"],
        "A struct: its doc comment and `#[error]` describe its one example."
    );
    assert_eq!(example["value"]["detail"], "‹what› was deleted");
    let sent: Value = serde_json::from_slice(&Deleted { what: "kim" }.problem_json()).unwrap();
    for member in ["type", "title", "status"] {
        assert_eq!(example["value"][member], sent[member], "`{member}`");
    }
    assert_eq!(sent["detail"], "kim was deleted");
}
