//! #[derive(HttpError)] rejects this input (success status by name); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(Created)]
    Made,
}

fn main() {}
