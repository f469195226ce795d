//! #[derive(HttpError)] rejects this input (every error in one compile); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(Conflit)]
    Duplicate,
    #[error("x")]
    #[status(299)]
    Odd,
    #[error("x")]
    #[status(201)]
    Made,
    #[error("x")]
    Db(String),
    #[error("x")]
    #[status(transparent)]
    Empty,
}

// The stub impl keeps these uses quiet: only the attribute errors above are reported.
fn main() {
    let status: Status = ApiError::Duplicate.status();
    let _ = (status, ApiError::Odd.exposes_detail());
}
