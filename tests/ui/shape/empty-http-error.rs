//! #[derive(HttpError)] rejects this input (empty http error); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error()]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
}

fn main() {}
