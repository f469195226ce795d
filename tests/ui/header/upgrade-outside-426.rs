//! #[derive(HttpError)] rejects this input (Upgrade on a status other than 426); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(400)]
    #[header("Upgrade", "h2c")]
    Bad,
}

fn main() {}
