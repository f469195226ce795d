//! #[derive(HttpError)] rejects this input (a boxed transparent field whose type is not an HttpError); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Fmt(Box<std::fmt::Error>),
}

fn main() {}
