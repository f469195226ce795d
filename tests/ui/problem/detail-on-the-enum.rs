//! #[derive(HttpError)] rejects this input (a detail template on the enum, whose variants have different fields); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[problem(detail = "something went wrong")]
enum ApiError {
    #[error("order {0} not found")]
    #[status(404)]
    NoSuchOrder(u64),
}

fn main() {}
