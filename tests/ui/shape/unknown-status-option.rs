//! #[derive(HttpError)] rejects this input (unknown status option); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404, hide)]
    Missing,
}

fn main() {}
