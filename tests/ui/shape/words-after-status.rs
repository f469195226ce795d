//! #[derive(HttpError)] rejects this input (words after status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404 NotFound)]
    Missing,
}

fn main() {}
