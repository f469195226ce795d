//! #[derive(HttpError)] rejects this input (nonstandard code without flag); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("calm down")]
    #[status(420)]
    Calm,
}

fn main() {}
