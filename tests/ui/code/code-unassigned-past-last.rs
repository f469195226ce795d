//! #[derive(HttpError)] rejects this input (code unassigned past last); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(599)]
    Odd,
}

fn main() {}
