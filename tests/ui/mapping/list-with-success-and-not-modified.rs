//! #[derive(HttpError)] rejects this input (a 2xx and a 304 in a list); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

fn choose(_: &u32) -> Status {
    Status::NotFound
}

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404 | 200 | 304, by = choose)]
    Db(u32),
}

fn main() {}
