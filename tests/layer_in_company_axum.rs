//! `ProblemLayer` in a real axum stack: next to tower-http's CompressionLayer (either order),
//! SetRequestIdLayer (0.7 and 0.6) and TimeoutLayer, nested in `Router::nest`, under another
//! ProblemLayer and under `map_response` middleware, with foreign bodies of every kind; each
//! case read off a raw socket, GET and HEAD pipelined on one connection.

#[path = "support/layer_app.rs"]
mod app;
#[path = "support/raw_http.rs"]
mod raw;

use std::io::Read as _;
use std::net::SocketAddr;
use std::time::Duration;

use app::{SECRET, ShopError};
use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use raw::{Reply, exchange, get as request};
use statuskit::axum::ProblemLayer;
use statuskit::{Language, Status};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

async fn order(Path(id): Path<u32>) -> Result<String, ShopError> {
    match id {
        1 => Ok("order 1\n".into()),
        _ => Err(ShopError::NoSuchOrder(id)),
    }
}

/// A body that sends `chunks` one every `every`, then fails when `fail` says so.
fn trickle(chunks: Vec<&'static str>, every: Duration, fail: bool) -> Body {
    let stream = futures_util::stream::unfold((chunks, 0), move |(chunks, at)| async move {
        if at == chunks.len() {
            return None;
        }
        tokio::time::sleep(every).await;
        if fail && at + 1 == chunks.len() {
            return Some((
                Err(std::io::Error::other("upstream reset")),
                (chunks, at + 1),
            ));
        }
        Some((Ok(chunks[at]), (chunks, at + 1)))
    });
    Body::from_stream(stream)
}

fn with_type(status: StatusCode, content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

const COUPON: &str = "the coupon SUMMER-2026 expired on the first of September";

/// The routes every stack wraps: derived errors and foreign responses of every kind.
fn routes() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/secret", get(|| async { Err::<(), _>(ShopError::Database) }))
        .route("/text", get(|| async { (StatusCode::BAD_REQUEST, COUPON) }))
        .route(
            "/utf16",
            get(|| async {
                let body: Vec<u8> = "no such coupon"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect();
                with_type(StatusCode::BAD_REQUEST, "text/plain; charset=utf-16le", body)
            }),
        )
        .route(
            "/plainfoo",
            get(|| async { with_type(StatusCode::BAD_REQUEST, "text/plainfoo", "<b>x</b>") }),
        )
        .route(
            "/json",
            get(|| async {
                with_type(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "application/json",
                    r#"{"code":"E_BAD","message":"bad coupon"}"#,
                )
            }),
        )
        .route(
            "/upstream-4xx",
            get(|| async {
                with_type(
                    StatusCode::CONFLICT,
                    "application/problem+json",
                    r#"{"type":"https://errors.example.com/stock","title":"Out of stock",
                        "status":409,"detail":"only 2 left","instance":"/upstream/9",
                        "left":2,"trace":{"request_id":"nested"}}"#,
                )
            }),
        )
        .route(
            "/upstream-5xx",
            get(|| async {
                with_type(
                    StatusCode::BAD_GATEWAY,
                    "application/problem+json",
                    format!(r#"{{"title":"DB down","detail":"connect {SECRET} failed","host":"10.0.0.5"}}"#),
                )
            }),
        )
        .route(
            "/gzipped",
            get(|| async {
                let mut response = with_type(StatusCode::BAD_REQUEST, "text/plain", gzip(COUPON.as_bytes()));
                response
                    .headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                response
            }),
        )
        .route(
            "/bomb",
            get(|| async {
                let mut response =
                    with_type(StatusCode::BAD_REQUEST, "text/plain", gzip(&vec![b'a'; 10 << 20]));
                response
                    .headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                response
            }),
        )
        .route(
            "/compress",
            get(|| async {
                let mut response = with_type(StatusCode::BAD_REQUEST, "text/plain", "x");
                response
                    .headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static("compress"));
                response
            }),
        )
        .route(
            "/slow",
            get(|| async {
                let mut response = Response::new(trickle(vec!["a"; 40], Duration::from_millis(25), false));
                *response.status_mut() = StatusCode::BAD_REQUEST;
                response
            }),
        )
        .route(
            "/broken",
            get(|| async {
                let mut response = Response::new(trickle(vec!["half ", "way"], Duration::ZERO, true));
                *response.status_mut() = StatusCode::BAD_REQUEST;
                response
            }),
        )
        .route("/large", get(|| async { (StatusCode::BAD_REQUEST, "x".repeat(5000)) }))
        .route(
            "/cached",
            get(|| async {
                let mut response = (StatusCode::BAD_REQUEST, "stale").into_response();
                let headers = response.headers_mut();
                headers.insert(header::ETAG, HeaderValue::from_static("\"v1\""));
                headers.insert(header::LAST_MODIFIED, HeaderValue::from_static("Tue, 01 Dec 2026 10:00:00 GMT"));
                headers.insert("content-digest", HeaderValue::from_static("sha-256=:abc=:"));
                headers.insert(header::CONTENT_LOCATION, HeaderValue::from_static("/x"));
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
                headers.insert(header::SET_COOKIE, HeaderValue::from_static("a=b"));
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=5"));
                response
            }),
        )
        .route("/ok", get(|| async { "fine" }))
}

async fn serve(router: Router) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// GET, HEAD and GET again of `path` pipelined on one connection; the HEAD's headers must be
/// the GET's, `Content-Length` included, and the connection must stay in step.
async fn get_and_head(addr: SocketAddr, path: &str, headers: &[&str]) -> Reply {
    let get = request(path, headers);
    let head = get.replacen("GET ", "HEAD ", 1);
    let mut replies = exchange(addr, &[get.clone(), head, get]).await;
    let again = replies.pop().unwrap();
    let head = replies.pop().unwrap();
    let get = replies.pop().unwrap();
    assert!(head.body.is_empty(), "{}", head.raw);
    let without_date = |reply: &Reply| {
        let mut headers: Vec<(String, String)> = reply
            .headers
            .iter()
            .filter(|(name, _)| !name.eq_ignore_ascii_case("date"))
            // A compression layer outside the problem layer streams what it compresses, and
            // hyper frames a HEAD of a stream with nothing: that framing is not the layer's.
            .filter(|(name, _)| {
                reply.header("content-encoding").is_none()
                    || !name.eq_ignore_ascii_case("transfer-encoding")
            })
            .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
            .collect();
        headers.sort();
        headers
    };
    assert_eq!(head.status, get.status, "{}\n{}", get.raw, head.raw);
    assert_eq!(
        without_date(&head),
        without_date(&get),
        "{}\n{}",
        get.raw,
        head.raw
    );
    assert_eq!(again.body, get.body);
    get
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// A problem's `detail`, if it has one.
fn detail(reply: &Reply) -> Option<String> {
    reply
        .json()
        .get("detail")
        .and_then(|d| d.as_str().map(String::from))
}

#[tokio::test]
async fn foreign_bodies_are_read_as_what_they_are() {
    let addr =
        serve(routes().layer(ProblemLayer::new().foreign_body_timeout(Duration::from_millis(300))))
            .await;

    let text = get_and_head(addr, "/text", &[]).await;
    assert_eq!(detail(&text).as_deref(), Some(COUPON));
    let utf16 = get_and_head(addr, "/utf16", &[]).await;
    assert_eq!(detail(&utf16).as_deref(), Some("no such coupon"));
    let plainfoo = get_and_head(addr, "/plainfoo", &[]).await;
    assert_eq!(detail(&plainfoo), None, "{}", plainfoo.raw);
    let json = get_and_head(addr, "/json", &[]).await;
    assert_eq!(json.status, 422);
    assert_eq!(detail(&json).as_deref(), Some("bad coupon"));
    let gzipped = get_and_head(addr, "/gzipped", &[]).await;
    assert_eq!(detail(&gzipped).as_deref(), Some(COUPON), "{}", gzipped.raw);
    assert_eq!(gzipped.header("content-encoding"), None);
    for path in ["/bomb", "/compress", "/slow", "/broken", "/large"] {
        let reply = get_and_head(addr, path, &[]).await;
        assert_eq!(reply.status, 400, "{path}: {}", reply.raw);
        assert_eq!(detail(&reply), None, "{path}: {}", reply.raw);
        assert_eq!(reply.json()["title"], "Bad Request");
        assert_eq!(reply.header("content-encoding"), None, "{path}");
    }
}

/// The layer wrapped around the whole router (`ProblemLayer::new().layer(router)`), not
/// `Router::layer`: the router empties a HEAD's body before the layer sees it, so for a foreign
/// error the layer asks the router again for the GET; every case of the matrix above, HEAD next
/// to GET, plus a HEAD-only route (whose GET is a 405, not what the HEAD was): it keeps its own
/// answer.
#[tokio::test]
async fn around_the_whole_router_a_head_gets_the_get_s_headers() {
    /// A Korean detail, which only the record (not the English body) has.
    #[derive(Debug, thiserror::Error, statuskit::HttpError)]
    enum Basket {
        #[error("basket {0} is empty")]
        #[status(409)]
        #[problem(
            title = "Empty basket",
            title_ko = "빈 장바구니",
            detail_ko = "장바구니 {0}이(가) 비어 있습니다."
        )]
        Empty(u32),
    }
    let router = routes()
        .route(
            "/head-only",
            axum::routing::head(|| async { (StatusCode::BAD_REQUEST, "a head of its own") }),
        )
        .route(
            "/baskets/{id}",
            get(|Path(id): Path<u32>| async move {
                BASKET_CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Err::<(), _>(Basket::Empty(id))
            }),
        );
    // A derived error's HEAD is written from its record: its handler is not asked twice.
    static BASKET_CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let layer = ProblemLayer::new().foreign_body_timeout(Duration::from_millis(300));
    let plain = serve_around(tower_layer::Layer::layer(&layer, router.clone())).await;
    // Compressed inside the router: the HEAD's emptied body has no length left to compare.
    let compressed = serve_around(tower_layer::Layer::layer(
        &layer,
        router.layer(tower_http::compression::CompressionLayer::new()),
    ))
    .await;
    for (addr, headers) in [
        (plain, &[][..]),
        (compressed, &["Accept-Encoding: gzip"][..]),
    ] {
        for (path, want) in [
            ("/text", Some(COUPON)),
            ("/utf16", Some("no such coupon")),
            ("/json", Some("bad coupon")),
            ("/gzipped", Some(COUPON)),
            ("/upstream-4xx", Some("only 2 left")),
            ("/orders/7", Some("no order has id 7")),
            ("/plainfoo", None),
            ("/slow", None),
            ("/nowhere", None),
        ] {
            let reply = get_and_head(addr, path, headers).await;
            assert_eq!(detail(&reply).as_deref(), want, "{path}: {}", reply.raw);
        }
        let secret = get_and_head(addr, "/upstream-5xx", headers).await;
        assert!(!secret.raw.contains("10.0.0.5"), "{}", secret.raw);
        let korean = [headers, &["Accept-Language: ko"]].concat();
        let before = BASKET_CALLS.load(std::sync::atomic::Ordering::Relaxed);
        let basket = get_and_head(addr, "/baskets/3", &korean).await;
        let calls = BASKET_CALLS.load(std::sync::atomic::Ordering::Relaxed) - before;
        assert_eq!(calls, 3, "GET, HEAD and GET: one call each");
        assert_eq!(
            basket.json()["detail"],
            "장바구니 3이 비어 있습니다.",
            "{}",
            basket.raw
        );
        assert_eq!(basket.json()["title"], "빈 장바구니", "{}", basket.raw);
        let head = raw::send(
            addr,
            request("/head-only", headers).replacen("GET ", "HEAD ", 1),
        )
        .await;
        assert_eq!(head.status, 400, "{}", head.raw);
        assert!(head.body.is_empty());
    }
}

/// Serves the layer around a whole router.
async fn serve_around(service: statuskit::axum::ProblemService<Router>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(
            listener,
            axum::ServiceExt::<axum::extract::Request>::into_make_service(service),
        )
        .await
        .unwrap()
    });
    addr
}

#[tokio::test]
async fn foreign_problems_are_written_again_and_server_errors_hidden() {
    let addr = serve(routes().layer(ProblemLayer::new().request_id_header("x-request-id"))).await;
    let ko = ["Accept-Language: ko", "X-Request-Id: req-1"];
    let upstream = get_and_head(addr, "/upstream-4xx", &ko).await;
    let body = upstream.json();
    assert_eq!(body["type"], "https://errors.example.com/stock");
    assert_eq!(body["title"], "Out of stock");
    assert_eq!(body["detail"], "only 2 left");
    assert_eq!(body["left"], 2);
    assert_eq!(body["request_id"], "req-1", "{body}");
    assert_eq!(body["trace"]["request_id"], "nested");
    assert!(body.get("instance").is_none(), "{body}");
    assert_eq!(upstream.header("content-language"), Some("ko"));
    assert_eq!(upstream.header("cache-control"), Some("no-store"));

    let hidden = get_and_head(addr, "/upstream-5xx", &ko).await;
    assert_eq!(hidden.status, 502);
    assert!(!hidden.raw.contains("postgres"), "{}", hidden.raw);
    assert!(!hidden.raw.contains("10.0.0.5"), "{}", hidden.raw);
    let body = hidden.json();
    assert_eq!(body["title"], Status::BadGateway.title_in(Language::Korean));
    assert_eq!(body["request_id"], "req-1");
    assert!(
        body.get("detail").is_none() && body.get("host").is_none(),
        "{body}"
    );
    assert_eq!(hidden.header_all("vary"), "Accept-Language, Accept");

    let html = get_and_head(addr, "/upstream-4xx", &["Accept: text/html"]).await;
    assert!(
        html.text()
            .contains("<p class=\"code\">409</p>\n<h1>Out of stock</h1>"),
        "{}",
        html.raw
    );
    assert_eq!(html.header("x-content-type-options"), Some("nosniff"));
}

#[tokio::test]
async fn representation_headers_go_with_the_old_body() {
    let addr = serve(routes().layer(ProblemLayer::new())).await;
    let reply = get_and_head(addr, "/cached", &[]).await;
    for gone in [
        "etag",
        "last-modified",
        "content-digest",
        "content-location",
    ] {
        assert_eq!(reply.header(gone), None, "{gone}: {}", reply.raw);
    }
    assert_eq!(reply.header("retry-after"), Some("30"));
    assert_eq!(reply.header("set-cookie"), Some("a=b"));
    assert_eq!(reply.header("cache-control"), Some("max-age=5"));
    assert_eq!(reply.json()["detail"], "stale");
}

#[tokio::test]
async fn request_ids_are_sent_only_when_short_and_visible() {
    let addr = serve(routes().layer(ProblemLayer::new().request_id_header("x-request-id"))).await;
    let long = format!("X-Request-Id: {}", "a".repeat(201));
    for (header, sent) in [
        ("X-Request-Id: abc-123", Some("abc-123")),
        (long.as_str(), None),
        ("X-Request-Id: two words", None),
    ] {
        let reply = get_and_head(addr, "/orders/7", &[header]).await;
        assert_eq!(
            reply.json().get("request_id").and_then(|id| id.as_str()),
            sent,
            "{header}"
        );
        let cache = reply.header("cache-control");
        assert_eq!(cache, sent.map(|_| "no-store"), "{header}");
    }
    let empty = raw::send(
        addr,
        "GET /orders/7 HTTP/1.1\r\nHost: x\r\nX-Request-Id:\r\n\r\n".into(),
    )
    .await;
    assert!(empty.json().get("request_id").is_none(), "{}", empty.raw);
}

/// statuskit's `tower-http` feature alone (this binary does not turn on `tower-http-06`) reads
/// the `RequestId` of either version, whatever header its `SetRequestIdLayer` uses, with no
/// `request_id_header`.
#[tokio::test]
async fn request_ids_from_set_request_id_layer_of_either_tower_http() {
    let trace = http::HeaderName::from_static("x-trace-id");
    let new = |layer| routes().layer(ProblemLayer::new()).layer(layer);
    let old = |layer| routes().layer(ProblemLayer::new()).layer(layer);
    let routers = [
        new(tower_http::request_id::SetRequestIdLayer::x_request_id(
            tower_http::request_id::MakeRequestUuid,
        )),
        new(tower_http::request_id::SetRequestIdLayer::new(
            trace.clone(),
            tower_http::request_id::MakeRequestUuid,
        )),
        old(tower_http_06::request_id::SetRequestIdLayer::x_request_id(
            tower_http_06::request_id::MakeRequestUuid,
        )),
        old(tower_http_06::request_id::SetRequestIdLayer::new(
            trace,
            tower_http_06::request_id::MakeRequestUuid,
        )),
    ];
    for (index, router) in routers.into_iter().enumerate() {
        let addr = serve(router).await;
        // One request per connection: each gets an id of its own.
        let reply = raw::send(addr, request("/orders/7", &[])).await;
        let id = reply.json()["request_id"].as_str().map(String::from);
        assert_eq!(
            id.map(|id| id.len()),
            Some(36),
            "router {index}: {}",
            reply.raw
        );
    }
}

#[tokio::test]
async fn nested_layers_compose_and_instance_is_the_requested_path() {
    let inner = routes().layer(ProblemLayer::new());
    let router = Router::new().nest("/api", inner).layer(
        ProblemLayer::new()
            .request_id_header("x-request-id")
            .instance_from_path(true),
    );
    let addr = serve(router).await;
    for accept in ["application/problem+json", "text/plain", "text/html"] {
        let headers = [&*format!("Accept: {accept}"), "X-Request-Id: r-9"];
        let reply = get_and_head(addr, "/api/orders/7", &headers).await;
        assert_eq!(reply.status, 404);
        assert_eq!(
            reply.header_all("vary"),
            "Accept-Language, Accept",
            "{}",
            reply.raw
        );
        let text = reply.text();
        assert!(text.contains("no order has id 7"), "{text}");
        assert!(
            !text.contains("\"title\":\"Not Found\",\"status\":404,\"detail\":\"{"),
            "{text}"
        );
        assert!(text.contains("r-9"), "{text}");
        if accept == "application/problem+json" {
            let body = reply.json();
            assert_eq!(body["instance"], "/api/orders/7");
            assert_eq!(body["detail"], "no order has id 7");
        }
        if accept == "text/plain" {
            assert_eq!(text.matches("404").count(), 1, "{text}");
        }
    }
}

#[tokio::test]
async fn a_record_is_used_only_while_it_describes_the_response() {
    let inner_500 = routes()
        .layer(axum::middleware::map_response(
            |mut response: Response| async move {
                if response.status() == StatusCode::NOT_FOUND {
                    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                }
                response
            },
        ))
        .layer(ProblemLayer::new());
    let addr = serve(inner_500).await;
    let reply = get_and_head(addr, "/orders/7", &[]).await;
    assert_eq!(reply.status, 500);
    let body = reply.json();
    assert_eq!(body["status"], 500, "{body}");
    assert!(body.get("detail").is_none(), "{body}");

    let scrubbed = routes()
        .layer(axum::middleware::map_response(|response: Response| async move {
            if response.status() == StatusCode::INTERNAL_SERVER_ERROR
                || response.status() == StatusCode::NOT_FOUND
            {
                let (parts, _) = response.into_parts();
                return Response::from_parts(parts, Body::from(r#"{"type":"about:blank","status":404,"title":"Not Found","detail":"[scrubbed]"}"#));
            }
            response
        }))
        .layer(ProblemLayer::new());
    let addr = serve(scrubbed).await;
    let reply = get_and_head(addr, "/orders/7", &["Accept-Language: ko"]).await;
    let body = reply.json();
    assert_eq!(body["detail"], "[scrubbed]", "{body}");
    assert!(!reply.raw.contains("no order has id 7"), "{}", reply.raw);
}

#[tokio::test]
async fn either_order_with_compression() {
    use tower_http::compression::CompressionLayer;

    let inside = routes()
        .layer(ProblemLayer::new())
        .layer(CompressionLayer::new());
    let outside = routes()
        .layer(CompressionLayer::new())
        .layer(ProblemLayer::new());
    let inside = serve(inside).await;
    let outside = serve(outside).await;
    for encoding in ["gzip", "br", "zstd", "deflate"] {
        let accept = format!("Accept-Encoding: {encoding}");
        let headers = [accept.as_str(), "Accept-Language: ko"];
        // Outside: the layer reads what the compression wrote; its answer is not compressed.
        for path in ["/text", "/orders/7"] {
            let reply = get_and_head(outside, path, &headers).await;
            assert_eq!(
                reply.header("content-encoding"),
                None,
                "{encoding} {path}: {}",
                reply.raw
            );
            let body = reply.json();
            let want = if path == "/text" {
                COUPON
            } else {
                "no order has id 7"
            };
            assert_eq!(body["detail"], want, "{encoding} {path}: {body}");
        }
        let reply = get_and_head(outside, "/orders/7", &headers).await;
        assert_eq!(
            reply.json()["title"],
            Status::NotFound.title_in(Language::Korean)
        );
    }
    // Inside: the problem is written, then compressed.
    let reply = get_and_head(
        inside,
        "/text",
        &["Accept-Encoding: gzip", "Accept-Language: ko"],
    )
    .await;
    assert_eq!(
        reply.header("content-encoding"),
        Some("gzip"),
        "{}",
        reply.raw
    );
    let body: serde_json::Value = serde_json::from_slice(&gunzip(&reply.body)).unwrap();
    assert_eq!(body["detail"], COUPON);
    assert_eq!(body["title"], Status::BadRequest.title_in(Language::Korean));
}

#[tokio::test]
async fn a_timeout_layer_s_empty_503_and_a_trace_layer() {
    use tower_http::timeout::TimeoutLayer;
    use tower_http::trace::TraceLayer;

    let router = Router::new()
        .route(
            "/report",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        )
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_millis(20),
        ))
        .layer(ProblemLayer::new())
        .layer(TraceLayer::new_for_http());
    let addr = serve(router).await;
    let reply = get_and_head(addr, "/report", &["Accept-Language: ko"]).await;
    assert_eq!(reply.status, 503);
    assert_eq!(
        reply.json()["title"],
        Status::ServiceUnavailable.title_in(Language::Korean)
    );
}

/// A 200 whose second chunk is sent only once the client has the first: it arrives only if no
/// layer buffers it.
#[tokio::test]
async fn a_success_is_streamed_unbuffered_through_every_stack() {
    use tower_http::compression::CompressionLayer;

    // Alone, inside and outside compression, nested under `nest`, and around the whole router.
    for index in 0..5 {
        let (release, wait) = tokio::sync::watch::channel(false);
        let route = Router::new().route(
            "/stream",
            get(move || {
                let wait = wait.clone();
                async move {
                    let stream =
                        futures_util::stream::unfold((0, wait), |(at, mut wait)| async move {
                            match at {
                                0 => Some((Ok::<_, std::io::Error>("first;"), (1, wait))),
                                1 => {
                                    wait.wait_for(|released| *released).await.ok()?;
                                    Some((Ok("second"), (2, wait)))
                                }
                                _ => None,
                            }
                        });
                    Body::from_stream(stream)
                }
            }),
        );
        let addr = match index {
            0 => serve(route.layer(ProblemLayer::new())).await,
            1 => {
                serve(
                    route
                        .layer(ProblemLayer::new())
                        .layer(CompressionLayer::new()),
                )
                .await
            }
            2 => {
                serve(
                    route
                        .layer(CompressionLayer::new())
                        .layer(ProblemLayer::new()),
                )
                .await
            }
            3 => {
                let nested = Router::new().nest("/api", route.layer(ProblemLayer::new()));
                serve(nested.layer(ProblemLayer::new())).await
            }
            _ => serve_around(tower_layer::Layer::layer(&ProblemLayer::new(), route)).await,
        };
        let path = if index == 3 { "/api/stream" } else { "/stream" };
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(request(path, &["Connection: close"]).as_bytes())
            .await
            .unwrap();
        let mut seen = Vec::new();
        let mut buffer = [0; 1024];
        let first = tokio::time::timeout(Duration::from_secs(5), async {
            while !String::from_utf8_lossy(&seen).contains("first;") {
                let read = stream.read(&mut buffer).await.unwrap();
                assert!(read > 0, "closed early");
                seen.extend_from_slice(&buffer[..read]);
            }
        })
        .await;
        assert!(
            first.is_ok(),
            "stack {index}: the first chunk was held: {}",
            String::from_utf8_lossy(&seen)
        );
        release.send(true).unwrap();
        stream.read_to_end(&mut seen).await.unwrap();
        assert!(
            String::from_utf8_lossy(&seen).contains("second"),
            "stack {index}"
        );
    }
}
