//! #[derive(HttpError)] rejects this input (code beyond u16); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(70000)]
    Odd,
}

fn main() {}
