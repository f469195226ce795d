//! #[derive(HttpError)] rejects this input (code unassigned); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(299)]
    Odd,
}

fn main() {}
