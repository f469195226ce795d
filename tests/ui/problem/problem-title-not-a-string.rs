//! #[derive(HttpError)] rejects this input (a title that is not a string); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(429)]
    #[problem(title = SlowDown)]
    RateLimited,
}

fn main() {}
