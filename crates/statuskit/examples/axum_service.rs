//! An axum service whose handlers return `Result<_, ApiError>` and answer RFC 9457 problems.
//!
//! Run it with `cargo run -p statuskit --example axum_service --features axum`, then e.g.
//! `curl -i localhost:3000/users/7`. `PORT` changes the port.

use std::error::Error;
use std::fmt;

use axum::Router;
use axum::extract::Path;
use axum::routing::{get, post};
use statuskit::HttpError;

/// Everything the API can fail with.
#[derive(Debug, HttpError)]
enum ApiError {
    #[status(NotFound)]
    NoSuchUser(u32),
    #[status(409)]
    EmailTaken(String),
    /// A struct error with its own mapping.
    #[status(transparent)]
    Invalid(Invalid),
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer realm=\"admin\"")]
    NotSignedIn,
    #[status(429)]
    #[problem(type = "https://example.com/probs/rate-limited", title = "Slow down")]
    RateLimited {
        #[problem(extension)]
        limit: u32,
        #[header("Retry-After")]
        retry_after: u64,
    },
    #[status(503, expose)]
    Maintenance {
        #[header("Retry-After")]
        retry_after: u64,
    },
    /// The message names a database and a password; clients never see it.
    #[status(500)]
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

/// A rejected field.
#[derive(Debug, HttpError)]
#[status(422)]
struct Invalid {
    #[problem(extension)]
    field: &'static str,
    reason: &'static str,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.reason)
    }
}

/// The same API for Korean clients.
#[derive(Debug, HttpError)]
#[status(404)]
#[http_error(title = "ko")]
struct KoNoSuchUser(u32);

impl fmt::Display for KoNoSuchUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}번 사용자가 없습니다", self.0)
    }
}

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
