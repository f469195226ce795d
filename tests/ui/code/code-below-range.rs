//! #[derive(HttpError)] rejects this input (code below range); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(99)]
    Odd,
}

fn main() {}
