//! #[derive(HttpError)] rejects this input (unknown name constant case); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(NOT_FOUND)]
    Missing,
}

fn main() {}
