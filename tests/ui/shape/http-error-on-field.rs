//! #[derive(HttpError)] rejects this input (http error on field); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    Auth(#[http_error(crate = statuskit)] String),
}

fn main() {}
