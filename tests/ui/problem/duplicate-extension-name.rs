//! #[derive(HttpError)] rejects this input (two fields with one extension name); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(403)]
struct OutOfCredit {
    #[problem(extension)]
    balance: i64,
    #[problem(extension = "balance")]
    other: i64,
}

fn main() {}
