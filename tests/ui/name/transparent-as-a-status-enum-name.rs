//! #[derive(HttpError)] rejects this input (transparent as a status enum name); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(Transparent)]
    Inner,
}

fn main() {}
