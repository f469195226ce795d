//! #[derive(HttpError)] rejects this input (a 401 without WWW-Authenticate); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(401)]
    Unauthorized,
    #[error("x")]
    #[status(MethodNotAllowed)]
    Method,
}

fn main() {}
