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
/// GetOrder>)`.
///
/// A status of `S` that `E` never answers is a compile error naming both: "`ApiError` never
/// answers status 429, which the endpoint's `StatusEnum` names". An `E` with a
/// `#[status(transparent)]` variant may answer any status its field does, which the derive
/// cannot see, so for it every status is accepted and the document keeps those `E` documents.
/// `E` is a `#[derive(HttpError)]` type and `S` a `#[derive(StatusEnum)]` one: the derives
/// write what the check reads (`tests/ui/openapi/endpoint-status-never-answered.rs` shows the
/// whole message).
///
/// ```compile_fail
/// # use statuskit::{EndpointResponses, HttpError, StatusEnum};
/// # use utoipa::IntoResponses;
/// #[derive(Debug, HttpError)]
/// enum ApiError {
///     #[status(404)]
///     Missing,
/// }
/// # impl core::fmt::Display for ApiError {
/// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
/// # }
/// #[derive(Clone, Copy, StatusEnum)]
/// enum GetOrder {
///     NotFound,
///     TooManyRequests, // `ApiError` never answers 429
/// }
/// let _ = EndpointResponses::<ApiError, GetOrder>::responses();
/// ```
pub struct EndpointResponses<E: ?Sized, S>(PhantomData<S>, PhantomData<E>);

impl<E: ?Sized + utoipa::IntoResponses, S: EndpointStatuses<E>> utoipa::IntoResponses
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

/// `Self` may answer the status `CODE`: `#[derive(HttpError)]` implements it for each status
/// of its non-transparent variants, and for every status when it has a transparent one (whose
/// field's statuses the derive cannot see).
#[diagnostic::on_unimplemented(
    message = "`{Self}` never answers status {CODE}, which the endpoint's `StatusEnum` names",
    label = "`EndpointResponses` with a status its error type never answers",
    note = "remove the status from the endpoint's `StatusEnum`, or give `{Self}` a variant with `#[status({CODE})]`"
)]
pub trait AnswersStatus<const CODE: u16> {}

/// `Self`'s statuses are all answered by `E`: `#[derive(StatusEnum)]` implements it for every
/// `E` that is `AnswersStatus` of each of its codes, so `EndpointResponses<E, Self>` names
/// an unanswered status as an unmet bound, at `cargo check`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` names a status `{E}` never answers",
    label = "not every status of this `StatusEnum` is answered by `{E}`",
    note = "derive `StatusEnum` for it with statuskit's `utoipa` feature on"
)]
pub trait EndpointStatuses<E: ?Sized>: StatusEnum {}
