//! #[derive(HttpError)] rejects this input (transparent in a list of statuses); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

fn choose(_: &u32) -> Status {
    Status::NotFound
}

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404 | transparent, by = choose)]
    Db(u32),
}

fn main() {}
