//! #[derive(HttpError)] rejects this input (an extension named status); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(403)]
struct OutOfCredit {
    #[problem(extension)]
    status: u16,
}

fn main() {}
