//! End-to-end through actix-web: handlers return `Result<_, ApiError>`, the app is served by a real
//! `actix_web::HttpServer` on 127.0.0.1 with an ephemeral port (on its own thread and actix
//! system), and a real HTTP client reads the responses off the socket.

#[path = "support/responses.rs"]
mod support;
#[path = "support/wire.rs"]
mod wire;

use std::net::SocketAddr;
use std::sync::mpsc;
use std::thread::JoinHandle;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, ResponseError, web};
use support::{ApiError, Generic, Invalid, KoConflict, PATHS, error_for};

/// One route per error, plus a few more.
fn app() -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let mut app = App::new()
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
        app = app.route(
            path,
            web::get().to(move || async move { Err::<HttpResponse, _>(error_for(path)) }),
        );
    }
    app
}

/// A running server: its address, the handle that stops it, and its thread.
struct Server {
    addr: SocketAddr,
    handle: ServerHandle,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds 127.0.0.1:0 and runs the server on a thread of its own, with its own actix system.
    fn start() -> Self {
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let server = HttpServer::new(app)
                    .workers(1)
                    // Connections still open when the test stops the server are not waited for
                    // long.
                    .shutdown_timeout(1)
                    .bind(("127.0.0.1", 0))
                    .unwrap();
                let addr = server.addrs()[0];
                let server = server.disable_signals().run();
                tx.send((addr, server.handle())).unwrap();
                server.await.unwrap();
            });
        });
        let (addr, handle) = rx.recv().unwrap();
        Server {
            addr,
            handle,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops the server gracefully and waits for its thread.
    async fn stop(mut self) {
        self.handle.stop(true).await;
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }
}

impl Drop for Server {
    /// A failed assertion still stops the server (without waiting for it).
    fn drop(&mut self) {
        if self.thread.is_some() {
            drop(self.handle.stop(false));
        }
    }
}

#[tokio::test]
async fn every_error_answers_as_expected() {
    let server = Server::start();
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
    let server = Server::start();
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
    let server = Server::start();
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
