//! #[derive(HttpError)] rejects this input (a waiver on a field); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(401)]
struct Unauthorized {
    #[header(waive = "WWW-Authenticate")]
    realm: String,
}

fn main() {}
