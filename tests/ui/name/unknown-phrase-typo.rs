//! #[derive(HttpError)] rejects this input (unknown phrase typo); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status("Not Fund")]
    Missing,
}

fn main() {}
