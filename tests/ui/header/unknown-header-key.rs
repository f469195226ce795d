//! #[derive(HttpError)] rejects this input (an unknown #[header] key); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    #[header(key = "X-Reason", value = "credit")]
    Forbidden,
}

fn main() {}
