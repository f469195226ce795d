//! What the integrations log with `tracing`: errors whose message the client never sees,
//! and the parts of a response left out because they could not be written. Without the feature
//! every function here does nothing.

#[cfg(feature = "tracing")]
use core::error::Error;
#[cfg(feature = "tracing")]
use core::fmt;

use super::erased::ErasedHttpError;
use crate::Status;

/// Logs `err` at error level for a server error, warn for a client error (whose text was a
/// foreign error's): its status, its `Display` text and, when it is reachable through
/// [`HttpError::as_error`], its `source()` chain joined with `": "`.
#[cfg(feature = "tracing")]
pub(crate) fn hidden(err: &dyn ErasedHttpError) {
    let status = err.status().code();
    let source = err.as_error().and_then(Error::source).map(Chain);
    if err.status().is_server_error() {
        match source {
            Some(source) => tracing::error!(
                status,
                error = %err,
                source = %source,
                "server error hidden from the client"
            ),
            None => tracing::error!(status, error = %err, "server error hidden from the client"),
        }
    } else {
        match source {
            Some(source) => tracing::warn!(
                status,
                error = %err,
                source = %source,
                "error text hidden from the client"
            ),
            None => tracing::warn!(status, error = %err, "error text hidden from the client"),
        }
    }
}

/// The error's detail text failed to format: the problem goes out without `detail`.
#[cfg_attr(not(feature = "problem"), allow(dead_code))]
pub(crate) fn detail_failed(status: Status) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        status = status.code(),
        "the error's Display returned an error; the problem is sent without `detail`"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = status;
}

/// The function of `#[status(…, by = function)]` chose a status outside its list: the response
/// answers `fallback` instead.
pub(crate) fn chosen_outside_list(function: &'static str, chosen: Status, fallback: Status) {
    #[cfg(feature = "tracing")]
    tracing::error!(
        function,
        chosen = chosen.code(),
        fallback = fallback.code(),
        "{function} chose {chosen}, which its #[status(…)] does not list; answered {fallback} instead"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = (function, chosen, fallback);
}

/// A header the error asked for was left out of its response, for the reason `why`.
#[cfg_attr(
    not(any(all(feature = "http", feature = "problem"), feature = "actix-web")),
    allow(dead_code)
)]
pub(crate) fn header_skipped(name: &str, why: &'static str) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        header = name,
        "header left out of the error response: {why}"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = (name, why);
}

/// An extension member failed to serialize and was left out of the problem.
#[cfg_attr(not(feature = "problem"), allow(dead_code))]
pub(crate) fn extension_skipped(name: &str) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        member = name,
        "extension member left out of the problem: its value failed to serialize"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = name;
}

/// An error and its sources, displayed as `first: second: third`.
#[cfg(feature = "tracing")]
struct Chain<'a>(&'a (dyn Error + 'static));

#[cfg(feature = "tracing")]
impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(source) = next {
            write!(f, ": {source}")?;
            next = source.source();
        }
        Ok(())
    }
}

/// What `HttpError::log_hidden` does by default, for derived overrides that add to it.
pub fn log_hidden(err: &dyn ErasedHttpError) {
    #[cfg(feature = "tracing")]
    if !err.exposes_detail() {
        hidden(err);
    }
    #[cfg(not(feature = "tracing"))]
    let _ = err;
}
