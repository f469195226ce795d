//! Mapping beyond one fixed status: statuses chosen at run time from a foreign error
//! (`#[status(404 | 409 | 500, by = f)]`), constant members (`#[problem(extension(…))]`) and
//! problem type URIs resolved against the enum's `type_base`.

#[path = "support/actix_server.rs"]
mod actix_server;

use statuskit::{HttpError, Status};

/// A foreign error, as a database driver would have it.
#[derive(Debug)]
enum DbError {
    RowNotFound,
    UniqueViolation(&'static str),
    Io,
    /// The driver said something the service never planned for.
    Weird,
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbError::RowNotFound => f.write_str("no rows returned"),
            DbError::UniqueViolation(key) => write!(f, "duplicate key {key}"),
            DbError::Io => f.write_str("connection reset: postgres://admin:SECRET@db"),
            DbError::Weird => f.write_str("weird"),
        }
    }
}

impl std::error::Error for DbError {}

mod db {
    use super::DbError;
    use statuskit::Status;

    /// Chooses the status of a database error.
    pub(crate) fn status(error: &DbError) -> Status {
        match error {
            DbError::RowNotFound => Status::NotFound,
            DbError::UniqueViolation(_) => Status::Conflict,
            DbError::Io => Status::InternalServerError,
            // Not in the list: the derive answers the first 5xx listed.
            DbError::Weird => Status::Ok,
        }
    }
}

#[derive(Debug, thiserror::Error, HttpError)]
#[problem(
    type_base = "https://errors.example.com/",
    extension(service = "orders", version = 2)
)]
enum ApiError {
    #[error(transparent)]
    #[status(404 | 409 | 500, by = db::status)]
    Db(#[from] DbError),
    #[error("order {0} not found")]
    #[status(404)]
    #[problem(
        type = "order-not-found",
        extension(code = "ORDER_NOT_FOUND", retryable = false)
    )]
    OrderNotFound(u64),
    #[error("out of credit")]
    #[status(403)]
    #[problem(type = "https://other.example.org/probs/credit", extension(service = "billing", ratio = -0.5))]
    OutOfCredit,
    #[error("busy")]
    #[status(503 | 429, by = busy_status)]
    Busy(u32),
}

fn busy_status(load: &u32) -> Status {
    if *load > 90 {
        Status::ServiceUnavailable
    } else {
        Status::TooManyRequests
    }
}

#[test]
fn statuses_are_chosen_among_the_listed_ones() {
    assert_eq!(
        ApiError::Db(DbError::RowNotFound).status(),
        Status::NotFound
    );
    assert_eq!(
        ApiError::Db(DbError::UniqueViolation("email")).status(),
        Status::Conflict
    );
    assert_eq!(
        ApiError::Db(DbError::Io).status(),
        Status::InternalServerError
    );
    assert_eq!(
        ApiError::Db(DbError::Weird).status(),
        Status::InternalServerError
    );
    assert_eq!(ApiError::Busy(95).status(), Status::ServiceUnavailable);
    assert_eq!(ApiError::Busy(10).status(), Status::TooManyRequests);
}

#[test]
fn details_are_hidden_per_chosen_status() {
    // The driver's text is foreign: it stays home in a 4xx too (tests/foreign_text.rs).
    let conflict = ApiError::Db(DbError::UniqueViolation("email")).problem();
    assert_eq!((conflict.status, conflict.detail), (409, None));
    let io = ApiError::Db(DbError::Io).problem();
    assert_eq!((io.status, io.detail), (500, None));
    let busy = ApiError::Busy(95).problem();
    assert_eq!((busy.status, busy.detail), (503, None));
}

#[test]
fn constants_of_the_enum_and_the_variant() {
    let json: serde_json::Value =
        serde_json::from_slice(&ApiError::OrderNotFound(7).problem_json()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "type": "https://errors.example.com/order-not-found",
            "title": "Not Found",
            "status": 404,
            "detail": "order 7 not found",
            "code": "ORDER_NOT_FOUND",
            "retryable": false,
            "service": "orders",
            "version": 2,
        })
    );
    // The variant's own constant wins by name; an absolute type stays as it is.
    let credit = ApiError::OutOfCredit.problem();
    assert_eq!(credit.type_uri, "https://other.example.org/probs/credit");
    assert_eq!(credit.extensions["service"], "billing");
    assert_eq!(credit.extensions["ratio"], -0.5);
    assert_eq!(credit.extensions["version"], 2);
    // A chosen variant carries the enum's constants too.
    let db = ApiError::Db(DbError::RowNotFound).problem();
    assert_eq!(db.extensions["service"], "orders");
    assert_eq!(db.type_uri, "about:blank");
}

/// A struct chooses its status from its one field, too.
#[derive(Debug, HttpError)]
#[status(502 | 504, by = upstream_status)]
#[problem(
    type_base = "https://errors.example.com/probs/",
    type = "../upstream",
    extension(code = "UPSTREAM")
)]
struct Upstream(std::time::Duration);

fn upstream_status(waited: &std::time::Duration) -> Status {
    if waited.as_secs() >= 30 {
        Status::GatewayTimeout
    } else {
        Status::BadGateway
    }
}

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "upstream failed after {:?}", self.0)
    }
}

#[test]
fn a_struct_chooses_too() {
    let slow = Upstream(std::time::Duration::from_secs(31));
    assert_eq!(slow.status(), Status::GatewayTimeout);
    let problem = slow.problem();
    assert_eq!(problem.type_uri, "https://errors.example.com/upstream");
    assert_eq!(problem.extensions["code"], "UPSTREAM");
    assert_eq!(
        Upstream(std::time::Duration::from_secs(1)).status(),
        Status::BadGateway
    );
}

/// An enum default chooses from the whole value.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(400 | 422, by = classify)]
#[http_error(title = "ko")]
enum Invalid {
    #[error("missing field {0}")]
    Missing(&'static str),
    #[error("bad value")]
    Bad { field: &'static str },
    #[error("gone")]
    #[status(410)]
    Gone,
}

fn classify(error: &Invalid) -> Status {
    match error {
        Invalid::Missing(_) => Status::BadRequest,
        _ => Status::UnprocessableContent,
    }
}

#[test]
fn an_enum_default_chooses_from_the_whole_value() {
    assert_eq!(Invalid::Missing("id").status(), Status::BadRequest);
    assert_eq!(
        Invalid::Bad { field: "x" }.status(),
        Status::UnprocessableContent
    );
    assert_eq!(Invalid::Gone.status(), Status::Gone);
    // Korean titles follow the chosen status.
    assert_eq!(Invalid::Missing("id").problem().title, "잘못된 요청");
    assert_eq!(
        Invalid::Bad { field: "x" }.problem().title,
        Status::UnprocessableContent.name_ko().unwrap()
    );
}

#[tokio::test]
async fn axum_and_actix_send_chosen_statuses_constants_and_types() {
    use axum::Router;
    use axum::routing::get;

    let router = Router::new()
        .route(
            "/conflict",
            get(|| async { Err::<(), _>(ApiError::Db(DbError::UniqueViolation("email"))) }),
        )
        .route(
            "/order",
            get(|| async { Err::<(), _>(ApiError::OrderNotFound(9)) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let client = reqwest::Client::new();
    let conflict = client
        .get(format!("http://{addr}/conflict"))
        .send()
        .await
        .unwrap();
    assert_eq!(conflict.status().as_u16(), 409);
    let body: serde_json::Value = serde_json::from_slice(&conflict.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (&body["service"], &body["version"]),
        (&"orders".into(), &2.into())
    );
    let order = client
        .get(format!("http://{addr}/order"))
        .send()
        .await
        .unwrap();
    let order: serde_json::Value = serde_json::from_slice(&order.bytes().await.unwrap()).unwrap();
    assert_eq!(order["type"], "https://errors.example.com/order-not-found");
    assert_eq!(order["code"], "ORDER_NOT_FOUND");

    // A real actix-web server answers the same.
    fn routes(config: &mut actix_web::web::ServiceConfig) {
        use actix_web::{HttpResponse, web};
        config
            .route(
                "/missing-row",
                web::get()
                    .to(|| async { Err::<HttpResponse, _>(ApiError::Db(DbError::RowNotFound)) }),
            )
            .route(
                "/order",
                web::get().to(|| async { Err::<HttpResponse, _>(ApiError::OrderNotFound(9)) }),
            );
    }
    let server = actix_server::Server::start(routes);
    let missing = client.get(server.url("/missing-row")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    let body: serde_json::Value = serde_json::from_slice(&missing.bytes().await.unwrap()).unwrap();
    // The driver's "no rows returned" is foreign text: not sent.
    assert_eq!(
        (&body["service"], &body["detail"]),
        (&"orders".into(), &serde_json::Value::Null)
    );
    let order = client.get(server.url("/order")).send().await.unwrap();
    let body: serde_json::Value = serde_json::from_slice(&order.bytes().await.unwrap()).unwrap();
    assert_eq!(body["type"], "https://errors.example.com/order-not-found");
    assert_eq!(body["retryable"], false);
    drop(client);
    server.stop().await;
}
