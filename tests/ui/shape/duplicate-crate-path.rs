//! #[derive(HttpError)] rejects this input (duplicate crate path); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(crate = statuskit)]
#[http_error(crate = statuskit)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
}

fn main() {}
