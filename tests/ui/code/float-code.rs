//! #[derive(HttpError)] rejects this input (float code); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404.0)]
    Missing,
}

fn main() {}
