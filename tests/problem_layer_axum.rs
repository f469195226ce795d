//! End-to-end through axum with `statuskit::axum::ProblemLayer`: a real server on 127.0.0.1:0,
//! read with a raw socket, pipelined where framing matters.

#[path = "support/layer_app.rs"]
mod app;
#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;

use app::{SCRIPT, SECRET, ShopError, SlowDown, Taken};
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use raw::{get as request, send};
use statuskit::axum::ProblemLayer;
use statuskit::{Language, Problem, Status};
use tokio::net::TcpListener;

async fn order(Path(id): Path<u32>) -> Result<String, ShopError> {
    match id {
        1 => Ok("order 1\n".into()),
        _ => Err(ShopError::NoSuchOrder(id)),
    }
}

fn routes() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route(
            "/script",
            get(|| async { Err::<(), _>(ShopError::BadName) }),
        )
        .route(
            "/secret",
            get(|| async { Err::<(), _>(ShopError::Database) }),
        )
        .route(
            "/slow",
            get(|| async { Err::<(), _>(ShopError::Slow(SlowDown)) }),
        )
        .route("/taken", get(|| async { Err::<(), _>(Taken) }))
        .route("/gone", get(|| async { Status::Gone }))
        .route("/no-content", get(|| async { Status::NoContent }))
        .route(
            "/problem",
            get(|| async {
                let mut problem = Problem::new(Status::PaymentRequired);
                problem.title = "Out of credit".into();
                problem.detail = Some("your balance is 30".into());
                problem.extensions.insert("balance".into(), 30.into());
                problem
            }),
        )
        .route(
            "/json",
            post(
                |axum::Json(value): axum::Json<serde_json::Value>| async move { value.to_string() },
            ),
        )
        .route("/busy", get(|| async { StatusCode::SERVICE_UNAVAILABLE }))
        .route(
            "/teapot",
            get(|| async { (StatusCode::IM_A_TEAPOT, "short and stout") }),
        )
        .route("/ok", get(|| async { "fine" }))
        .route(
            "/elsewhere",
            get(|| async {
                // Built in a task of its own, outside the layer's poll: no structured problem.
                tokio::spawn(async { ShopError::NoSuchOrder(9).into_response() })
                    .await
                    .unwrap()
            }),
        )
}

async fn serve(router: Router) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// The app with the layer: request ids from `x-request-id`, `instance` from the path.
async fn shop() -> SocketAddr {
    serve(
        routes().layer(
            ProblemLayer::new()
                .request_id_header("X-Request-Id")
                .instance_from_path(true),
        ),
    )
    .await
}

#[tokio::test]
async fn language_follows_accept_language_with_q_values() {
    let addr = shop().await;
    let cases = [
        (None, "Not Found", "en"),
        (Some("ko"), "찾을 수 없음", "ko"),
        (
            Some("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"),
            "찾을 수 없음",
            "ko",
        ),
        (Some("en-US,en;q=0.9,ko;q=0.8"), "Not Found", "en"),
        (Some("en;q=0.3, ko;q=0.9"), "찾을 수 없음", "ko"),
        (Some("ko;q=0.1, en"), "Not Found", "en"),
        (Some("fr, *;q=0.5"), "Not Found", "en"),
        (Some("ko;q=0, *"), "Not Found", "en"),
    ];
    for (accept_language, title, tag) in cases {
        let header = accept_language.map(|value| format!("Accept-Language: {value}"));
        let headers: Vec<&str> = header.iter().map(String::as_str).collect();
        let reply = send(addr, request("/orders/7", &headers)).await;
        assert_eq!(reply.status, 404, "{}", reply.raw);
        let body = reply.json();
        assert_eq!(body["title"], title, "{accept_language:?}: {}", reply.raw);
        assert_eq!(body["detail"], "no order has id 7");
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(reply.header("content-language"), Some(tag), "{}", reply.raw);
        assert_eq!(reply.header("vary"), Some("Accept-Language, Accept"));
    }
}

#[tokio::test]
async fn own_titles_defaults_and_transparent_variants_follow_the_language() {
    let addr = shop().await;
    let korean = send(addr, request("/slow", &["Accept-Language: ko"])).await;
    assert_eq!(korean.status, 429);
    assert_eq!(korean.json()["title"], "천천히");
    assert_eq!(korean.header("retry-after"), Some("30"));
    let english = send(addr, request("/slow", &[])).await;
    assert_eq!(english.json()["title"], "Slow down");

    // `#[http_error(title = "ko")]`: Korean when the client names no language, English when asked.
    let taken = send(addr, request("/taken", &[])).await;
    assert_eq!(taken.json()["title"], "충돌", "{}", taken.raw);
    assert_eq!(taken.header("content-language"), Some("ko"));
    let taken = send(addr, request("/taken", &["Accept-Language: en"])).await;
    assert_eq!(taken.json()["title"], "Conflict");

    // The layer's default language wins over the type's.
    let addr = serve(routes().layer(ProblemLayer::new().default_language(Language::Korean))).await;
    let gone = send(addr, request("/gone", &["Accept-Language: de"])).await;
    assert_eq!(
        gone.json()["title"],
        Status::Gone.title_in(Language::Korean)
    );
}

#[tokio::test]
async fn media_type_follows_accept() {
    let addr = shop().await;
    let json = send(addr, request("/orders/7", &["Accept: application/json"])).await;
    assert_eq!(json.header("content-type"), Some("application/json"));
    let problem = send(addr, request("/orders/7", &["Accept: */*"])).await;
    assert_eq!(
        problem.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(json.body, problem.body);
    let unknown = send(addr, request("/orders/7", &["Accept: image/png"])).await;
    assert_eq!(
        (unknown.status, unknown.header("content-type")),
        (404, Some("application/problem+json"))
    );

    let html = send(
        addr,
        request(
            "/orders/7",
            &[
                "Accept: text/html,application/xhtml+xml,*/*;q=0.8",
                "Accept-Language: ko",
            ],
        ),
    )
    .await;
    assert_eq!(html.status, 404);
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let page = html.text();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"),
        "{page}"
    );
    assert!(page.contains("<title>404 찾을 수 없음</title>"), "{page}");
    assert!(
        page.contains("<p class=\"code\">404</p>\n<h1>찾을 수 없음</h1>"),
        "{page}"
    );
    assert!(
        page.contains("<p class=\"detail\">no order has id 7</p>"),
        "{page}"
    );
    // The sentence for people, not the reference's sentence for developers.
    let notice = Status::NotFound.notice_in(Language::Korean).unwrap();
    assert!(page.contains(notice), "{page}");
    assert!(!page.contains(Status::NotFound.summary_ko()), "{page}");

    let plain = send(addr, request("/orders/7", &["Accept: text/plain"])).await;
    assert_eq!(
        plain.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(
        plain.text(),
        format!(
            "404 Not Found\n\nno order has id 7\n\n{}\n",
            Status::NotFound.notice_in(Language::English).unwrap()
        )
    );
}

#[tokio::test]
async fn html_escapes_every_text() {
    let addr = shop().await;
    let html = send(
        addr,
        request("/script", &["Accept: text/html", "X-Request-Id: <b>id</b>"]),
    )
    .await;
    let page = html.text();
    assert!(!page.contains("<script>"), "{page}");
    assert!(!page.contains("<b>"), "{page}");
    assert!(
        page.contains("<p class=\"detail\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot; is not a name</p>"),
        "{page}"
    );
    assert!(
        page.contains("<code>&lt;b&gt;id&lt;/b&gt;</code>"),
        "{page}"
    );
    // JSON keeps the text as it is.
    let json = send(addr, request("/script", &[])).await;
    assert_eq!(json.json()["detail"], SCRIPT);
}

#[tokio::test]
async fn request_id_and_instance() {
    let addr = shop().await;
    let reply = send(
        addr,
        request("/orders/7?token=s3cret", &["X-Request-Id: req-42"]),
    )
    .await;
    let body = reply.json();
    assert_eq!(body["request_id"], "req-42");
    assert_eq!(body["instance"], "/orders/7");
    assert!(!reply.raw.contains("s3cret"), "{}", reply.raw);
    let plain = send(
        addr,
        request(
            "/orders/7",
            &[
                "X-Request-Id: req-42",
                "Accept: text/plain",
                "Accept-Language: ko",
            ],
        ),
    )
    .await;
    assert!(
        plain.text().ends_with("\n\n요청 ID: req-42\n"),
        "{}",
        plain.text()
    );
    // Without the header there is no member.
    let bare = send(addr, request("/orders/7", &[])).await;
    assert!(bare.json().get("request_id").is_none());
}

#[tokio::test]
async fn request_id_from_tower_http() {
    use tower_http::request_id::{MakeRequestId, RequestId, SetRequestIdLayer};

    #[derive(Clone)]
    struct Fixed;
    impl MakeRequestId for Fixed {
        fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
            Some(RequestId::new(axum::http::HeaderValue::from_static(
                "tower-7",
            )))
        }
    }

    let router = routes()
        .layer(ProblemLayer::new().request_id_member("trace"))
        .layer(SetRequestIdLayer::new(
            axum::http::HeaderName::from_static("x-trace"),
            Fixed,
        ));
    let addr = serve(router).await;
    let reply = send(addr, request("/gone", &[])).await;
    assert_eq!(reply.json()["trace"], "tower-7", "{}", reply.raw);
}

#[tokio::test]
async fn a_hidden_500_stays_hidden_everywhere() {
    let addr = shop().await;
    for accept in ["*/*", "application/json", "text/html", "text/plain"] {
        for language in ["en", "ko"] {
            let reply = send(
                addr,
                request(
                    "/secret",
                    &[
                        &format!("Accept: {accept}"),
                        &format!("Accept-Language: {language}"),
                        "X-Request-Id: r1",
                    ],
                ),
            )
            .await;
            assert_eq!(reply.status, 500);
            assert!(
                !reply.raw.contains("hunter2"),
                "{accept} {language}: {}",
                reply.raw
            );
            assert!(!reply.raw.contains(SECRET), "{}", reply.raw);
            assert!(!reply.raw.contains("cannot reach"), "{}", reply.raw);
        }
    }
    let body = send(addr, request("/secret", &["Accept-Language: ko"]))
        .await
        .json();
    assert_eq!(
        body["title"],
        Status::InternalServerError.title_in(Language::Korean),
        "{body}"
    );
    assert!(body.get("detail").is_none());
}

#[tokio::test]
async fn rejections_router_errors_and_bare_statuses_are_problems() {
    let addr = shop().await;
    let path = send(addr, request("/orders/abc", &[])).await;
    assert_eq!(path.status, 400);
    assert_eq!(
        path.header("content-type"),
        Some("application/problem+json")
    );
    let body = path.json();
    assert_eq!(body["title"], "Bad Request");
    assert!(
        body["detail"].as_str().unwrap().contains("Cannot parse"),
        "{body}"
    );
    assert_eq!(body["instance"], "/orders/abc");

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
    assert_eq!(json.status, 400);
    assert!(
        json.json()["detail"].as_str().unwrap().contains("JSON"),
        "{}",
        json.raw
    );
    let untyped = send(addr, raw::request("POST", "/json", &[], "{}")).await;
    assert_eq!(untyped.status, 415);
    assert_eq!(untyped.json()["title"], "Unsupported Media Type");

    let missing = send(addr, request("/nowhere", &["Accept-Language: ko"])).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["title"], "찾을 수 없음");
    assert!(missing.json().get("detail").is_none());

    let wrong_method = send(addr, raw::request("POST", "/orders/1", &[], "")).await;
    assert_eq!(wrong_method.status, 405);
    assert_eq!(wrong_method.header_all("allow"), "GET,HEAD");
    assert_eq!(wrong_method.json()["title"], "Method Not Allowed");

    let gone = send(addr, request("/gone", &[])).await;
    assert_eq!(gone.status, 410);
    assert_eq!(gone.json()["title"], "Gone");
    let no_content = send(addr, request("/no-content", &[])).await;
    assert_eq!((no_content.status, no_content.body.len()), (204, 0));

    // An empty 503 from elsewhere: the title, no detail.
    let busy = send(addr, request("/busy", &["Accept: text/plain"])).await;
    assert_eq!(busy.status, 503);
    assert!(
        busy.text().starts_with("503 Service Unavailable\n"),
        "{}",
        busy.raw
    );
    // A 4xx with text keeps it as detail.
    let teapot = send(addr, request("/teapot", &[])).await;
    assert_eq!(teapot.json()["detail"], "short and stout");

    // A `Problem` keeps its own title in both languages, and its members.
    let problem = send(addr, request("/problem", &["Accept-Language: ko"])).await;
    let body = problem.json();
    assert_eq!(
        (problem.status, &body["title"], &body["balance"]),
        (402, &"Out of credit".into(), &30.into())
    );
}

#[tokio::test]
async fn success_passes_through_and_framing_holds_when_pipelined() {
    let addr = shop().await;
    let replies = raw::exchange(
        addr,
        &[
            request("/ok", &[]),
            request("/orders/abc", &["Accept: text/html"]),
            request("/nowhere", &["Accept-Language: ko"]),
            raw::request("HEAD", "/gone", &[], ""),
            request("/orders/7", &["Accept: text/plain"]),
            request("/orders/1", &[]),
        ],
    )
    .await;
    let statuses: Vec<u16> = replies.iter().map(|reply| reply.status).collect();
    assert_eq!(statuses, [200, 400, 404, 410, 404, 200]);
    assert_eq!(replies[0].text(), "fine");
    assert_eq!(replies[0].header("vary"), None);
    assert_eq!(replies[0].header("content-language"), None);
    assert!(replies[1].text().contains("<h1>Bad Request</h1>"));
    assert_eq!(replies[5].text(), "order 1\n");
}

#[tokio::test]
async fn a_problem_built_outside_the_layer_is_read_again_from_its_json() {
    let addr = shop().await;
    let reply = send(
        addr,
        request("/elsewhere", &["Accept: text/html", "Accept-Language: ko"]),
    )
    .await;
    assert_eq!(reply.status, 404);
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let page = reply.text();
    assert!(
        page.contains("<p class=\"code\">404</p>\n<h1>찾을 수 없음</h1>"),
        "{page}"
    );
    assert!(
        page.contains("<p class=\"detail\">no order has id 9</p>"),
        "{page}"
    );
    assert_eq!(reply.header("content-language"), Some("ko"));
    assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
}

#[tokio::test]
async fn an_empty_timeout_from_tower_http_becomes_a_problem() {
    use std::time::Duration;
    use tower_http::timeout::TimeoutLayer;

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
        .layer(ProblemLayer::new());
    let addr = serve(router).await;
    let reply = send(addr, request("/report", &["Accept-Language: ko"])).await;
    assert_eq!(reply.status, 503, "{}", reply.raw);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let body = reply.json();
    assert_eq!(
        body["title"],
        Status::ServiceUnavailable.title_in(Language::Korean)
    );
    assert!(body.get("detail").is_none(), "{body}");
}
