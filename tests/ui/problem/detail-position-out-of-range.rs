//! #[derive(HttpError)] rejects this input (a detail template naming a tuple field past the last); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("order {0} not found")]
#[status(404)]
#[problem(detail = "order {0} not found", detail_ko = "주문 {1}을(를) 찾을 수 없습니다")]
struct NoSuchOrder(u64);

fn main() {}
