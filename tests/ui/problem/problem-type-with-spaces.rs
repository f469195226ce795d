//! #[derive(HttpError)] rejects this input (a problem type that is no URI); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(403)]
#[problem(type = "out of credit")]
struct OutOfCredit;

fn main() {}
