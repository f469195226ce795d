//! #[derive(HttpError)] rejects this input (a format spec no type implements); the .stderr beside it is the expected message, pointing at the template.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("order {0} not found")]
#[status(404)]
#[problem(detail = "order {0:q} not found")]
struct NoSuchOrder(u64);

fn main() {}
