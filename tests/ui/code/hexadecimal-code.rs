//! #[derive(HttpError)] rejects this input (a code in hexadecimal); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(0x194)]
    Missing,
}

fn main() {}
