//! #[derive(HttpError)] rejects this input (informational status on error); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(100)]
    Later,
}

fn main() {}
