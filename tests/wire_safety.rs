//! Whatever the derive accepts, and whatever a hand-written `HttpError` answers, goes out as
//! valid HTTP through real axum and actix-web servers: each error is requested pipelined with a
//! success after it on one raw connection, so a response with broken framing shows up as a
//! broken second response. Failing `Display` and `Serialize` impls never panic.

#[path = "support/actix_server.rs"]
mod actix_server;
#[path = "support/raw_http.rs"]
mod raw_http;

use std::fmt;
use std::time::Duration;

use raw_http::{Reply, exchange, get};
use statuskit::{HeaderSink, HeaderValue, HttpError, Status};

/// A hand-written error: any status, any constant headers.
#[derive(Debug)]
struct HandWritten {
    status: Status,
    headers: &'static [(&'static str, &'static str)],
}

impl fmt::Display for HandWritten {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("hand-written")
    }
}

impl HttpError for HandWritten {
    fn status(&self) -> Status {
        self.status
    }

    fn headers(&self, sink: &mut dyn HeaderSink) {
        for (name, value) in self.headers {
            sink.header(name, HeaderValue::Static(value));
        }
    }
}

/// A `Display` that writes half its text, then fails.
#[derive(Debug)]
struct Failing;

impl fmt::Display for Failing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("half")?;
        Err(fmt::Error)
    }
}

/// An extension whose `Serialize` formats a failing `Display`.
#[derive(Debug)]
struct FailingSerialize;

impl serde::Serialize for FailingSerialize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Failing)
    }
}

/// The inner error of a transparent variant: it exposes its own text, and only that.
#[derive(Debug, HttpError)]
#[status(503, expose)]
struct Upstream;

impl fmt::Display for Upstream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("back soon")
    }
}

/// Every error the wire tests send.
#[derive(Debug, HttpError)]
enum WireError {
    #[status(409)]
    FailingDetail,
    #[status(429)]
    FailingHeader {
        #[header("Retry-After")]
        retry_after: Failing,
    },
    #[status(422)]
    FailingExtension {
        #[problem(extension)]
        field: FailingSerialize,
        #[problem(extension)]
        kept: u32,
    },
    #[status(503)]
    Later {
        #[header("Retry-After")]
        retry_after: Option<Duration>,
        #[header("X-Request-Id")]
        request_id: Option<&'static str>,
    },
    #[status(transparent)]
    Upstream(Upstream),
    #[status(transparent)]
    HandWritten(HandWritten),
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::FailingDetail => {
                f.write_str("half")?;
                Err(fmt::Error)
            }
            WireError::Upstream(inner) => {
                write!(f, "{inner} (db=postgres://admin:SECRET@db)")
            }
            _ => f.write_str("fine text"),
        }
    }
}

/// The error each path answers with.
fn error_for(path: &str) -> WireError {
    let hand = |status, headers| WireError::HandWritten(HandWritten { status, headers });
    match path {
        "/failing-detail" => WireError::FailingDetail,
        "/failing-header" => WireError::FailingHeader {
            retry_after: Failing,
        },
        "/failing-extension" => WireError::FailingExtension {
            field: FailingSerialize,
            kept: 7,
        },
        "/later-none" => WireError::Later {
            retry_after: None,
            request_id: None,
        },
        "/later-some" => WireError::Later {
            retry_after: Some(Duration::from_millis(1500)),
            request_id: Some("r-1"),
        },
        "/transparent" => WireError::Upstream(Upstream),
        "/korean-header" => hand(Status::Conflict, &[("X-Note", "한국어"), ("X-Kept", "yes")]),
        "/framing-headers" => hand(
            Status::BadRequest,
            &[
                ("Content-Length", "0"),
                ("Transfer-Encoding", "chunked"),
                ("Connection", "x-dropped"),
                ("Keep-Alive", "timeout=1"),
                ("Upgrade", "h2c"),
                ("X-Kept", "yes"),
            ],
        ),
        "/newline-header" => hand(Status::BadRequest, &[("X-Split", "a\r\nSet-Cookie: x=1")]),
        "/no-content" => hand(Status::NoContent, &[("X-Kept", "yes")]),
        "/reset-content" => hand(Status::ResetContent, &[]),
        "/not-modified" => hand(Status::NotModified, &[("ETag", "\"v1\"")]),
        "/continue" => hand(Status::Continue, &[]),
        _ => panic!("no error at {path}"),
    }
}

const PATHS: [&str; 13] = [
    "/failing-detail",
    "/failing-header",
    "/failing-extension",
    "/later-none",
    "/later-some",
    "/transparent",
    "/korean-header",
    "/framing-headers",
    "/newline-header",
    "/no-content",
    "/reset-content",
    "/not-modified",
    "/continue",
];

/// Checks the response to `path` (followed on the same connection by `ok`, a 200 "fine").
fn check(framework: &str, path: &str, response: &Reply, ok: &Reply) {
    let at = format!("{framework} {path}");
    assert_eq!(
        (ok.status, ok.body.as_slice()),
        (200, &b"fine"[..]),
        "{at}: the next response on the connection"
    );
    let problem = || {
        assert_eq!(
            response.header("content-type"),
            Some("application/problem+json"),
            "{at}"
        );
        response.json()
    };
    match path {
        "/failing-detail" => {
            assert_eq!(response.status, 409, "{at}");
            let body = problem();
            assert_eq!(body["title"], "Conflict", "{at}");
            assert!(body.get("detail").is_none(), "{at}: {body}");
        }
        "/failing-header" => {
            assert_eq!(response.status, 429, "{at}");
            assert_eq!(response.header("retry-after"), None, "{at}");
            assert_eq!(problem()["detail"], "fine text", "{at}");
        }
        "/failing-extension" => {
            assert_eq!(response.status, 422, "{at}");
            let body = problem();
            assert!(body.get("field").is_none(), "{at}: {body}");
            assert_eq!(body["kept"], 7, "{at}");
        }
        "/later-none" => {
            assert_eq!(response.status, 503, "{at}");
            assert_eq!(response.header("retry-after"), None, "{at}");
            assert_eq!(response.header("x-request-id"), None, "{at}");
            problem();
        }
        "/later-some" => {
            assert_eq!(response.header("retry-after"), Some("2"), "{at}");
            assert_eq!(response.header("x-request-id"), Some("r-1"), "{at}");
        }
        "/transparent" => {
            assert_eq!(response.status, 503, "{at}");
            let body = problem();
            assert_eq!(body["detail"], "back soon", "{at}");
            let text = String::from_utf8_lossy(&response.body);
            assert!(!text.contains("SECRET"), "{at}: {text}");
        }
        "/korean-header" => {
            assert_eq!(response.status, 409, "{at}");
            assert_eq!(response.header("x-kept"), Some("yes"), "{at}");
            problem();
        }
        "/framing-headers" => {
            assert_eq!(response.status, 400, "{at}");
            assert_eq!(response.header("x-kept"), Some("yes"), "{at}");
            assert_eq!(response.header("transfer-encoding"), None, "{at}");
            assert_eq!(response.header("upgrade"), None, "{at}");
            // The server may add its own `Connection` (actix-web answers a pipelined request with
            // the connection type of the last one it read); the error's never goes out.
            assert!(
                !response
                    .headers
                    .iter()
                    .any(|(_, value)| value == "x-dropped" || value == "timeout=1"),
                "{at}: {:?}",
                response.headers
            );
            assert_eq!(problem()["status"], 400, "{at}");
        }
        "/newline-header" => {
            assert_eq!(response.status, 400, "{at}");
            assert_eq!(response.header("x-split"), None, "{at}");
            assert_eq!(response.header("set-cookie"), None, "{at}");
            problem();
        }
        "/no-content" | "/reset-content" | "/not-modified" => {
            let status = match path {
                "/no-content" => 204,
                "/reset-content" => 205,
                _ => 304,
            };
            assert_eq!(response.status, status, "{at}");
            assert!(response.body.is_empty(), "{at}");
            assert_eq!(response.header("content-type"), None, "{at}");
            let length = response.header("content-length");
            match status {
                // RFC 9110 §8.6: no Content-Length on a 204; on a 205 only a 0.
                205 => assert!(matches!(length, None | Some("0")), "{at}"),
                _ => assert_eq!(length, None, "{at}"),
            }
            match path {
                "/no-content" => {
                    assert_eq!(response.header("x-kept"), Some("yes"), "{at}")
                }
                "/not-modified" => {
                    assert_eq!(response.header("etag"), Some("\"v1\""), "{at}")
                }
                _ => {}
            }
        }
        // A 1xx cannot end a response: a client would wait for the final one and take the
        // next response on the connection for it. The integrations answer a hidden 500.
        "/continue" => {
            assert_eq!(response.status, 500, "{at}");
            assert_eq!(problem()["title"], "Internal Server Error", "{at}");
        }
        _ => unreachable!(),
    }
}

/// Requests every path pipelined before `/ok`, on the server at `addr`, and checks both.
async fn check_server(framework: &str, addr: std::net::SocketAddr) {
    for path in PATHS {
        let responses = exchange(addr, &[get(path, &[]), get("/ok", &[])]).await;
        check(framework, path, &responses[0], &responses[1]);
    }
    // All of them on one connection, in one write.
    let mut all: Vec<String> = PATHS
        .iter()
        .flat_map(|path| [get(path, &[]), get("/ok", &[])])
        .collect();
    all.push(get("/ok", &[]));
    let responses = exchange(addr, &all).await;
    for (pair, path) in responses.chunks(2).zip(PATHS) {
        check(framework, path, &pair[0], &pair[1]);
    }
}

#[tokio::test]
async fn axum_sends_valid_http_for_every_error() {
    use axum::Router;
    use axum::routing::get;

    let mut router = Router::new().route("/ok", get(|| async { "fine" }));
    for path in PATHS {
        router = router.route(
            path,
            get(move || async move { Err::<(), _>(error_for(path)) }),
        );
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    check_server("axum", addr).await;
}

#[tokio::test]
async fn actix_sends_valid_http_for_every_error() {
    use actix_web::{HttpResponse, web};

    fn routes(config: &mut web::ServiceConfig) {
        config.route(
            "/ok",
            web::get().to(|| async { HttpResponse::Ok().body("fine") }),
        );
        for path in PATHS {
            config.route(
                path,
                web::get().to(move || async move { Err::<HttpResponse, _>(error_for(path)) }),
            );
        }
    }
    let server = actix_server::Server::start(routes);
    check_server("actix-web", server.addr).await;
    server.stop().await;
}

#[test]
fn plain_http_responses_never_panic() {
    for path in PATHS {
        let response = error_for(path).to_http_response();
        let body = response.body();
        if matches!(response.status().as_u16(), 204 | 205 | 304) {
            assert!(body.is_empty(), "{path}");
            assert!(response.headers().get("content-type").is_none(), "{path}");
        } else {
            serde_json::from_slice::<serde_json::Value>(body).expect(path);
        }
        for name in [
            "content-length",
            "transfer-encoding",
            "connection",
            "upgrade",
        ] {
            assert!(response.headers().get(name).is_none(), "{path}: {name}");
        }
    }
}

#[test]
fn problems_and_json_never_panic() {
    let problem = WireError::FailingDetail.problem();
    assert_eq!((problem.status, problem.detail), (409, None));
    let problem = error_for("/failing-extension").problem();
    assert!(!problem.extensions.contains_key("field"));
    assert_eq!(problem.extensions["kept"], 7);
    assert_eq!(
        WireError::FailingDetail.problem_json(),
        br#"{"type":"about:blank","title":"Conflict","status":409}"#
    );
    assert_eq!(
        error_for("/transparent").problem().detail.as_deref(),
        Some("back soon")
    );
}

#[test]
fn informational_statuses_from_hand_written_impls_answer_500() {
    let response = HandWritten {
        status: Status::Continue,
        headers: &[("X-Dropped", "yes")],
    }
    .to_http_response();
    assert_eq!(response.status().as_u16(), 500);
    assert_eq!(
        response.body().as_slice(),
        br#"{"type":"about:blank","title":"Internal Server Error","status":500}"#
    );
    assert!(response.headers().get("x-dropped").is_none());
}
