//! #[derive(HttpError)] rejects this input (a constant header value that is not ASCII); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(409)]
    #[header("X-Note", "한국어")]
    Korean,
    #[error("x")]
    #[status(409)]
    #[header("X-Note", "café")]
    Accented,
    #[error("x")]
    #[status(409)]
    #[header("X-Note", "delete\x7f")]
    Delete,
}

fn main() {}
