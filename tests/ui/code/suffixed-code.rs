//! #[derive(HttpError)] rejects this input (a code with a type suffix); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404u16)]
    Missing,
}

fn main() {}
