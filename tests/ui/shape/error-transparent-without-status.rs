//! #[derive(HttpError)] rejects this input (thiserror's #[error(transparent)] on a variant that would take the enum's default); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("sign in")]
#[status(401)]
#[header("WWW-Authenticate", "Bearer")]
struct Unauthorized;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
enum ApiError {
    #[error(transparent)]
    Auth(#[from] Unauthorized),
    #[error("database")]
    Db,
}

fn main() {}
