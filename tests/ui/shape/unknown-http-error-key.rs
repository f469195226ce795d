//! #[derive(HttpError)] rejects this input (unknown http error key); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(krate = statuskit)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
}

fn main() {}
