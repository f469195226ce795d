//! An axum service whose handlers return `Result<_, ApiError>` and answer RFC 9457 problems.
//!
//! Run it with `cargo run -p statuskit --example axum_service --features axum`, then e.g.
//! `curl -i localhost:3000/users/7`. `PORT` changes the port.
//!
//! TODO(derive): the `HttpError` impls below are written by hand, exactly as
//! `#[derive(HttpError)]` will write them; once the derive supports `#[problem]`, `#[header]` and
//! `#[http_error(title = "ko")]`, replace each impl with the attributes quoted in its doc comments
//! and drop the `impl_responses!` calls (the derive emits them).

use std::error::Error;
use std::fmt;

use axum::Router;
use axum::extract::Path;
use axum::routing::{get, post};
use statuskit::{Extensions, HeaderSink, HeaderValue, HttpError, Status};

/// Everything the API can fail with.
#[derive(Debug)]
enum ApiError {
    /// `#[status(NotFound)]`
    NoSuchUser(u32),
    /// `#[status(409)]`
    EmailTaken(String),
    /// `#[status(transparent)]`: a struct error with its own mapping.
    Invalid(Invalid),
    /// `#[status(401)] #[header("WWW-Authenticate", "Bearer realm=\"admin\"")]`
    NotSignedIn,
    /// `#[status(429)]`
    /// `#[problem(type = "https://example.com/probs/rate-limited", title = "Slow down")]`,
    /// with `#[problem(extension)] limit: u32` and `#[header("Retry-After")] retry_after: u64`.
    RateLimited { limit: u32, retry_after: u64 },
    /// `#[status(503, expose)]` with `#[header("Retry-After")] retry_after: u64`.
    Maintenance { retry_after: u64 },
    /// `#[status(500)]`: the message names a database and a password; clients never see it.
    Database(std::io::Error),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NoSuchUser(id) => write!(f, "no user has id {id}"),
            ApiError::EmailTaken(email) => write!(f, "\"{email}\" is already used"),
            ApiError::Invalid(inner) => inner.fmt(f),
            ApiError::NotSignedIn => f.write_str("sign in first"),
            ApiError::RateLimited { limit, .. } => write!(f, "at most {limit} searches a minute"),
            ApiError::Maintenance { .. } => f.write_str("back in two minutes"),
            ApiError::Database(_) => {
                f.write_str("postgres://admin:hunter2@db/users is unreachable")
            }
        }
    }
}

impl Error for ApiError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ApiError::Database(inner) => Some(inner),
            _ => None,
        }
    }
}

impl HttpError for ApiError {
    fn status(&self) -> Status {
        match self {
            ApiError::NoSuchUser(_) => Status::NotFound,
            ApiError::EmailTaken(_) => Status::Conflict,
            ApiError::Invalid(inner) => inner.status(),
            ApiError::NotSignedIn => Status::Unauthorized,
            ApiError::RateLimited { .. } => Status::TooManyRequests,
            ApiError::Maintenance { .. } => Status::ServiceUnavailable,
            ApiError::Database(_) => Status::InternalServerError,
        }
    }

    fn exposes_detail(&self) -> bool {
        match self {
            ApiError::Invalid(inner) => inner.exposes_detail(),
            ApiError::Maintenance { .. } => true,
            _ => !self.status().is_server_error(),
        }
    }

    fn problem_type(&self) -> Option<&'static str> {
        match self {
            ApiError::Invalid(inner) => inner.problem_type(),
            ApiError::RateLimited { .. } => Some("https://example.com/probs/rate-limited"),
            _ => None,
        }
    }

    fn problem_title(&self) -> Option<&'static str> {
        match self {
            ApiError::Invalid(inner) => inner.problem_title(),
            ApiError::RateLimited { .. } => Some("Slow down"),
            _ => None,
        }
    }

    fn problem_extensions(&self, members: &mut Extensions<'_>) {
        match self {
            ApiError::Invalid(inner) => inner.problem_extensions(members),
            ApiError::RateLimited { limit, .. } => members.insert("limit", limit),
            _ => {}
        }
    }

    fn headers(&self, sink: &mut dyn HeaderSink) {
        match self {
            ApiError::Invalid(inner) => inner.headers(sink),
            ApiError::NotSignedIn => {
                sink.header(
                    "WWW-Authenticate",
                    HeaderValue::Static("Bearer realm=\"admin\""),
                );
            }
            ApiError::RateLimited { retry_after, .. } | ApiError::Maintenance { retry_after } => {
                sink.header("Retry-After", HeaderValue::display(retry_after));
            }
            _ => {}
        }
    }

    fn as_error(&self) -> Option<&dyn Error> {
        statuskit::__private::as_error!(self)
    }
}

statuskit::__private::impl_responses!({} { ApiError } {});

/// A rejected field: `#[status(422)]`, `#[problem(extension)] field: &'static str`.
#[derive(Debug)]
struct Invalid {
    field: &'static str,
    reason: &'static str,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.reason)
    }
}

impl HttpError for Invalid {
    fn status(&self) -> Status {
        Status::UnprocessableContent
    }

    fn problem_extensions(&self, members: &mut Extensions<'_>) {
        members.insert("field", &self.field);
    }
}

/// The same API for Korean clients: `#[http_error(title = "ko")]`, `#[status(404)]`.
#[derive(Debug)]
struct KoNoSuchUser(u32);

impl fmt::Display for KoNoSuchUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}번 사용자가 없습니다", self.0)
    }
}

impl HttpError for KoNoSuchUser {
    fn status(&self) -> Status {
        Status::NotFound
    }

    fn problem_title(&self) -> Option<&'static str> {
        self.status().name_ko()
    }
}

statuskit::__private::impl_responses!({} { KoNoSuchUser } {});

async fn user(Path(id): Path<u32>) -> Result<String, ApiError> {
    match id {
        1 => Ok("kim\n".into()),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

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

async fn ko_user(Path(id): Path<u32>) -> Result<&'static str, KoNoSuchUser> {
    Err(KoNoSuchUser(id))
}

fn app() -> Router {
    Router::new()
        .route("/users/{id}", get(user))
        .route("/ko/users/{id}", get(ko_user))
        .route("/users", post(sign_up))
        .route(
            "/admin",
            get(|| async { Err::<(), _>(ApiError::NotSignedIn) }),
        )
        .route(
            "/search",
            get(|| async {
                Err::<(), _>(ApiError::RateLimited {
                    limit: 10,
                    retry_after: 30,
                })
            }),
        )
        .route(
            "/upload",
            post(|| async { Err::<(), _>(ApiError::Maintenance { retry_after: 120 }) }),
        )
        .route(
            "/report",
            get(|| async {
                Err::<(), _>(ApiError::Database(std::io::Error::other(
                    "connection refused",
                )))
            }),
        )
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".into());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}
