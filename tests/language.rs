//! One language end to end: the same error read by a Korean and an English client, its title
//! and its `detail` (Korean particles chosen from the value) in that language, in problem+json,
//! JSON, HTML and text, through real axum and actix-web servers on 127.0.0.1:0, with and without
//! the layer, read with the raw socket client.

#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use raw::{get as request, send};
use statuskit::actix::ProblemMiddleware;
use statuskit::axum::ProblemLayer;
use statuskit::{HttpError, Language};
use tokio::net::TcpListener;

/// A shop whose `Display` texts are English, with a Korean detail where it has one.
#[derive(Debug, thiserror::Error, HttpError)]
enum ShopError {
    #[error("order {0} not found")]
    #[status(404)]
    #[problem(
        detail = "We couldn't find order {0}.",
        detail_ko = "주문 {0}을(를) 찾을 수 없습니다."
    )]
    NoSuchOrder(u32),
    /// No Korean detail: Korean clients read the `Display` text.
    #[error("we do not ship to {city}")]
    #[status(422)]
    #[problem(
        title = "Cannot ship",
        title_ko = "배송 불가",
        detail_ko = "{city}(으)로는 배송할 수 없습니다."
    )]
    NoShipping { city: &'static str },
    #[error("item {name:?} is out of stock")]
    #[status(409)]
    #[problem(detail_ko = "{name:?}이(가) 품절입니다.")]
    OutOfStock { name: &'static str },
    /// A server error's template is hidden like its `Display`.
    #[error("ledger {0} is locked")]
    #[status(500)]
    #[problem(
        detail = "ledger {0} is locked",
        detail_ko = "장부 {0}이(가) 잠겼습니다"
    )]
    Ledger(u32),
    #[error(transparent)]
    #[status(transparent)]
    Account(AccountError),
}

/// A team that writes its `Display` in Korean: Korean by default, English where it says so.
#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(title = "ko")]
enum AccountError {
    #[error("사용자 {0}은(는) 없습니다")]
    #[status(404)]
    #[problem(
        detail = "there is no user {0}",
        detail_ko = "사용자 {0}은(는) 없습니다"
    )]
    NoUser(&'static str),
}

fn fail(error: ShopError) -> Result<String, ShopError> {
    Err(error)
}

async fn order(Path(id): Path<u32>) -> Result<String, ShopError> {
    fail(ShopError::NoSuchOrder(id))
}

async fn ship(Path(city): Path<String>) -> Result<String, ShopError> {
    let city = match city.as_str() {
        "seoul" => "서울",
        "busan" => "부산",
        _ => "Paris",
    };
    fail(ShopError::NoShipping { city })
}

fn routes() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/ship/{city}", get(ship))
        .route(
            "/stock/apple",
            get(|| async { fail(ShopError::OutOfStock { name: "사과" }) }),
        )
        .route(
            "/stock/pear",
            get(|| async { fail(ShopError::OutOfStock { name: "배" }) }),
        )
        .route("/ledger", get(|| async { fail(ShopError::Ledger(3)) }))
        .route(
            "/users/kim",
            get(|| async { fail(ShopError::Account(AccountError::NoUser("kim"))) }),
        )
        .route(
            "/korean/users/lee",
            get(|| async { Err::<String, _>(AccountError::NoUser("이수민")) }),
        )
}

async fn serve(router: Router) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// The title and the detail a client reads.
type Read = (&'static str, Option<&'static str>);

/// What a client reads on each path, in Korean and in English.
const CASES: &[(&str, u16, [Read; 2])] = &[
    (
        "/orders/7",
        404,
        [
            ("찾을 수 없음", Some("주문 7을 찾을 수 없습니다.")),
            ("Not Found", Some("We couldn't find order 7.")),
        ],
    ),
    (
        "/orders/2",
        404,
        [
            ("찾을 수 없음", Some("주문 2를 찾을 수 없습니다.")),
            ("Not Found", Some("We couldn't find order 2.")),
        ],
    ),
    (
        "/orders/10",
        404,
        [
            ("찾을 수 없음", Some("주문 10을 찾을 수 없습니다.")),
            ("Not Found", Some("We couldn't find order 10.")),
        ],
    ),
    (
        "/ship/seoul",
        422,
        [
            ("배송 불가", Some("서울로는 배송할 수 없습니다.")),
            ("Cannot ship", Some("we do not ship to 서울")),
        ],
    ),
    (
        "/ship/busan",
        422,
        [
            ("배송 불가", Some("부산으로는 배송할 수 없습니다.")),
            ("Cannot ship", Some("we do not ship to 부산")),
        ],
    ),
    (
        "/stock/apple",
        409,
        [
            ("충돌", Some("\"사과\"가 품절입니다.")),
            ("Conflict", Some("item \"사과\" is out of stock")),
        ],
    ),
    (
        "/stock/pear",
        409,
        [
            ("충돌", Some("\"배\"가 품절입니다.")),
            ("Conflict", Some("item \"배\" is out of stock")),
        ],
    ),
    (
        "/ledger",
        500,
        [("내부 서버 오류", None), ("Internal Server Error", None)],
    ),
    (
        "/users/kim",
        404,
        [
            ("찾을 수 없음", Some("사용자 kim은 없습니다")),
            ("Not Found", Some("there is no user kim")),
        ],
    ),
];

fn language_header(language: Language) -> String {
    format!("Accept-Language: {}", language.tag())
}

/// Every case in both languages, in problem+json and plain JSON; `prefix` is where the routes
/// are nested.
async fn check_json(addr: SocketAddr, server: &str, prefix: &str) {
    for &(path, status, texts) in CASES {
        let path = &format!("{prefix}{path}");
        for (language, (title, detail)) in
            [Language::Korean, Language::English].into_iter().zip(texts)
        {
            for accept in ["application/problem+json", "application/json"] {
                let headers = [language_header(language), format!("Accept: {accept}")];
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let reply = send(addr, request(path, &headers)).await;
                let context = format!("{server} {path} {language:?} {accept}: {}", reply.raw);
                assert_eq!(reply.status, status, "{context}");
                assert_eq!(reply.header("content-type"), Some(accept), "{context}");
                assert_eq!(
                    reply.header("content-language"),
                    Some(language.tag()),
                    "{context}"
                );
                let body = reply.json();
                assert_eq!(body["title"], title, "{context}");
                assert_eq!(body["detail"].as_str(), detail, "{context}");
            }
        }
    }
}

/// The HTML page and the text of one case carry the detail in the client's language, escaped
/// on the page.
async fn check_pages(addr: SocketAddr, server: &str) {
    for (language, detail) in [
        (Language::Korean, "&quot;사과&quot;가 품절입니다."),
        (Language::English, "item &quot;사과&quot; is out of stock"),
    ] {
        let headers = [language_header(language), "Accept: text/html".to_owned()];
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let page = send(addr, request("/stock/apple", &headers)).await;
        assert_eq!(page.status, 409, "{server}: {}", page.raw);
        assert!(page.text().contains(detail), "{server}: {}", page.raw);
        let headers = [language_header(language), "Accept: text/plain".to_owned()];
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let text = send(addr, request("/stock/apple", &headers)).await;
        let plain = detail.replace("&quot;", "\"");
        assert!(text.text().contains(&plain), "{server}: {}", text.raw);
    }
}

#[tokio::test]
async fn axum_with_the_layer_speaks_the_clients_language() {
    let addr = serve(routes().layer(ProblemLayer::new())).await;
    check_json(addr, "axum", "").await;
    check_pages(addr, "axum").await;
}

/// The same in a real stack: the routes nested under `/shop`, the layer inside tower-http's
/// request-id and timeout layers.
#[tokio::test]
async fn axum_in_a_nested_router_under_tower_http_layers() {
    use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
    use tower_http::timeout::TimeoutLayer;
    let router = Router::new()
        .nest("/shop", routes())
        .layer(ProblemLayer::new().request_id_header("x-request-id"))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            std::time::Duration::from_secs(5),
        ))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid));
    let addr = serve(router).await;
    check_json(addr, "axum nested", "/shop").await;
}

/// Without a layer nothing negotiates: each type answers in its own language, its own
/// template (or `Display`) as `detail`.
#[tokio::test]
async fn axum_without_the_layer_answers_in_the_types_language() {
    let addr = serve(routes()).await;
    let cases = [
        ("/orders/8", "Not Found", Some("We couldn't find order 8.")),
        ("/ship/seoul", "Cannot ship", Some("we do not ship to 서울")),
        ("/ledger", "Internal Server Error", None),
        // A transparent variant speaks its wrapper's language, in the wrapped error's words.
        ("/users/kim", "Not Found", Some("there is no user kim")),
        (
            "/korean/users/lee",
            "찾을 수 없음",
            Some("사용자 이수민은 없습니다"),
        ),
    ];
    for (path, title, detail) in cases {
        for head in [false, true] {
            let mut text = request(path, &["Accept-Language: ko"]);
            if head {
                text = text.replacen("GET", "HEAD", 1);
            }
            let reply = raw::exchange(addr, &[text]).await.remove(0);
            assert_eq!(
                reply.header("content-type"),
                Some("application/problem+json")
            );
            if head {
                assert!(reply.body.is_empty(), "{}", reply.raw);
                continue;
            }
            let body = reply.json();
            assert_eq!(body["title"], title, "{path}: {}", reply.raw);
            assert_eq!(body["detail"].as_str(), detail, "{path}: {}", reply.raw);
        }
    }
}

/// The same routes on actix-web, served on a thread of their own.
fn serve_actix(with_middleware: bool) -> SocketAddr {
    use actix_web::{App, HttpServer, web};
    async fn order(id: web::Path<u32>) -> Result<String, ShopError> {
        fail(ShopError::NoSuchOrder(id.into_inner()))
    }
    async fn ship(city: web::Path<String>) -> Result<String, ShopError> {
        let city = match city.as_str() {
            "seoul" => "서울",
            "busan" => "부산",
            _ => "Paris",
        };
        fail(ShopError::NoShipping { city })
    }
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                App::new()
                    .wrap(actix_web::middleware::Condition::new(
                        with_middleware,
                        ProblemMiddleware::new(),
                    ))
                    .route("/orders/{id}", web::get().to(order))
                    .route("/ship/{city}", web::get().to(ship))
                    .route(
                        "/stock/apple",
                        web::get().to(|| async { fail(ShopError::OutOfStock { name: "사과" }) }),
                    )
                    .route(
                        "/stock/pear",
                        web::get().to(|| async { fail(ShopError::OutOfStock { name: "배" }) }),
                    )
                    .route(
                        "/ledger",
                        web::get().to(|| async { fail(ShopError::Ledger(3)) }),
                    )
                    .route(
                        "/users/kim",
                        web::get()
                            .to(|| async { fail(ShopError::Account(AccountError::NoUser("kim"))) }),
                    )
                    .route(
                        "/korean/users/lee",
                        web::get()
                            .to(|| async { Err::<String, _>(AccountError::NoUser("이수민")) }),
                    )
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

#[tokio::test]
async fn actix_with_the_middleware_speaks_the_clients_language() {
    let addr = serve_actix(true);
    check_json(addr, "actix-web", "").await;
    check_pages(addr, "actix-web").await;
}

#[tokio::test]
async fn actix_without_the_middleware_answers_in_the_types_language() {
    let addr = serve_actix(false);
    for (path, title, detail) in [
        ("/orders/8", "Not Found", Some("We couldn't find order 8.")),
        ("/ledger", "Internal Server Error", None),
        (
            "/korean/users/lee",
            "찾을 수 없음",
            Some("사용자 이수민은 없습니다"),
        ),
    ] {
        let reply = send(addr, request(path, &["Accept-Language: ko"])).await;
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json")
        );
        let body = reply.json();
        assert_eq!(body["title"], title, "{path}: {}", reply.raw);
        assert_eq!(body["detail"].as_str(), detail, "{path}: {}", reply.raw);
    }
}

/// A server error's template goes out only with `expose`, in each language.
#[derive(Debug, thiserror::Error, HttpError)]
#[error("maintenance until {until}")]
#[status(503, expose)]
#[problem(detail = "back at {until}", detail_ko = "{until}에 돌아옵니다")]
struct Maintenance {
    until: &'static str,
}

/// `problem()` and `problem_json()` answer in the type's language, as the framework impls do.
#[test]
fn built_without_a_request_in_the_types_language() {
    let down = Maintenance { until: "09:00" };
    assert_eq!(down.problem().detail.as_deref(), Some("back at 09:00"));
    let mut korean = String::new();
    std::fmt::write(&mut korean, format_args!("{}", KoreanDetail(&down))).unwrap();
    assert_eq!(korean, "09:00에 돌아옵니다");
    assert_eq!(
        ShopError::NoSuchOrder(1).problem().detail.as_deref(),
        Some("We couldn't find order 1.")
    );
    assert_eq!(
        AccountError::NoUser("박").problem().detail.as_deref(),
        Some("사용자 박은 없습니다")
    );
    let json = String::from_utf8(ShopError::Ledger(1).problem_json()).unwrap();
    assert!(!json.contains("ledger"), "{json}");
}

/// Korean names follow RFC 9110's current phrases; the document's older ones stay aliases that
/// `FromStr` reads.
#[test]
fn korean_names_follow_rfc_9110() {
    use statuskit::Status;
    for (status, current, old) in [
        (
            Status::UnprocessableContent,
            "처리할 수 없는 콘텐츠",
            "처리할 수 없는 개체",
        ),
        (
            Status::ContentTooLarge,
            "콘텐츠가 너무 큼",
            "요청 본문이 너무 큼",
        ),
        (
            Status::RangeNotSatisfiable,
            "충족할 수 없는 범위",
            "처리할 수 없는 요청 범위",
        ),
    ] {
        assert_eq!(status.name_ko(), Some(current));
        assert_eq!(status.title_in(Language::Korean), current);
        assert_eq!(old.parse::<Status>(), Ok(status));
        assert_eq!(current.parse::<Status>(), Ok(status));
    }
}

/// The Korean detail of an error, through the hook the layer calls.
struct KoreanDetail<'a>(&'a dyn HttpError);

impl std::fmt::Display for KoreanDetail<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0
            .fmt_detail_in(Language::Korean, f)
            .unwrap_or_else(|| self.0.fmt_detail(f))
    }
}
