//! #[derive(HttpError)] rejects this input (a header name that is not a token); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    #[header("X Reason", "credit")]
    Forbidden,
}

fn main() {}
