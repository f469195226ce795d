//! #[derive(HttpError)] rejects this input (unknown phrase no suggestion); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status("Something Broke")]
    Broken,
}

fn main() {}
