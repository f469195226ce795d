//! #[derive(HttpError)] rejects this input (a title language other than ko); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(title = "en")]
#[error("x")]
#[status(409)]
struct Taken;

fn main() {}
