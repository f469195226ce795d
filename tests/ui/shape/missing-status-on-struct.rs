//! #[derive(HttpError)] rejects this input (missing status on struct); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("already exists")]
struct AlreadyExists;

fn main() {}
