//! Prints the HTML page `ProblemLayer` sends a browser for one error, in the language given on
//! the command line (`ko` or `en`): what `cargo xtask screenshots` renders into `docs/`.
//!
//! `cargo run -p statuskit --example problem_page --features axum -- ko`

use std::future::poll_fn;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use axum::routing::get;
use statuskit::HttpError;
use statuskit::axum::ProblemLayer;
use tower_service::Service;

/// The error on the page.
#[derive(Debug, HttpError)]
enum ShopError {
    #[status(404)]
    #[problem(
        detail = "We couldn't find order {0}.",
        detail_ko = "주문 {0}을(를) 찾을 수 없습니다."
    )]
    NoSuchOrder(u32),
}

impl std::fmt::Display for ShopError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShopError::NoSuchOrder(id) => write!(f, "order {id} not found"),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let language = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let mut app = Router::new()
        .route(
            "/orders/7",
            get(|| async { Err::<(), _>(ShopError::NoSuchOrder(7)) }),
        )
        .layer(ProblemLayer::new().request_id_header("x-request-id"));
    let request = Request::get("/orders/7")
        .header("accept", "text/html")
        .header("accept-language", language)
        .header("x-request-id", "req-7f3a9c21")
        .body(Body::empty())
        .expect("a valid request");
    poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut app, cx))
        .await
        .expect("the router is always ready");
    let response = app.call(request).await.expect("the router never fails");
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("the page is in memory");
    print!("{}", String::from_utf8_lossy(&body));
}
