//! #[derive(HttpError)] rejects this input (a placeholder in a title, which is the same for every occurrence of a problem); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("order {0} not found")]
    #[status(404)]
    #[problem(title_ko = "주문 {0}을(를) 찾을 수 없음")]
    NoOrder(u32),
    #[error("slow down")]
    #[status(429)]
    #[problem(title = "Slow down for {seconds:?} s", title_ko = "천천히 {{보내}} 주세요")]
    RateLimited { seconds: u64 },
}

fn main() {}
