//! #[derive(HttpError)] rejects this input (transparent as enum default); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(transparent)]
enum ApiError {
    #[error(transparent)]
    Io(std::fmt::Error),
}

fn main() {}
