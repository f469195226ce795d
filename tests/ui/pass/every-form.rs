//! Every accepted attribute form, on enums and structs, with thiserror beside the derive.

use statuskit::{HttpError, Status};

#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
enum ApiError {
    #[error("user {0} not found")]
    #[status(404)]
    UserNotFound(u64),
    #[error("email already used")]
    #[status(Conflict)]
    DuplicateEmail,
    #[error("gone")]
    #[status(Status::Gone)]
    Gone,
    #[error("too large")]
    #[status("content too large")]
    TooLarge,
    #[error("too large, said the old way")]
    #[status("Request Entity Too Large",)]
    TooLargeOld,
    #[error("calm down")]
    #[status(420, nonstandard)]
    Calm,
    #[error("calm down, by name")]
    #[status(EnhanceYourCalm, nonstandard)]
    CalmByName,
    #[error("teapot")]
    #[status("I'm a teapot", nonstandard)]
    Teapot,
    #[error(transparent)]
    #[status(transparent)]
    Auth(#[from] AuthError),
    #[error("slow down")]
    #[status(429)]
    RateLimited { retry_after: u64 },
    #[error("database: {0}")]
    Db(String),
}

#[derive(Debug, thiserror::Error, HttpError)]
#[error("unauthorized")]
#[status(401)]
#[header("WWW-Authenticate", "Bearer")]
struct AuthError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("already exists")]
#[status(409)]
struct AlreadyExists;

#[derive(Debug, thiserror::Error, HttpError)]
#[error(transparent)]
#[status(transparent)]
struct Wrapped {
    source: ApiError,
}

fn main() {
    assert_eq!(ApiError::DuplicateEmail.status(), Status::Conflict);
    assert_eq!(ApiError::Auth(AuthError).status(), Status::Unauthorized);
    assert_eq!(AlreadyExists.status(), Status::Conflict);
    assert_eq!(Wrapped { source: ApiError::Db(String::new()) }.status(), Status::InternalServerError);
}
