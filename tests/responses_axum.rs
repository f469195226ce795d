//! End-to-end through axum: handlers return `Result<_, ApiError>`, the router is served on
//! 127.0.0.1 with an ephemeral port, and a real HTTP client reads the responses off the socket.

#[path = "support/responses.rs"]
mod support;
#[path = "support/wire.rs"]
mod wire;

use axum::Router;
use axum::routing::get;
use support::{ApiError, Generic, Invalid, KoConflict, PATHS, error_for};
use tokio::net::TcpListener;

/// Serves one route per error (plus a few more) and answers the server's address.
async fn serve() -> std::net::SocketAddr {
    let mut router = Router::new()
        .route("/ok", get(|| async { Ok::<_, ApiError>("fine") }))
        .route(
            "/struct",
            get(|| async {
                Err::<(), _>(Invalid {
                    field: "name",
                    message: "name is empty".into(),
                })
            }),
        )
        .route(
            "/ko",
            get(|| async { Err::<(), _>(KoConflict("이미 있습니다".into())) }),
        )
        .route("/generic", get(|| async { Err::<(), _>(Generic(-1)) }));
    for path in PATHS {
        router = router.route(
            path,
            get(move || async move { Err::<(), _>(error_for(path)) }),
        );
    }
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

#[tokio::test]
async fn every_error_answers_as_expected() {
    let addr = serve().await;
    let client = reqwest::Client::new();
    for path in PATHS {
        let response = client
            .get(format!("http://{addr}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.version(), reqwest::Version::HTTP_11);
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let header = |name: &str| Some(headers.get(name)?.to_str().ok()?.to_owned());
        support::check(path, status, header, &response.bytes().await.unwrap());
    }
}

#[tokio::test]
async fn success_struct_korean_and_generic_routes() {
    let addr = serve().await;
    let client = reqwest::Client::new();
    let ok = client
        .get(format!("http://{addr}/ok"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (ok.status().as_u16(), ok.text().await.unwrap()),
        (200, "fine".to_owned())
    );

    let (status, body) = wire::get_json(&client, format!("http://{addr}/struct")).await;
    assert_eq!(status, 422);
    assert_eq!(body["detail"], "name is empty");
    assert_eq!(body["invalid_field"], "name");

    let (status, body) = wire::get_json(&client, format!("http://{addr}/ko")).await;
    assert_eq!(
        (status, &body["title"], &body["detail"]),
        (409, &"충돌".into(), &"이미 있습니다".into())
    );

    let (status, body) = wire::get_json(&client, format!("http://{addr}/generic")).await;
    assert_eq!((status, &body["detail"]), (400, &"bad input: -1".into()));
}

#[tokio::test]
async fn status_line_on_the_wire() {
    wire::assert_hidden_500_on_the_wire(serve().await).await;
}
