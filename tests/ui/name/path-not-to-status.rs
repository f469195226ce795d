//! #[derive(HttpError)] rejects this input (path not to status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(StatusCode::NotFound)]
    Missing,
}

fn main() {}
