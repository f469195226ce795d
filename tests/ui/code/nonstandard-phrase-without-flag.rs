//! #[derive(HttpError)] rejects this input (nonstandard phrase without flag); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("teapot")]
    #[status("I'm a teapot")]
    Teapot,
}

fn main() {}
