//! #[derive(HttpError)] rejects this input (unknown name missing letter); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(NotFund)]
    Missing,
}

fn main() {}
