//! #[derive(HttpError)] rejects this input (a header field that is not Display); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(429)]
struct SlowDown {
    #[header("Retry-After")]
    retry_after: Vec<u64>,
}

fn main() {}
