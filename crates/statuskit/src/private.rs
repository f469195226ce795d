//! Items for the code `#[derive(HttpError)]` generates; not a public API.

use core::error::Error;

pub use crate::__statuskit_as_error as as_error;
pub use crate::__statuskit_impl_openapi as impl_openapi;
pub use crate::__statuskit_impl_responses as impl_responses;
pub use crate::__statuskit_with_openapi as with_openapi;
pub use crate::error::log::log_hidden;
pub use crate::error::particle::{Particle, Particled};
#[cfg(feature = "actix-web")]
pub use crate::response::actix::{
    error_response as actix_error_response, status_code as actix_status_code,
};
#[cfg(feature = "axum")]
pub use crate::response::axum::into_response as axum_response;
#[cfg(feature = "actix-web")]
pub use actix_web;
#[cfg(feature = "axum")]
pub use axum_core as axum;
#[cfg(feature = "utoipa")]
pub use utoipa;

/// The status of an arm written `#[status(404 | 409 | 500, by = f)]`: what `f` chose, when it
/// is one of `listed`; else `fallback` (the first 5xx listed, or 500), so a function that
/// answers something unplanned (a 200, a 304) can never put it on the wire.
pub fn chosen_status(
    chosen: crate::Status,
    listed: &[crate::Status],
    fallback: crate::Status,
) -> crate::Status {
    if listed.contains(&chosen) {
        chosen
    } else {
        fallback
    }
}

/// Logs, with `tracing`, a status `function` chose outside `listed`; the derive calls it from
/// `log_hidden`, once per response.
pub fn check_chosen(
    chosen: crate::Status,
    listed: &[crate::Status],
    fallback: crate::Status,
    function: &'static str,
) {
    if !listed.contains(&chosen) {
        crate::error::log::chosen_outside_list(function, chosen, fallback);
    }
}

/// Why a `#[header]` field's type cannot be sent: every such type must be `Display`, and the
/// derive calls [`header_display`] on it so that the error says so in statuskit's words.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header's value: it does not implement `Display`",
    label = "not `Display`",
    note = "a #[header] field is sent as its `Display` text; it may also be `core::time::Duration` (sent as whole seconds) or an `Option` of either (sent only when `Some`)"
)]
pub trait HeaderField: core::fmt::Display {}

impl<T: ?Sized + core::fmt::Display> HeaderField for T {}

/// A `#[header]` field's value: `HeaderValue::display`, with a bound whose error names the fix.
pub fn header_display<T: HeaderField>(value: &T) -> crate::HeaderValue<'_> {
    crate::HeaderValue::Display(value)
}

/// The OpenAPI description table `impl_openapi!` takes, and the builder it calls.
#[cfg(feature = "utoipa")]
pub mod openapi {
    pub use crate::openapi::{
        AnswersStatus, DefaultFallback, DefaultFn, DefaultOf, DefaultViaDefault, Documented,
        EndpointStatuses, ExtensionDoc, HeaderDoc, Responses, ResponsesFallback, ResponsesOf,
        ResponsesViaBox, ResponsesViaIntoResponses, SchemaFallback, SchemaFn, SchemaOf,
        SchemaViaToSchema, Transparent, ValueType, VariantDoc, decode, no_default, no_schema,
        responses,
    };
}

/// A borrowed error whose methods answer `HttpError::as_error`: the one of
/// [`AsErrorViaError`] when the type implements `Error`, else the one of [`AsErrorFallback`].
///
/// Method resolution tries receivers taken by value before borrowed ones, so the first impl (by
/// value) wins whenever its bound holds and the second (by reference) answers otherwise ("autoref
/// specialization"); this lets the derive ask without knowing whether the type is an `Error`.
///
/// ```
/// use statuskit::__private::{AsErrorFallback as _, AsErrorViaError as _, ErrorRef};
///
/// let error = core::fmt::Error;
/// assert!(ErrorRef(&error).__statuskit_as_error().is_some());
/// assert!(ErrorRef(&42).__statuskit_as_error().is_none());
/// ```
pub struct ErrorRef<'a, T: ?Sized>(pub &'a T);

/// `Some(error)` for a type that implements `Error`.
pub trait AsErrorViaError<'a> {
    /// The error, as a trait object.
    fn __statuskit_as_error(self) -> Option<&'a dyn Error>;
}

impl<'a, T: Error> AsErrorViaError<'a> for ErrorRef<'a, T> {
    fn __statuskit_as_error(self) -> Option<&'a dyn Error> {
        Some(self.0)
    }
}

/// `None` for any other type.
pub trait AsErrorFallback<'a> {
    /// Always `None`.
    fn __statuskit_as_error(&self) -> Option<&'a dyn Error>;
}

impl<'a, T: ?Sized> AsErrorFallback<'a> for ErrorRef<'a, T> {
    fn __statuskit_as_error(&self) -> Option<&'a dyn Error> {
        None
    }
}

/// The body of a derived `HttpError::as_error`: `Some(error)` when the type of `$error` (a
/// reference) implements `core::error::Error`, else `None`; re-exported as
/// `statuskit::__private::as_error`.
///
/// ```
/// # #[derive(Debug)]
/// # struct Failed;
/// # impl core::fmt::Display for Failed {
/// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
/// # }
/// impl core::error::Error for Failed {}
///
/// let failed = Failed;
/// let error: Option<&dyn core::error::Error> = statuskit::__private::as_error!(&failed);
/// assert!(error.is_some());
/// let number: Option<&dyn core::error::Error> = statuskit::__private::as_error!(&42);
/// assert!(number.is_none());
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_as_error {
    ($error:expr) => {{
        #[allow(unused_imports)]
        use $crate::__private::{AsErrorFallback as _, AsErrorViaError as _};
        $crate::__private::ErrorRef($error).__statuskit_as_error()
    }};
}
