//! The runnable example's `/openapi.json`, fetched over a real loopback connection: every error
//! its routes send, its own and `ProblemLayer`'s, is documented under the route with an example
//! that is the body sent (in English and in Korean), and the document validates as OpenAPI 3.1
//! with no `components(schemas(...))` line.

// The example itself, so the test serves the very router `cargo run --example` does; only its
// `main` goes unused here. Its `feature = "tracing"` (statuskit's, which this package does not
// declare) is off here: the stderr subscriber is for `cargo run` only.
#[allow(dead_code, unexpected_cfgs)]
#[path = "../crates/statuskit/examples/axum_service.rs"]
mod example;
#[path = "support/examples.rs"]
mod examples;
#[path = "support/raw_http.rs"]
mod raw_http;
#[path = "support/validate_openapi.rs"]
mod validate_openapi;

use std::collections::BTreeSet;

use serde_json::Value;
use tokio::net::TcpListener;

/// One request per error the example sends, with the path and method the document lists it
/// under and the name of its example.
struct Case {
    method: &'static str,
    path: &'static str,
    documented: (&'static str, &'static str),
    headers: &'static [&'static str],
    body: &'static str,
    example: &'static str,
}

const JSON: &[&str] = &["Content-Type: application/json"];

const CASES: [Case; 15] = [
    case(
        "GET",
        "/users/7",
        ("/users/{id}", "get"),
        &[],
        "",
        "NoSuchUser",
    ),
    case(
        "POST",
        "/users",
        ("/users", "post"),
        &[],
        "kim@example.com",
        "EmailTaken",
    ),
    case("POST", "/users", ("/users", "post"), &[], " ", "Invalid"),
    case("GET", "/admin", ("/admin", "get"), &[], "", "NotSignedIn"),
    case(
        "GET",
        "/admin",
        ("/admin", "get"),
        &["Authorization: Bearer expired"],
        "",
        "TokenExpired",
    ),
    case("GET", "/search", ("/search", "get"), &[], "", "RateLimited"),
    case(
        "POST",
        "/upload",
        ("/upload", "post"),
        &[],
        "",
        "Maintenance",
    ),
    case("GET", "/report", ("/report", "get"), &[], "", "Database"),
    case(
        "PUT",
        "/users/7/email",
        ("/users/{id}/email", "put"),
        JSON,
        r#"{"email":"a@b"}"#,
        "NoSuchUser",
    ),
    // What the layer answers by itself.
    case(
        "GET",
        "/users/abc",
        ("/users/{id}", "get"),
        &[],
        "",
        "Layer.PathRejected",
    ),
    case(
        "GET",
        "/nowhere",
        ("/users/{id}", "get"),
        &[],
        "",
        "Layer.NoRoute",
    ),
    case(
        "DELETE",
        "/users/7",
        ("/users/{id}", "get"),
        &[],
        "",
        "Layer.MethodNotAllowed",
    ),
    case(
        "PUT",
        "/users/1/email",
        ("/users/{id}/email", "put"),
        &[],
        r#"{"email":"a@b"}"#,
        "Layer.NotJson",
    ),
    case(
        "PUT",
        "/users/1/email",
        ("/users/{id}/email", "put"),
        JSON,
        "{",
        "Layer.JsonSyntax",
    ),
    case(
        "PUT",
        "/users/1/email",
        ("/users/{id}/email", "put"),
        JSON,
        r#"{"mail":1}"#,
        "Layer.JsonData",
    ),
];

const fn case(
    method: &'static str,
    path: &'static str,
    documented: (&'static str, &'static str),
    headers: &'static [&'static str],
    body: &'static str,
    example: &'static str,
) -> Case {
    Case {
        method,
        path,
        documented,
        headers,
        body,
        example,
    }
}

async fn serve() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, example::app()).await.unwrap() });
    addr
}

/// The request of `case`, in `language` when one is given.
fn request(case: &Case, language: Option<&str>) -> String {
    let mut headers: Vec<String> = case.headers.iter().map(|h| h.to_string()).collect();
    if let Some(language) = language {
        headers.push(format!("Accept-Language: {language}"));
    }
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    raw_http::request(case.method, case.path, &headers, case.body)
}

#[tokio::test]
async fn the_example_documents_every_error_it_sends_as_sent() {
    let addr = serve().await;
    let reply = raw_http::send(addr, raw_http::get("/openapi.json", &[])).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    let text = reply.text();
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    // utoipa collects the request body's schema (`NewEmail`) itself; nothing names `Problem`.
    assert_eq!(
        document["components"]["schemas"].as_object().unwrap().len(),
        1
    );
    assert!(!text.contains("#/components/schemas/Problem"));

    // Every case, in English and in Korean, pipelined on one connection.
    let mut requests = Vec::new();
    for case in &CASES {
        requests.push(request(case, None));
        requests.push(request(case, Some("ko")));
    }
    let replies = raw_http::exchange(addr, &requests).await;
    assert_eq!(replies.len(), requests.len());
    let mut sent = BTreeSet::new();
    for (case, pair) in CASES.iter().zip(replies.chunks(2)) {
        let (path, method) = case.documented;
        let name = case.example;
        let code = pair[0].status.to_string();
        let entry = &document["paths"][path][method]["responses"][&code];
        assert!(
            entry.is_object(),
            "{name}: {code} undocumented on {method} {path}"
        );
        for (reply, suffix) in pair.iter().zip(["", ".ko"]) {
            let key = format!("{name}{suffix}");
            let example = &entry["content"]["application/problem+json"]["examples"][&key]["value"];
            assert!(
                example.is_object(),
                "{key}: no example under {code}: {entry}"
            );
            assert_eq!(
                reply.header("content-type"),
                Some("application/problem+json")
            );
            // `ProblemLayer` adds the request's id when it has one; these requests have none.
            examples::assert_example_is_sent(&key, example, &reply.json(), &["x-request-id"]);
            let documented: BTreeSet<String> = entry["headers"]
                .as_object()
                .map(|headers| headers.keys().map(|h| h.to_ascii_lowercase()).collect())
                .unwrap_or_default();
            for (header, _) in &reply.headers {
                let header = header.to_ascii_lowercase();
                // What every error response carries, the layer's two last.
                let standard = [
                    "content-type",
                    "content-length",
                    "date",
                    "connection",
                    "content-language",
                    "vary",
                ];
                assert!(
                    standard.contains(&header.as_str()) || documented.contains(&header),
                    "{key}: header {header} undocumented under {code}"
                );
            }
        }
        sent.insert(name);
    }

    // Every route answering with `ApiError` documents all of it, and every variant was sent.
    let users = &document["paths"]["/users/{id}"]["get"]["responses"];
    let mut documented = BTreeSet::new();
    for (code, response) in users.as_object().unwrap() {
        if code == "200" {
            continue;
        }
        let named = response["content"]["application/problem+json"]["examples"]
            .as_object()
            .unwrap();
        documented.extend(
            named
                .keys()
                .filter(|name| !name.ends_with(".ko") && !name.starts_with("Layer."))
                .cloned(),
        );
    }
    let variants: BTreeSet<String> = sent
        .iter()
        .filter(|name| !name.starts_with("Layer."))
        .map(|name| name.to_string())
        .collect();
    assert_eq!(documented, variants);
    // The layer's answers sit beside the handler's: 404 holds `NoSuchUser` and `NoRoute`.
    let not_found = users["404"]["content"]["application/problem+json"]["examples"]
        .as_object()
        .unwrap();
    assert!(not_found.contains_key("NoSuchUser") && not_found.contains_key("Layer.NoRoute"));
    // Only the operation with a JSON body documents 415 and 422's rejection.
    assert!(users.get("415").is_none());
    let email = &document["paths"]["/users/{id}/email"]["put"]["responses"];
    assert!(email["415"].is_object() && email["422"].is_object());

    validate_openapi::assert_valid_openapi(&text, "example");
}
