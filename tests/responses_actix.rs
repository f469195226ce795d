//! End-to-end through actix-web: handlers return `Result<_, ApiError>`, the app is served by a real
//! `actix_web::HttpServer` on 127.0.0.1 with an ephemeral port (on its own thread and actix
//! system), and a real HTTP client reads the responses off the socket.

#[path = "support/actix_server.rs"]
mod actix_server;
#[path = "support/responses.rs"]
mod support;
#[path = "support/wire.rs"]
mod wire;

use actix_server::Server;
use actix_web::{HttpResponse, ResponseError, web};
use support::{ApiError, Generic, Invalid, KoConflict, PATHS, error_for};

/// One route per error, plus a few more.
fn routes(config: &mut web::ServiceConfig) {
    config
        .route(
            "/ok",
            web::get().to(|| async { Ok::<_, ApiError>(HttpResponse::Ok().body("fine")) }),
        )
        .route(
            "/struct",
            web::get().to(|| async {
                Err::<HttpResponse, _>(Invalid {
                    field: "name",
                    message: "name is empty".into(),
                })
            }),
        )
        .route(
            "/ko",
            web::get()
                .to(|| async { Err::<HttpResponse, _>(KoConflict("이미 있습니다".into())) }),
        )
        .route(
            "/generic",
            web::get().to(|| async { Err::<HttpResponse, _>(Generic(-1)) }),
        );
    for path in PATHS {
        config.route(
            path,
            web::get().to(move || async move { Err::<HttpResponse, _>(error_for(path)) }),
        );
    }
}

#[tokio::test]
async fn every_error_answers_as_expected() {
    let server = Server::start(routes);
    let client = reqwest::Client::new();
    for path in PATHS {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.version(), reqwest::Version::HTTP_11);
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let header = |name: &str| Some(headers.get(name)?.to_str().ok()?.to_owned());
        support::check(path, status, header, &response.bytes().await.unwrap());
    }
    drop(client);
    server.stop().await;
}

#[tokio::test]
async fn success_struct_korean_and_generic_routes() {
    let server = Server::start(routes);
    let client = reqwest::Client::new();
    let ok = client.get(server.url("/ok")).send().await.unwrap();
    assert_eq!(
        (ok.status().as_u16(), ok.text().await.unwrap()),
        (200, "fine".to_owned())
    );

    let (status, body) = wire::get_json(&client, server.url("/struct")).await;
    assert_eq!(status, 422);
    assert_eq!(body["detail"], "name is empty");
    assert_eq!(body["invalid_field"], "name");

    let (status, body) = wire::get_json(&client, server.url("/ko")).await;
    assert_eq!(
        (status, &body["title"], &body["detail"]),
        (409, &"충돌".into(), &"이미 있습니다".into())
    );

    let (status, body) = wire::get_json(&client, server.url("/generic")).await;
    assert_eq!((status, &body["detail"]), (400, &"bad input: -1".into()));
    drop(client);
    server.stop().await;
}

#[tokio::test]
async fn status_line_on_the_wire() {
    let server = Server::start(routes);
    wire::assert_hidden_500_on_the_wire(server.addr).await;
    server.stop().await;
}

#[test]
fn status_code_matches_the_error() {
    for path in PATHS {
        assert_eq!(
            ResponseError::status_code(&error_for(path)).as_u16(),
            support::expected(path).0
        );
    }
}
