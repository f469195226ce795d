//! #[derive(HttpError)] rejects this input (code above range); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(600)]
    Odd,
}

fn main() {}
