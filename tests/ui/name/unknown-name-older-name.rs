//! #[derive(HttpError)] rejects this input (unknown name older name); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(RequestEntityTooLarge)]
    TooBig,
}

fn main() {}
