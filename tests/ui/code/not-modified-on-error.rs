//! #[derive(HttpError)] rejects this input (304, a status whose response carries no content); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum CacheError {
    #[error("x")]
    #[status(304)]
    NotModified,
    #[error("x")]
    #[status(204)]
    NoContent,
    #[error("x")]
    #[status(ResetContent)]
    ResetContent,
}

fn main() {}
