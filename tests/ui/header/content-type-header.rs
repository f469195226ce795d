//! #[derive(HttpError)] rejects this input (a Content-Type header); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(400)]
    #[header("Content-Type", "text/plain")]
    Bad,
}

fn main() {}
