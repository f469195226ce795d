//! #[derive(HttpError)] rejects this input (transparent struct with two fields); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("{name}: {message}")]
#[status(transparent)]
struct Wrapper {
    name: String,
    message: String,
}

fn main() {}
