//! #[derive(HttpError)] rejects this input (`expose` given twice); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("down")]
#[status(503, expose, expose)]
struct Down;

fn main() {}
