//! #[derive(HttpError)] rejects this input (http error on variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    #[http_error(crate = statuskit)]
    Missing,
}

fn main() {}
