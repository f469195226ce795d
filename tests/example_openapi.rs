//! The runnable example's `/openapi.json`, fetched over a real loopback connection: every error
//! its routes send is documented under the route with an example as sent, and the document
//! validates as OpenAPI 3.1.

// The example itself, so the test serves the very router `cargo run --example` does; only its
// `main` goes unused here. Its `feature = "tracing"` (statuskit's, which this package does not
// declare) is off here: the stderr subscriber is for `cargo run` only.
#[allow(dead_code, unexpected_cfgs)]
#[path = "../crates/statuskit/examples/axum_service.rs"]
mod example;
#[path = "support/validate_openapi.rs"]
mod validate_openapi;

use std::collections::BTreeSet;

use serde_json::Value;
use tokio::net::TcpListener;

/// One request per error variant of the example, with the path and method the document lists
/// it under and the name of its example.
const REQUESTS: [(&str, &str, &str, Option<&str>, &str); 8] = [
    // (method, path as requested, path as documented, body or header, example)
    ("get", "/users/7", "/users/{id}", None, "NoSuchUser"),
    (
        "post",
        "/users",
        "/users",
        Some("kim@example.com"),
        "EmailTaken",
    ),
    ("post", "/users", "/users", Some(" "), "Invalid"),
    ("get", "/admin", "/admin", None, "NotSignedIn"),
    (
        "get",
        "/admin",
        "/admin",
        Some("Bearer expired"),
        "TokenExpired",
    ),
    ("get", "/search", "/search", None, "RateLimited"),
    ("post", "/upload", "/upload", None, "Maintenance"),
    ("get", "/report", "/report", None, "Database"),
];

async fn serve() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, example::app()).await.unwrap() });
    addr
}

#[tokio::test]
async fn the_example_documents_every_error_it_sends() {
    let addr = serve().await;
    let client = reqwest::Client::new();
    let response = client
        .get(format!("http://{addr}/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let text = response.text().await.unwrap();
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(
        document["components"]["schemas"]["Problem"]["type"],
        "object"
    );

    let mut sent = BTreeSet::new();
    for (method, path, documented, extra, name) in REQUESTS {
        let url = format!("http://{addr}{path}");
        let request = match (method, extra) {
            ("post", Some(body)) => client.post(url).body(body),
            ("post", None) => client.post(url),
            (_, Some(authorization)) => client.get(url).header("authorization", authorization),
            (_, None) => client.get(url),
        };
        let response = request.send().await.unwrap();
        let code = response.status().as_u16().to_string();
        let headers: Vec<String> = response
            .headers()
            .keys()
            .map(|name| name.as_str().to_owned())
            .collect();
        let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();

        let operation = &document["paths"][documented][method];
        let entry = &operation["responses"][&code];
        assert!(
            entry.is_object(),
            "{name}: {code} undocumented on {documented}"
        );
        let example = &entry["content"]["application/problem+json"]["examples"][name]["value"];
        for member in ["type", "title", "status"] {
            assert_eq!(example[member], body[member], "{name}: `{member}`");
        }
        assert_eq!(
            example.get("detail").is_some(),
            body.get("detail").is_some(),
            "{name}: the example shows a detail exactly when the service sends one"
        );
        let documented_headers: BTreeSet<String> = entry["headers"]
            .as_object()
            .map(|headers| headers.keys().map(|h| h.to_ascii_lowercase()).collect())
            .unwrap_or_default();
        for header in headers {
            // `ProblemLayer` adds the last two to every error response.
            let standard = [
                "content-type",
                "content-length",
                "date",
                "content-language",
                "vary",
            ];
            assert!(
                standard.contains(&header.as_str()) || documented_headers.contains(&header),
                "{name}: header {header} undocumented under {code}"
            );
        }
        sent.insert(name.to_owned());
    }

    // Every route answering with `ApiError` documents all of it, and every variant was sent.
    let users = &document["paths"]["/users/{id}"]["get"]["responses"];
    let mut examples = BTreeSet::new();
    for (code, response) in users.as_object().unwrap() {
        if code == "200" {
            continue;
        }
        let named = response["content"]["application/problem+json"]["examples"]
            .as_object()
            .unwrap();
        examples.extend(named.keys().cloned());
    }
    assert_eq!(examples, sent);
    let merged = &users["401"]["content"]["application/problem+json"]["examples"];
    assert_eq!(merged.as_object().unwrap().len(), 2, "{merged}");

    validate_openapi::assert_valid_openapi(&text, "example");
}
