//! #[derive(HttpError)] rejects this input (unknown name no suggestion); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(Banana)]
    Fruit,
}

fn main() {}
