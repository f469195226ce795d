//! #[derive(HttpError)] rejects this input (nonstandard flag on standard status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404, nonstandard)]
    Missing,
}

fn main() {}
