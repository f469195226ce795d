//! An axum service whose handlers return `Result<_, ApiError>` and answer RFC 9457 problems,
//! and whose OpenAPI document, served at `/openapi.json`, comes from the same attributes.
//!
//! `statuskit::axum::ProblemLayer` wraps the routes: every error response (the router's 404 and
//! 405 and axum's rejections too) is a problem in the client's language (`Accept-Language`) and
//! media type (`Accept`: problem+json, JSON, HTML or text), with the `x-request-id` it was sent.
//!
//! Run it with `cargo run -p statuskit --example axum_service --features axum,utoipa,tracing`,
//! then e.g. `curl -i localhost:3000/users/7`, `curl -i -H 'Accept-Language: ko'
//! localhost:3000/users/7`, `curl -i -H 'Accept: text/html' localhost:3000/users/7`, `curl -i
//! localhost:3000/users/abc` or `curl localhost:3000/openapi.json`. `PORT` changes the port.
//!
//! With the `tracing` feature, `curl -i localhost:3000/report` answers a bare 500 while the
//! server logs what it hides, with the `source()` chain, on stderr:
//!
//! ```text
//! ERROR statuskit::log: server error hidden from the client status=500 error=postgres://admin:hunter2@db/users is unreachable source=connection refused
//! ```
//!
//! The example prints events with a small subscriber of its own to need no other dependency; a
//! real service would install `tracing-subscriber`'s `fmt` instead.

use axum::extract::Path;
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use statuskit::HttpError;
use statuskit::axum::ProblemLayer;
use statuskit::openapi::LayerResponses;
use utoipa::OpenApi;

/// Everything the API can fail with. The `#[error]` texts are the `detail`s sent, and the
/// OpenAPI examples show them as templates; the doc comments describe the examples.
#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    /// No user has this id.
    #[status(NotFound)]
    #[error("no user has id {0}")]
    #[problem(detail_ko = "사용자 {0}을(를) 찾을 수 없습니다")]
    NoSuchUser(u32),
    /// Another account uses this email address.
    #[status(409)]
    #[error("{0:?} is already used")]
    EmailTaken(String),
    /// A struct error with its own mapping.
    #[status(transparent)]
    #[error(transparent)]
    Invalid(Invalid),
    /// The request carries no credentials.
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer realm=\"admin\"")]
    #[error("sign in first")]
    NotSignedIn,
    /// The bearer token has expired.
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer realm=\"admin\", error=\"invalid_token\"")]
    #[error("the token has expired; sign in again")]
    TokenExpired,
    /// Searches are limited per minute.
    #[status(429)]
    #[problem(
        type = "https://example.com/probs/rate-limited",
        title = "Slow down",
        title_ko = "천천히"
    )]
    #[error("at most {limit} searches a minute")]
    RateLimited {
        #[problem(extension)]
        limit: u32,
        #[header("Retry-After")]
        retry_after: u64,
    },
    /// The service is down for maintenance.
    #[status(503, expose)]
    #[error("back in two minutes")]
    Maintenance {
        #[header("Retry-After")]
        retry_after: u64,
    },
    /// The message names a database and a password; clients never see it.
    #[status(500)]
    #[error("postgres://admin:hunter2@db/users is unreachable")]
    Database(#[source] std::io::Error),
}

/// A field of the request is invalid.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(422)]
#[error("{field} {reason}")]
struct Invalid {
    #[problem(extension)]
    field: &'static str,
    reason: &'static str,
}

/// A new email address, as JSON.
#[derive(serde::Deserialize, utoipa::ToSchema)]
struct NewEmail {
    /// The address.
    email: String,
}

/// Reads a user's name.
#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u32, Path, description = "The user's id.")),
    responses(
        (status = 200, description = "The user's name.", body = String, content_type = "text/plain"),
        ApiError
    )
)]
async fn user(Path(id): Path<u32>) -> Result<String, ApiError> {
    match id {
        1 => Ok("kim\n".into()),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

/// Signs up with an email address.
#[utoipa::path(
    post,
    path = "/users",
    request_body(content = String, description = "The email address.", content_type = "text/plain"),
    responses(
        (status = 200, description = "The account is created.", body = String, content_type = "text/plain"),
        ApiError
    )
)]
async fn sign_up(email: String) -> Result<&'static str, ApiError> {
    match email.trim() {
        "" => Err(ApiError::Invalid(Invalid {
            field: "email",
            reason: "is empty",
        })),
        "kim@example.com" => Err(ApiError::EmailTaken(email.trim().into())),
        _ => Ok("created\n"),
    }
}

/// The admin area: needs a valid bearer token (`Bearer expired` shows the 401 of an expired one).
#[utoipa::path(
    get,
    path = "/admin",
    responses(
        (status = 200, description = "Welcome.", body = String, content_type = "text/plain"),
        ApiError
    )
)]
async fn admin(headers: HeaderMap) -> Result<&'static str, ApiError> {
    match headers.get(AUTHORIZATION).map(|value| value.as_bytes()) {
        None => Err(ApiError::NotSignedIn),
        Some(b"Bearer expired") => Err(ApiError::TokenExpired),
        Some(_) => Ok("welcome\n"),
    }
}

/// Changes a user's email address.
#[utoipa::path(
    put,
    path = "/users/{id}/email",
    params(("id" = u32, Path, description = "The user's id.")),
    request_body = NewEmail,
    responses(
        (status = 200, description = "The address is changed.", body = String, content_type = "text/plain"),
        ApiError
    )
)]
async fn change_email(
    Path(id): Path<u32>,
    Json(new): Json<NewEmail>,
) -> Result<&'static str, ApiError> {
    match (id, new.email.trim()) {
        (1, "") => Err(ApiError::Invalid(Invalid {
            field: "email",
            reason: "is empty",
        })),
        (1, _) => Ok("changed\n"),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

/// Searches users; always over the limit here.
#[utoipa::path(get, path = "/search", responses(ApiError))]
async fn search() -> Result<(), ApiError> {
    Err(ApiError::RateLimited {
        limit: 10,
        retry_after: 30,
    })
}

/// Uploads a file; always down for maintenance here.
#[utoipa::path(post, path = "/upload", responses(ApiError))]
async fn upload() -> Result<(), ApiError> {
    Err(ApiError::Maintenance { retry_after: 120 })
}

/// Builds a report; the database is always down here.
#[utoipa::path(get, path = "/report", responses(ApiError))]
async fn report() -> Result<(), ApiError> {
    Err(ApiError::Database(std::io::Error::other(
        "connection refused",
    )))
}

/// What `ProblemLayer` answers by itself (axum's rejections, the router's 404 and 405), added
/// to every operation.
const LAYER: LayerResponses = LayerResponses::new();

/// The OpenAPI document: each handler says `responses(ApiError)`, and the layer's own answers
/// are added. No `components(schemas(...))` line: every response carries its schema.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "statuskit example",
        description = "Users, with RFC 9457 problems for errors."
    ),
    paths(user, sign_up, change_email, admin, search, upload, report),
    modifiers(&LAYER)
)]
struct ApiDoc;

async fn openapi() -> ([(axum::http::HeaderName, &'static str); 1], String) {
    let document = ApiDoc::openapi()
        .to_pretty_json()
        .expect("an OpenAPI document serializes");
    ([(CONTENT_TYPE, "application/json")], document)
}

/// The service's routes, every error answered as a problem the client can read.
pub(crate) fn app() -> Router {
    Router::new()
        .route("/users/{id}", get(user))
        .route("/users", post(sign_up))
        .route("/users/{id}/email", put(change_email))
        .route("/admin", get(admin))
        .route("/search", get(search))
        .route("/upload", post(upload))
        .route("/report", get(report))
        .route("/openapi.json", get(openapi))
        .layer(ProblemLayer::new().request_id_header("x-request-id"))
}

/// A `tracing` subscriber printing each event at info level or above to stderr, on one line:
/// level, target, message, then the fields as `name=value`.
#[cfg(feature = "tracing")]
mod stderr_log {
    use std::fmt::{self, Write as _};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Level, Metadata, Subscriber};

    pub(crate) struct StderrLog;

    impl Subscriber for StderrLog {
        fn enabled(&self, metadata: &Metadata<'_>) -> bool {
            // More verbose levels compare greater.
            *metadata.level() <= Level::INFO
        }

        fn new_span(&self, _: &Attributes<'_>) -> Id {
            // Spans are not printed: they all share one id.
            Id::from_u64(1)
        }

        fn record(&self, _: &Id, _: &Record<'_>) {}

        fn record_follows_from(&self, _: &Id, _: &Id) {}

        fn event(&self, event: &Event<'_>) {
            let mut line = Line::default();
            event.record(&mut line);
            let metadata = event.metadata();
            eprintln!(
                "{} {}: {}{}",
                metadata.level(),
                metadata.target(),
                line.message,
                line.fields
            );
        }

        fn enter(&self, _: &Id) {}

        fn exit(&self, _: &Id) {}
    }

    /// An event's message and its other fields, as text.
    #[derive(Default)]
    struct Line {
        message: String,
        fields: String,
    }

    impl Visit for Line {
        fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
            // `%value` fields and the message format as their `Display` text here.
            let _ = match field.name() {
                "message" => write!(self.message, "{value:?}"),
                name => write!(self.fields, " {name}={value:?}"),
            };
        }
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // Hidden server errors are logged through `tracing` (statuskit's `tracing` feature).
    #[cfg(feature = "tracing")]
    tracing::subscriber::set_global_default(stderr_log::StderrLog)
        .expect("no other subscriber is installed");
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}
