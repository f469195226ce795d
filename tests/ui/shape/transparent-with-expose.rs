//! #[derive(HttpError)] rejects this input (transparent with expose); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent, expose)]
    Inner(Box<ApiError>),
}

fn main() {}
