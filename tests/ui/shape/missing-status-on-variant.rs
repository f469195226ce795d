//! #[derive(HttpError)] rejects this input (missing status on variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
    #[error("database: {0}")]
    Db(String),
}

fn main() {}
