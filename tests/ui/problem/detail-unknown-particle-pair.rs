//! #[derive(HttpError)] rejects this input (a particle pair written the wrong way round); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("order {0} not found")]
#[status(404)]
#[problem(detail_ko = "주문 {0}를(을) 찾을 수 없습니다")]
struct NoSuchOrder(u64);

fn main() {}
