//! #[derive(HttpError)] rejects this input (code reserved); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(306)]
    Switch,
}

fn main() {}
