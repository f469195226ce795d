//! #[derive(HttpError)] rejects this input (Retry-After on a 400); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(400)]
    Bad {
        #[header("Retry-After")]
        retry_after: u64,
    },
}

fn main() {}
