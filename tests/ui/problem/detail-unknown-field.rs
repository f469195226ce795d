//! #[derive(HttpError)] rejects this input (a detail template naming a field the variant does not have); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("order {order_id} not found")]
    #[status(404)]
    #[problem(detail = "order {ordr_id} not found")]
    NoSuchOrder { order_id: u64 },
}

fn main() {}
