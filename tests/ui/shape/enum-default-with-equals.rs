//! #[derive(HttpError)] rejects this input (enum default with equals); the .stderr beside it is the expected message.

use statuskit::HttpError;

// One error for the default; the variants that rely on it are not blamed as well.
#[derive(Debug, thiserror::Error, HttpError)]
#[status = 500]
enum ApiError {
    #[error("x")]
    Down,
    #[error("y")]
    Slow,
}

fn main() {}
