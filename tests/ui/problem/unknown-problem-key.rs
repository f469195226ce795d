//! #[derive(HttpError)] rejects this input (unknown #[problem] key); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    #[problem(kind = "https://example.com/probs/x")]
    Forbidden,
}

fn main() {}
