//! #[derive(HttpError)] rejects this input (transparent field not http error); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Fmt(std::fmt::Error),
}

fn main() {}
