//! #[derive(HttpError)] rejects this input (an extension field that is not Serialize); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(429)]
struct Limited {
    #[problem(extension)]
    since: std::time::Instant,
}

fn main() {}
