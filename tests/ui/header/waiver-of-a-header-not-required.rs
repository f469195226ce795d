//! #[derive(HttpError)] rejects this input (a waiver of the wrong header); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(407)]
#[header(waive = "WWW-Authenticate")]
struct Proxy;

fn main() {}
