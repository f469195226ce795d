//! #[derive(HttpError)] rejects this input (constant members named like a standard member, twice, or like a field's); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(422)]
#[problem(extension(title = "Bad", code = "A", code = "B", field = "x"))]
struct Invalid {
    #[problem(extension)]
    field: &'static str,
}

fn status() -> Status {
    Status::NotFound
}

fn main() {}
