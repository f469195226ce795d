//! #[derive(HttpError)] rejects this input (a listed 401 without WWW-Authenticate, and Retry-After beside a 404); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

fn choose(_: &u32) -> Status {
    Status::NotFound
}

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(429 | 401 | 404, by = choose)]
    Db {
        #[header("Retry-After")]
        seconds: u32,
    },
}

fn main() {}
