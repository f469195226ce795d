//! #[derive(HttpError)] rejects this input (status on field); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    Auth(#[status(401)] String),
}

fn main() {}
