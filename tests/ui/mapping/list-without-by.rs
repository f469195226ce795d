//! #[derive(HttpError)] rejects this input (a list of statuses without the function that chooses); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404 | 409)]
    Db(u32),
}

fn main() {}
