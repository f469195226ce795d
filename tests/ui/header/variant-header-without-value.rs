//! #[derive(HttpError)] rejects this input (a variant header without a value); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    #[header("X-Reason")]
    Forbidden,
}

fn main() {}
