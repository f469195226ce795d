//! #[derive(HttpError)] rejects this input (unknown status key); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(code = 404)]
    Missing,
}

fn main() {}
