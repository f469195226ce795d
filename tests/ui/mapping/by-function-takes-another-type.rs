//! #[derive(HttpError)] rejects this input (a by function that takes another type than the field); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

fn choose(_: &String) -> Status {
    Status::NotFound
}

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404 | 409, by = choose)]
    Db(u32),
}

fn main() {}
