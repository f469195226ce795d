//! #[derive(HttpError)] rejects this input (transparent with two fields); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(transparent)]
    Inner(std::io::Error, String),
}

fn main() {}
