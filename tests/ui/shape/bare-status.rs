//! #[derive(HttpError)] rejects this input (bare status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status]
    Missing,
}

fn main() {}
