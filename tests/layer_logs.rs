//! What `ProblemLayer` logs with `tracing`, in a test binary of its own (tracing caches each
//! callsite's interest process-wide): a body it cannot decode, once, with the order to use; an
//! upstream's problem+json 5xx it hid, with what it said; with the `tower-http` feature, a
//! request that reached it with no request id (a `SetRequestIdLayer` inside it), once.

#[path = "support/log_capture.rs"]
mod log_capture;
#[path = "support/raw_http.rs"]
mod raw;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use log_capture::Capture;
use statuskit::axum::ProblemLayer;

fn encoded(coding: &'static str) -> Response {
    let mut response: Response = Response::new("x".into());
    *response.status_mut() = StatusCode::BAD_REQUEST;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    response
}

#[tokio::test]
async fn undecodable_bodies_and_hidden_upstream_errors_are_logged() {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).unwrap();
    let router = Router::new()
        .route("/compress", get(|| async { encoded("compress") }))
        .route(
            "/upstream",
            get(|| async {
                let mut response: Response = Response::new(
                    r#"{"detail":"connect postgres://admin@10.0.0.5 failed"}"#.into(),
                );
                *response.status_mut() = StatusCode::BAD_GATEWAY;
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/problem+json"),
                );
                response
            }),
        )
        // The usual mistake: the id is set inside the layer, where the layer cannot see it.
        .layer(tower_http::request_id::SetRequestIdLayer::x_request_id(
            tower_http::request_id::MakeRequestUuid,
        ))
        .layer(ProblemLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let requests = [
        raw::get("/compress", &[]),
        raw::get("/compress", &[]),
        raw::get("/upstream", &[]),
    ];
    let replies = raw::exchange(addr, &requests).await;
    assert!(
        replies[0].json().get("detail").is_none(),
        "{}",
        replies[0].raw
    );
    assert!(!replies[2].raw.contains("postgres"), "{}", replies[2].raw);

    let events = capture.0.lock().unwrap().clone();
    let undecodable: Vec<_> = events
        .iter()
        .filter(|(_, fields)| fields.contains("cannot decode"))
        .collect();
    assert_eq!(undecodable.len(), 1, "logged once: {events:?}");
    assert_eq!(undecodable[0].0, tracing::Level::WARN);
    assert!(
        undecodable[0]
            .1
            .contains("put ProblemLayer inside the compression layer")
            && undecodable[0].1.contains("content_encoding=compress"),
        "{}",
        undecodable[0].1
    );
    let hidden: Vec<_> = events
        .iter()
        .filter(|(_, fields)| fields.contains("was hidden"))
        .collect();
    assert_eq!(hidden.len(), 1, "{events:?}");
    assert_eq!(hidden[0].0, tracing::Level::ERROR);
    assert!(hidden[0].1.contains("status=502"), "{}", hidden[0].1);
    assert!(hidden[0].1.contains("10.0.0.5"), "{}", hidden[0].1);
    assert!(replies[0].json().get("request_id").is_none());
    let no_id: Vec<_> = events
        .iter()
        .filter(|(_, fields)| fields.contains("no tower-http `RequestId`"))
        .collect();
    assert_eq!(no_id.len(), 1, "logged once: {events:?}");
    assert_eq!(no_id[0].0, tracing::Level::WARN);
    assert!(
        no_id[0]
            .1
            .contains("a `SetRequestIdLayer` must wrap ProblemLayer"),
        "{}",
        no_id[0].1
    );
}
