//! #[derive(HttpError)] rejects this input (duplicate enum default); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
#[status(503)]
enum ApiError {
    #[error("x")]
    Down,
}

fn main() {}
