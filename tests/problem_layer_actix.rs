//! End-to-end through actix-web with `statuskit::actix::ProblemMiddleware`: a real server on
//! 127.0.0.1:0, read with a raw socket, pipelined where framing matters.

#[path = "support/layer_app.rs"]
mod app;
#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;

use actix_web::{App, HttpResponse, HttpServer, web};
use app::{SCRIPT, SECRET, ShopError, SlowDown, Taken};
use raw::{get as request, send};
use statuskit::actix::ProblemMiddleware;
use statuskit::{Language, Problem, Status};

async fn order(id: web::Path<u32>) -> Result<String, ShopError> {
    match id.into_inner() {
        1 => Ok("order 1\n".into()),
        id => Err(ShopError::NoSuchOrder(id)),
    }
}

/// Serves the app with the middleware on its own thread and system; answers its address.
fn serve(middleware: fn() -> ProblemMiddleware) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                App::new()
                    .wrap(middleware())
                    .route("/orders/{id}", web::get().to(order))
                    .route(
                        "/script",
                        web::get().to(|| async { Err::<String, _>(ShopError::BadName) }),
                    )
                    .route(
                        "/secret",
                        web::get().to(|| async { Err::<String, _>(ShopError::Database) }),
                    )
                    .route(
                        "/slow",
                        web::get().to(|| async { Err::<String, _>(ShopError::Slow(SlowDown)) }),
                    )
                    .route(
                        "/taken",
                        web::get().to(|| async { Err::<String, _>(Taken) }),
                    )
                    .route("/gone", web::get().to(|| async { Status::Gone }))
                    .route(
                        "/gone-error",
                        web::get().to(|| async { Err::<String, _>(Status::Gone) }),
                    )
                    .route(
                        "/problem",
                        web::get().to(|| async {
                            let mut problem = Problem::new(Status::PaymentRequired);
                            problem.title = "Out of credit".into();
                            problem
                        }),
                    )
                    .route(
                        "/json",
                        web::post().to(|value: web::Json<serde_json::Value>| async move {
                            value.to_string()
                        }),
                    )
                    .route(
                        "/busy",
                        web::get().to(|| async { HttpResponse::ServiceUnavailable().finish() }),
                    )
                    .route("/ok", web::get().to(|| async { "fine" }))
            })
            .workers(1)
            .bind("127.0.0.1:0")
            .unwrap();
            sender.send(server.addrs()[0]).unwrap();
            server.run().await.unwrap();
        });
    });
    receiver.recv().unwrap()
}

fn shop() -> SocketAddr {
    serve(|| {
        ProblemMiddleware::new()
            .request_id_header("x-request-id")
            .instance_from_path(true)
    })
}

#[tokio::test]
async fn language_and_media_type() {
    let addr = shop();
    for (headers, title, tag) in [
        (vec![], "Not Found", "en"),
        (
            vec!["Accept-Language: ko-KR,ko;q=0.9,en;q=0.5"],
            "찾을 수 없음",
            "ko",
        ),
        (vec!["Accept-Language: ko;q=0.2, en"], "Not Found", "en"),
    ] {
        let reply = send(addr, request("/orders/7", &headers)).await;
        assert_eq!(reply.status, 404, "{}", reply.raw);
        assert_eq!(reply.json()["title"], title, "{}", reply.raw);
        assert_eq!(reply.json()["detail"], "no order has id 7");
        assert_eq!(reply.header("content-language"), Some(tag));
        assert_eq!(reply.header("vary"), Some("Accept-Language, Accept"));
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json")
        );
    }
    let json = send(addr, request("/orders/7", &["Accept: application/json"])).await;
    assert_eq!(json.header("content-type"), Some("application/json"));
    assert_eq!(json.json()["title"], "Not Found");
    let html = send(
        addr,
        request("/orders/7", &["Accept: text/html", "Accept-Language: ko"]),
    )
    .await;
    assert!(
        html.text()
            .contains("<p class=\"code\">404</p>\n<h1>찾을 수 없음</h1>"),
        "{}",
        html.raw
    );
    let plain = send(addr, request("/orders/7", &["Accept: text/plain"])).await;
    assert!(
        plain
            .text()
            .starts_with("404 Not Found\n\nno order has id 7\n"),
        "{}",
        plain.raw
    );

    let slow = send(addr, request("/slow", &["Accept-Language: ko"])).await;
    assert_eq!((slow.status, slow.header("retry-after")), (429, Some("30")));
    assert_eq!(slow.json()["title"], "천천히");
    let taken = send(addr, request("/taken", &[])).await;
    assert_eq!(taken.json()["title"], "충돌");
}

#[tokio::test]
async fn escaping_request_id_and_instance() {
    let addr = shop();
    let html = send(
        addr,
        request("/script", &["Accept: text/html", "X-Request-Id: <i>r</i>"]),
    )
    .await;
    let page = html.text();
    assert!(
        !page.contains("<script>") && !page.contains("<i>"),
        "{page}"
    );
    assert!(page.contains("&lt;script&gt;"), "{page}");
    let json = send(addr, request("/script?q=secret", &["X-Request-Id: r-9"])).await;
    let body = json.json();
    assert_eq!(
        (&body["detail"], &body["request_id"], &body["instance"]),
        (&SCRIPT.into(), &"r-9".into(), &"/script".into())
    );
}

#[tokio::test]
async fn a_hidden_500_stays_hidden_everywhere() {
    let addr = shop();
    for accept in ["*/*", "application/json", "text/html", "text/plain"] {
        for language in ["en", "ko"] {
            let reply = send(
                addr,
                request(
                    "/secret",
                    &[
                        &format!("Accept: {accept}"),
                        &format!("Accept-Language: {language}"),
                    ],
                ),
            )
            .await;
            assert_eq!(reply.status, 500);
            assert!(
                !reply.raw.contains(SECRET) && !reply.raw.contains("cannot reach"),
                "{}",
                reply.raw
            );
        }
    }
    let body = send(addr, request("/secret", &["Accept-Language: ko"]))
        .await
        .json();
    assert_eq!(
        body["title"],
        Status::InternalServerError.title_in(Language::Korean)
    );
}

#[tokio::test]
async fn extractor_errors_default_404_and_bare_statuses() {
    let addr = shop();
    let path = send(addr, request("/orders/abc", &[])).await;
    assert_eq!(path.status, 404, "{}", path.raw);
    assert_eq!(
        path.header("content-type"),
        Some("application/problem+json")
    );
    let json = send(
        addr,
        raw::request(
            "POST",
            "/json",
            &["Content-Type: application/json"],
            "{oops",
        ),
    )
    .await;
    assert_eq!(json.status, 400, "{}", json.raw);
    assert_eq!(json.json()["title"], "Bad Request");
    let missing = send(addr, request("/nowhere", &["Accept-Language: ko"])).await;
    assert_eq!(
        (missing.status, &missing.json()["title"]),
        (404, &"찾을 수 없음".into())
    );
    let gone = send(addr, request("/gone", &["Accept-Language: ko"])).await;
    assert_eq!(gone.status, 410);
    assert_eq!(
        gone.json()["title"],
        Status::Gone.title_in(Language::Korean)
    );
    let gone = send(addr, request("/gone-error", &[])).await;
    assert_eq!((gone.status, &gone.json()["title"]), (410, &"Gone".into()));
    let problem = send(addr, request("/problem", &["Accept-Language: ko"])).await;
    assert_eq!(
        (problem.status, &problem.json()["title"]),
        (402, &"Out of credit".into())
    );
    let busy = send(addr, request("/busy", &["Accept: text/plain"])).await;
    assert!(
        busy.text().starts_with("503 Service Unavailable\n"),
        "{}",
        busy.raw
    );
}

#[tokio::test]
async fn success_passes_through_and_framing_holds_when_pipelined() {
    let addr = shop();
    let replies = raw::exchange(
        addr,
        &[
            request("/ok", &[]),
            request("/orders/7", &["Accept: text/html"]),
            request("/nowhere", &["Accept: text/plain"]),
            raw::request(
                "POST",
                "/json",
                &["Content-Type: application/json"],
                "{oops",
            ),
            request("/orders/1", &[]),
        ],
    )
    .await;
    let statuses: Vec<u16> = replies.iter().map(|reply| reply.status).collect();
    assert_eq!(statuses, [200, 404, 404, 400, 200]);
    assert_eq!(replies[0].text(), "fine");
    assert_eq!(replies[0].header("vary"), None);
    assert_eq!(replies[4].text(), "order 1\n");
}
