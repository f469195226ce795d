//! #[derive(HttpError)] rejects this input (a tuple field marked extension without a name); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(403)]
    OutOfCredit(#[problem(extension)] i64),
}

fn main() {}
