//! #[derive(HttpError)] rejects this input (type_base that is not an absolute URI, and a malformed type); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

#[derive(Debug, thiserror::Error, HttpError)]
#[problem(type_base = "errors.example.com/")]
enum ApiError {
    #[error("x")]
    #[status(404)]
    #[problem(type = "order%zz")]
    Missing,
    #[error("x")]
    #[status(409)]
    #[problem(type_base = "https://example.com/")]
    Taken,
}

fn status() -> Status {
    Status::NotFound
}

fn main() {}
