//! #[derive(HttpError)] rejects this input (#[problem] on a transparent variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    #[problem(title = "Inner")]
    Inner(Box<ApiError>),
}

fn main() {}
