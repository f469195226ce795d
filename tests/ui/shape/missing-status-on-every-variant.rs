//! #[derive(HttpError)] rejects this input (missing status on every variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    Missing,
    #[error("y")]
    Gone,
    #[error("z")]
    Db { message: String },
}

fn main() {}
