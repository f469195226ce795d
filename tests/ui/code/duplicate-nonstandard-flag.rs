//! #[derive(HttpError)] rejects this input (duplicate nonstandard flag); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(420, nonstandard, nonstandard)]
    Calm,
}

fn main() {}
