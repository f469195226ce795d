//! `EndpointResponses`: an error type's responses cut down to the statuses one endpoint answers.

use core::marker::PhantomData;

use super::Responses;
use crate::StatusEnum;

/// The `utoipa::IntoResponses` of `E` limited to the statuses of the `StatusEnum` `S`: the
/// responses one endpoint documents when it answers only some of its error type's statuses.
///
/// ```
/// use statuskit::{EndpointResponses, HttpError, StatusEnum};
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, HttpError)]
/// enum ApiError {
///     #[status(404)]
///     Missing,
///     #[status(429)]
///     #[header("Retry-After", "1")]
///     SlowDown,
///     #[status(503)]
///     Down,
/// }
/// # impl core::fmt::Display for ApiError {
/// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
/// # }
///
/// /// What `GET /orders/{id}` answers besides 200: no rate limit there.
/// #[derive(Clone, Copy, StatusEnum)]
/// enum GetOrder {
///     NotFound,
///     ServiceUnavailable,
/// }
///
/// let responses = EndpointResponses::<ApiError, GetOrder>::responses();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "503"]);
/// ```
///
/// In a path: `responses((status = 200, body = Order), statuskit::EndpointResponses<ApiError,
/// GetOrder>)`. A status of `S` that `E` never answers adds nothing.
pub struct EndpointResponses<E: ?Sized, S>(PhantomData<S>, PhantomData<E>);

impl<E: ?Sized + utoipa::IntoResponses, S: StatusEnum> utoipa::IntoResponses
    for EndpointResponses<E, S>
{
    fn responses() -> Responses {
        let mut responses = E::responses();
        responses.retain(|code, _| {
            S::STATUSES
                .iter()
                .any(|status| code.parse() == Ok(status.code()))
        });
        responses
    }
}
