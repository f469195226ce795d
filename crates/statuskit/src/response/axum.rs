//! `axum::response::IntoResponse` for error types, through `impl_responses!`.

use axum_core::body::Body;
use axum_core::response::Response;

use crate::HttpError;

/// The axum response of `err`: the `http` response with its body wrapped.
pub fn into_response<E: HttpError + ?Sized>(err: &E) -> Response {
    super::http::response(err).map(Body::from)
}
