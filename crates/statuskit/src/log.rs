//! Logging of server errors whose message the client never sees (the `tracing` feature).

use core::error::Error;
use core::fmt;

use crate::HttpError;

/// Logs `err` at error level: its status, its `Display` text and, when it is reachable through
/// [`HttpError::as_error`], its `source()` chain joined with `": "`.
pub(crate) fn hidden<E: HttpError + ?Sized>(err: &E) {
    let status = err.status().code();
    match err.as_error().and_then(Error::source) {
        Some(source) => tracing::error!(
            status,
            error = %err,
            source = %Chain(source),
            "server error hidden from the client"
        ),
        None => tracing::error!(status, error = %err, "server error hidden from the client"),
    }
}

/// An error and its sources, displayed as `first: second: third`.
struct Chain<'a>(&'a (dyn Error + 'static));

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
