//! #[derive(HttpError)] rejects this input (an enum default of 405 without Allow); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(405)]
enum ApiError {
    #[error("x")]
    Method,
}

fn main() {}
