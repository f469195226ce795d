//! `EndpointResponses<E, S>` rejects an `S` with a status `E` never answers (429 here); the
//! .stderr beside it is the expected message, which names the error type and the status.

use statuskit::{HttpError, StatusEnum};

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[status(404)]
    #[error("missing")]
    Missing,
    #[status(503)]
    #[error("down")]
    Down,
}

/// What `GET /orders/{id}` answers: 429 is not among `ApiError`'s statuses.
#[derive(Clone, Copy, StatusEnum)]
enum GetOrder {
    NotFound,
    TooManyRequests,
}

/// Reads an order.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    responses((status = 200), statuskit::EndpointResponses<ApiError, GetOrder>)
)]
#[allow(dead_code)]
fn get_order() {}

fn main() {}
