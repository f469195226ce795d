//! `ProblemMiddleware` in a real actix-web stack: next to actix's `Compress` (either order),
//! nested in a scope under another `ProblemMiddleware`, with foreign bodies of every kind; each
//! case read off a raw socket, GET and HEAD pipelined on one connection.

#[path = "support/layer_app.rs"]
mod app;
#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;
use std::time::Duration;

use actix_web::middleware::Compress;
use actix_web::{App, HttpResponse, HttpServer, web};
use app::{SECRET, ShopError};
use raw::{Reply, exchange, get as request};
use statuskit::actix::ProblemMiddleware;
use statuskit::{Language, Status};

/// Lets `/stream` send its second chunk.
static RELEASED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

const COUPON: &str = "the coupon SUMMER-2026 expired on the first of September";

async fn order(id: web::Path<u32>) -> Result<String, ShopError> {
    match id.into_inner() {
        1 => Ok("order 1\n".into()),
        id => Err(ShopError::NoSuchOrder(id)),
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn trickle(
    chunks: usize,
    every: Duration,
    fail: bool,
) -> impl futures_util::Stream<Item = Result<web::Bytes, std::io::Error>> {
    futures_util::stream::unfold(0, move |at| async move {
        if at == chunks {
            return None;
        }
        actix_web::rt::time::sleep(every).await;
        if fail && at + 1 == chunks {
            return Some((Err(std::io::Error::other("upstream reset")), at + 1));
        }
        Some((Ok(web::Bytes::from_static(b"a")), at + 1))
    })
}

/// The routes, every one answering GET and HEAD alike.
fn routes(config: &mut web::ServiceConfig) {
    let any = web::route;
    config
        .route("/orders/{id}", any().to(order))
        .route("/only-get", web::get().to(|| async { "got" }))
        .route(
            "/text",
            any().to(|| async { HttpResponse::BadRequest().body(COUPON) }),
        )
        .route(
            "/utf16",
            any().to(|| async {
                let body: Vec<u8> = "no such coupon"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect();
                HttpResponse::BadRequest()
                    .content_type("text/plain; charset=utf-16le")
                    .body(body)
            }),
        )
        .route(
            "/json",
            any().to(|| async {
                HttpResponse::UnprocessableEntity()
                    .content_type("application/json")
                    .body(r#"{"code":"E_BAD","message":"bad coupon"}"#)
            }),
        )
        .route(
            "/upstream-4xx",
            any().to(|| async {
                HttpResponse::Conflict()
                    .content_type("application/problem+json")
                    .body(r#"{"type":"https://errors.example.com/stock","title":"Out of stock","detail":"only 2 left","left":2}"#)
            }),
        )
        .route(
            "/upstream-5xx",
            any().to(|| async {
                HttpResponse::BadGateway()
                    .content_type("application/problem+json")
                    .body(format!(r#"{{"detail":"connect {SECRET} failed","host":"10.0.0.5"}}"#))
            }),
        )
        .route(
            "/gzipped",
            any().to(|| async {
                HttpResponse::BadRequest()
                    .content_type("text/plain")
                    .insert_header(("content-encoding", "gzip"))
                    .body(gzip(COUPON.as_bytes()))
            }),
        )
        .route(
            "/slow",
            any().to(|| async {
                HttpResponse::BadRequest().streaming(trickle(40, Duration::from_millis(25), false))
            }),
        )
        .route(
            "/broken",
            any().to(|| async {
                HttpResponse::BadRequest().streaming(trickle(2, Duration::ZERO, true))
            }),
        )
        .route(
            "/large",
            any().to(|| async { HttpResponse::BadRequest().body("x".repeat(5000)) }),
        )
        .route(
            "/stream",
            web::get().to(|| async {
                // The second chunk waits until the client has the first.
                let stream = futures_util::stream::unfold(0, |at| async move {
                    match at {
                        0 => Some((Ok::<_, std::io::Error>(web::Bytes::from_static(b"first;")), 1)),
                        1 => {
                            while !RELEASED.load(std::sync::atomic::Ordering::SeqCst) {
                                actix_web::rt::time::sleep(Duration::from_millis(5)).await;
                            }
                            Some((Ok(web::Bytes::from_static(b"second")), 2))
                        }
                        _ => None,
                    }
                });
                HttpResponse::Ok().streaming(stream)
            }),
        )
        .route(
            "/cached",
            any().to(|| async {
                HttpResponse::BadRequest()
                    .insert_header(("etag", "\"v1\""))
                    .insert_header(("content-location", "/x"))
                    .insert_header(("retry-after", "30"))
                    .body("stale")
            }),
        );
}

/// A middleware between the handler and `ProblemMiddleware` that turns a 404 into a 500.
async fn to_500(
    request: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let mut response = next.call(request).await?;
    if response.status() == actix_web::http::StatusCode::NOT_FOUND {
        *response.response_mut().status_mut() = actix_web::http::StatusCode::INTERNAL_SERVER_ERROR;
    }
    Ok(response)
}

/// A middleware between the handler and `ProblemMiddleware` that replaces an error's body.
async fn scrub(
    request: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<actix_web::body::BoxBody>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let response = next.call(request).await?;
    if response.status().is_client_error() {
        return Ok(response.map_body(|_, _| {
            actix_web::body::BoxBody::new(r#"{"title":"Not Found","detail":"[scrubbed]"}"#)
        }));
    }
    Ok(response)
}

fn problems() -> ProblemMiddleware {
    ProblemMiddleware::new()
        .request_id_header("x-request-id")
        .foreign_body_timeout(Duration::from_millis(300))
}

fn inner() -> actix_web::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<
            actix_web::body::EitherBody<actix_web::body::BoxBody>,
        >,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    web::scope("/api")
        .wrap(ProblemMiddleware::new())
        .configure(routes)
}

/// Serves `routes` (and a scope `/api` with a middleware of its own) under the stack `stack`
/// names, on a thread and system of its own: 0 the middleware alone, 1 inside `Compress` (the
/// problem is written, then compressed), 2 outside it (the middleware reads what `Compress`
/// wrote).
fn serve(stack: u8) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            macro_rules! run {
                ($app:expr) => {{
                    let server = HttpServer::new(move || $app)
                        .workers(1)
                        .bind("127.0.0.1:0")
                        .unwrap();
                    sender.send(server.addrs()[0]).unwrap();
                    server.run().await.unwrap();
                }};
            }
            match stack {
                0 => run!(
                    App::new()
                        .wrap(problems())
                        .configure(routes)
                        .service(inner())
                        .service(
                            web::scope("/to500")
                                .wrap(actix_web::middleware::from_fn(to_500))
                                .configure(routes)
                        )
                        .service(
                            web::scope("/scrubbed")
                                .wrap(actix_web::middleware::from_fn(scrub))
                                .configure(routes)
                        )
                ),
                1 => run!(
                    App::new()
                        .wrap(problems())
                        .wrap(Compress::default())
                        .configure(routes)
                        .service(inner())
                ),
                _ => run!(
                    App::new()
                        .wrap(Compress::default())
                        .wrap(problems())
                        .configure(routes)
                        .service(inner())
                ),
            }
        });
    });
    receiver.recv().unwrap()
}

/// GET, HEAD and GET again pipelined: the HEAD's headers are the GET's, `Content-Length`
/// included, it has no body bytes, and the connection stays in step.
async fn get_and_head(addr: SocketAddr, path: &str, headers: &[&str]) -> Reply {
    let get = request(path, headers);
    let head = get.replacen("GET ", "HEAD ", 1);
    let mut replies = exchange(addr, &[get.clone(), head, get]).await;
    let again = replies.pop().unwrap();
    let head = replies.pop().unwrap();
    let get = replies.pop().unwrap();
    let without_date = |reply: &Reply| {
        let mut headers: Vec<(String, String)> = reply
            .headers
            .iter()
            // actix-http writes `connection: close` on every response encoded after it decoded
            // the last pipelined request (which asks to close): not the middleware's.
            .filter(|(name, _)| {
                !name.eq_ignore_ascii_case("date") && !name.eq_ignore_ascii_case("connection")
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

/// [`get_and_head`] for a client that accepts gzip, on either side of `Compress`: the HEAD has
/// no body bytes and the connection stays in step, pipelined; its headers are the GET's but for
/// the framing ones, which a HEAD's response may leave out (RFC 9110 §8.6 and §9.3.2) and
/// `Compress` writes only for a body it encodes: a HEAD that accepts a coding gets a body of no
/// size, which `Compress` leaves alone, so that its encoder has no gzip header and trailer to
/// write.
async fn get_and_head_accepting_gzip(addr: SocketAddr, path: &str, headers: &[&str]) -> Reply {
    let get = request(path, headers);
    let head = get.replacen("GET ", "HEAD ", 1);
    // The GET last: actix-http drops a GET's body when a HEAD was decoded after it (its HEAD
    // flag, see `pipelined_heads_never_carry_body_bytes`), which is not the middleware's to mend.
    let mut replies = exchange(addr, &[get.clone(), head.clone(), head, get]).await;
    let again = replies.pop().unwrap();
    let last_head = replies.pop().unwrap();
    let head = replies.pop().unwrap();
    let get = replies.pop().unwrap();
    let framing = [
        "date",
        "connection",
        "content-length",
        "transfer-encoding",
        "content-encoding",
    ];
    let without_framing = |reply: &Reply| {
        let mut headers: Vec<(String, String)> = reply
            .headers
            .iter()
            .filter(|(name, value)| {
                let framed = framing.iter().any(|f| name.eq_ignore_ascii_case(f));
                let compressed = name.eq_ignore_ascii_case("vary") && value == "accept-encoding";
                !(framed || compressed)
            })
            .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
            .collect();
        headers.sort();
        headers
    };
    for head in [&head, &last_head] {
        assert_eq!(head.status, get.status, "{}\n{}", get.raw, head.raw);
        assert_eq!(
            without_framing(head),
            without_framing(&get),
            "{}\n{}",
            get.raw,
            head.raw
        );
        assert_eq!(head.header("content-length"), None, "{}", head.raw);
    }
    assert_eq!(again.body, get.body, "{}", again.raw);
    get
}

#[actix_web::test]
async fn foreign_bodies_are_read_as_what_they_are() {
    let addr = serve(0);
    let detail = |reply: &Reply| {
        reply
            .json()
            .get("detail")
            .and_then(|d| d.as_str().map(String::from))
    };
    assert_eq!(
        detail(&get_and_head(addr, "/text", &[]).await).as_deref(),
        Some(COUPON)
    );
    assert_eq!(
        detail(&get_and_head(addr, "/utf16", &[]).await).as_deref(),
        Some("no such coupon")
    );
    assert_eq!(
        detail(&get_and_head(addr, "/json", &[]).await).as_deref(),
        Some("bad coupon")
    );
    let gzipped = get_and_head(addr, "/gzipped", &[]).await;
    assert_eq!(detail(&gzipped).as_deref(), Some(COUPON), "{}", gzipped.raw);
    assert_eq!(gzipped.header("content-encoding"), None);
    for path in ["/slow", "/broken", "/large"] {
        let reply = get_and_head(addr, path, &[]).await;
        assert_eq!(reply.status, 400, "{path}: {}", reply.raw);
        assert_eq!(detail(&reply), None, "{path}: {}", reply.raw);
    }
    let cached = get_and_head(addr, "/cached", &[]).await;
    assert_eq!(cached.header("etag"), None);
    assert_eq!(cached.header("content-location"), None);
    assert_eq!(cached.header("retry-after"), Some("30"));
}

#[actix_web::test]
async fn foreign_problems_are_written_again_and_server_errors_hidden() {
    let addr = serve(0);
    let ko = ["Accept-Language: ko", "X-Request-Id: req-1"];
    let upstream = get_and_head(addr, "/upstream-4xx", &ko).await;
    let body = upstream.json();
    assert_eq!(body["type"], "https://errors.example.com/stock");
    assert_eq!(body["detail"], "only 2 left");
    assert_eq!(body["left"], 2);
    assert_eq!(body["request_id"], "req-1");
    assert_eq!(upstream.header("cache-control"), Some("no-store"));
    let hidden = get_and_head(addr, "/upstream-5xx", &ko).await;
    assert!(
        !hidden.raw.contains("postgres") && !hidden.raw.contains("10.0.0.5"),
        "{}",
        hidden.raw
    );
    assert_eq!(
        hidden.json()["title"],
        Status::BadGateway.title_in(Language::Korean)
    );
    assert_eq!(hidden.json()["request_id"], "req-1");
    let page = get_and_head(addr, "/text", &["Accept: text/plain"]).await;
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
}

#[actix_web::test]
async fn nested_middlewares_compose() {
    let addr = serve(0);
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
        assert!(text.contains("r-9"), "{text}");
        if accept == "text/plain" {
            assert_eq!(text.matches("404").count(), 1, "{text}");
        }
    }
}

#[actix_web::test]
async fn either_order_with_compress() {
    for stack in [1, 2] {
        let addr = serve(stack);
        let headers = ["Accept-Encoding: gzip", "Accept-Language: ko"];
        for path in ["/text", "/orders/7"] {
            let reply = get_and_head_accepting_gzip(addr, path, &headers).await;
            let body: serde_json::Value = if reply.header("content-encoding") == Some("gzip") {
                let mut out = Vec::new();
                std::io::Read::read_to_end(
                    &mut flate2::read::GzDecoder::new(&reply.body[..]),
                    &mut out,
                )
                .unwrap();
                serde_json::from_slice(&out).unwrap()
            } else {
                reply.json()
            };
            let want = if path == "/text" {
                COUPON
            } else {
                "no order has id 7"
            };
            assert_eq!(body["detail"], want, "stack {stack} {path}: {}", reply.raw);
            assert_eq!(
                reply.header("content-encoding").is_some(),
                stack == 1,
                "{}",
                reply.raw
            );
        }
    }
}

/// actix-web answers a HEAD to a GET-only route with an empty 404; the middleware's problem
/// for it must not put body bytes on a pipelined connection.
#[actix_web::test]
async fn pipelined_heads_never_carry_body_bytes() {
    let addr = serve(0);
    let head = request("/only-get", &[]).replacen("GET ", "HEAD ", 1);
    // The GET last: actix-http would drop a GET's body if a HEAD was decoded after it (its own
    // HEAD flag again), which is not the middleware's to mend.
    let requests = [head.clone(), head.clone(), head, request("/only-get", &[])];
    let replies = exchange(addr, &requests).await;
    assert_eq!(replies[3].text(), "got");
    for reply in &replies[..3] {
        assert!(reply.status >= 400, "{}", reply.raw);
        assert!(reply.body.is_empty());
        assert_ne!(reply.header("content-length"), Some("0"), "{}", reply.raw);
    }
}

/// A 200 whose second chunk is sent only once the client has the first arrives only if nothing
/// buffers it: alone, nested, and on either side of `Compress`.
#[actix_web::test]
async fn a_success_is_streamed_unbuffered_through_every_stack() {
    use std::sync::atomic::Ordering;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    for (stack, path) in [
        (0, "/stream"),
        (0, "/api/stream"),
        (1, "/stream"),
        (2, "/stream"),
    ] {
        RELEASED.store(false, Ordering::SeqCst);
        let addr = serve(stack);
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
            "stack {stack} {path}: the first chunk was held: {}",
            String::from_utf8_lossy(&seen)
        );
        RELEASED.store(true, Ordering::SeqCst);
        stream.read_to_end(&mut seen).await.unwrap();
        assert!(
            String::from_utf8_lossy(&seen).contains("second"),
            "stack {stack}"
        );
    }
}

#[actix_web::test]
async fn a_record_is_used_only_while_it_describes_the_response() {
    let addr = serve(0);
    let reply = get_and_head(addr, "/to500/orders/7", &[]).await;
    assert_eq!(reply.status, 500);
    let body = reply.json();
    assert_eq!(body["status"], 500, "{body}");
    assert!(body.get("detail").is_none(), "{body}");
    let reply = get_and_head(addr, "/scrubbed/orders/7", &["Accept-Language: ko"]).await;
    assert_eq!(reply.json()["detail"], "[scrubbed]", "{}", reply.raw);
    assert!(!reply.raw.contains("no order has id 7"), "{}", reply.raw);
}
