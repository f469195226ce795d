//! #[derive(HttpError)] rejects this input (success status on error); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(200)]
    Fine,
}

fn main() {}
