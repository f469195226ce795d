//! #[derive(HttpError)] rejects this input (duplicate status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    #[status(410)]
    Missing,
}

fn main() {}
