//! #[derive(HttpError)] rejects this input (transparent without field); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(transparent)]
    Inner,
}

fn main() {}
