//! #[derive(HttpError)] rejects this input (string instead of unknown code); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status("299")]
    Odd,
}

fn main() {}
