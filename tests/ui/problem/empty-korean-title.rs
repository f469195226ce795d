//! #[derive(HttpError)] rejects this input (an empty Korean title, and one given twice); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(429)]
    #[problem(title = "Slow down", title_ko = " ")]
    RateLimited,
    #[error("y")]
    #[status(403)]
    #[problem(title_ko = "잔액 부족", title_ko = "잔액 없음")]
    NoCredit,
}

fn main() {}
