//! #[derive(HttpError)] rejects this input (a detail template naming a named field by its position); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("order {id} not found")]
#[status(404)]
#[problem(detail = "order {0} not found")]
struct NoSuchOrder {
    id: u64,
}

fn main() {}
