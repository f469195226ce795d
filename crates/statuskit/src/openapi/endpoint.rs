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
/// A status of `S` that `E` never answers is a compile error (at `cargo build`: the check is a
/// constant, evaluated where the responses are built), which names the error type and the
/// status: `evaluation of `Answered::<ApiError, 429>::OK` failed`. An `E` with a
/// `#[status(transparent)]` variant may answer any status its field does, which the derive
/// cannot see, so for it the check accepts every status and the document keeps those `E`
/// documents.
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

impl<E: ?Sized + utoipa::IntoResponses + Answers, S: EndpointStatuses> utoipa::IntoResponses
    for EndpointResponses<E, S>
{
    fn responses() -> Responses {
        S::__statuskit_check::<E>();
        let mut responses = E::responses();
        responses.retain(|code, _| {
            S::STATUSES
                .iter()
                .any(|status| code.parse() == Ok(status.code()))
        });
        responses
    }
}

/// The statuses a `#[derive(HttpError)]` type answers itself, which `EndpointResponses` checks
/// an endpoint's statuses against; the derive implements it beside `IntoResponses`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not say which statuses it answers, which `EndpointResponses` checks",
    label = "not a `#[derive(HttpError)]` type",
    note = "derive `HttpError` for it with statuskit's `utoipa` feature on; for a hand-written `IntoResponses`, keep its own responses"
)]
pub trait Answers {
    /// The codes of the statuses of its non-transparent variants, ascending.
    const CODES: &'static [u16];
    /// Whether it has a `#[status(transparent)]` variant, which answers statuses not listed.
    const OPEN: bool;
}

/// `OK` evaluates only when `E` may answer `CODE`: the constant whose failure names both.
pub struct Answered<E: ?Sized, const CODE: u16>(PhantomData<E>);

impl<E: ?Sized + Answers, const CODE: u16> Answered<E, CODE> {
    /// Fails to evaluate when `E` never answers `CODE`.
    pub const OK: () = if !E::OPEN && !contains(E::CODES, CODE) {
        panic!(
            "EndpointResponses<E, S>: S names a status E never answers (E and the status code \
             are the parameters of `Answered` in this error); remove it from S, or give E a \
             variant that answers it"
        )
    };
}

const fn contains(codes: &[u16], code: u16) -> bool {
    let mut i = 0;
    while i < codes.len() {
        if codes[i] == code {
            return true;
        }
        i += 1;
    }
    false
}

/// A `StatusEnum` whose statuses `EndpointResponses` can check at compile time: each is checked
/// by a constant of its own code; `#[derive(StatusEnum)]` implements it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be checked against an error type's statuses",
    label = "not a `#[derive(StatusEnum)]` type",
    note = "derive `StatusEnum` for it with statuskit's `utoipa` feature on"
)]
pub trait EndpointStatuses: StatusEnum {
    /// Evaluates `Answered::<E, CODE>::OK` for each of the enum's codes.
    fn __statuskit_check<E: ?Sized + Answers>();
}
