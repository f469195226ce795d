//! #[derive(HttpError)] rejects this input (thiserror's #[error(transparent)] on a variant with no status and no default); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("missing")]
#[status(404)]
struct Missing;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    Missing(#[from] Missing),
    #[error("database")]
    #[status(500)]
    Db,
}

fn main() {}
