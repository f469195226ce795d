//! #[derive(HttpError)] rejects this input (a constant member that is not a literal); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

const CODE: &str = "ORDER_NOT_FOUND";

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    #[problem(extension(code = CODE))]
    Missing,
}

fn status() -> Status {
    Status::NotFound
}

fn main() {}
