//! #[derive(HttpError)] rejects this input (a Korean title on a field); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(429)]
struct RateLimited {
    #[problem(title_ko = "천천히")]
    limit: u32,
}

fn main() {}
