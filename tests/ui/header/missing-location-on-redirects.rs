//! #[derive(HttpError)] rejects this input (redirects without a Location header); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum Moved {
    #[error("x")]
    #[status(301)]
    Permanently,
    #[error("x")]
    #[status(302)]
    Found,
    #[error("x")]
    #[status(SeeOther)]
    SeeOther,
    #[error("x")]
    #[status(307)]
    Temporary,
    #[error("x")]
    #[status("Permanent Redirect")]
    Permanent,
}

fn main() {}
