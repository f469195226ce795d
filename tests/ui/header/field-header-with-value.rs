//! #[derive(HttpError)] rejects this input (a field header with a constant value); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(429)]
struct SlowDown {
    #[header("Retry-After", "30")]
    retry_after: u64,
}

fn main() {}
