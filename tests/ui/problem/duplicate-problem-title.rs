//! #[derive(HttpError)] rejects this input (a title given twice); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(409)]
#[problem(title = "Taken")]
#[problem(title = "Taken again")]
struct Taken;

fn main() {}
