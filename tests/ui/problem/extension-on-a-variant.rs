//! #[derive(HttpError)] rejects this input (extension on a variant); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    #[problem(extension)]
    OutOfCredit(i64),
}

fn main() {}
