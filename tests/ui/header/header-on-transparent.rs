//! #[derive(HttpError)] rejects this input (a header on a transparent variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    #[header("X-Reason", "inner")]
    Inner(Box<ApiError>),
}

fn main() {}
