//! #[derive(HttpError)] rejects this input (string with code and phrase); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status("404 Not Found")]
    Missing,
}

fn main() {}
