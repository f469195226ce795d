//! #[derive(HttpError)] rejects this input (success status as enum default); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(204)]
enum ApiError {
    #[error("x")]
    Quiet,
    #[error("y")]
    Loud,
}

fn main() {}
