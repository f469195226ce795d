//! `HttpError`: the trait that ties an error type to the HTTP status it answers with.

use crate::Status;

/// An error that knows which HTTP status it answers with.
///
/// Derive it with `#[derive(HttpError)]` and `#[status(…)]` attributes rather than by hand.
///
/// ```
/// use statuskit::{HttpError, Status};
///
/// #[derive(Debug)]
/// struct AlreadyExists;
///
/// impl core::fmt::Display for AlreadyExists {
///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
///         f.write_str("already exists")
///     }
/// }
///
/// impl HttpError for AlreadyExists {
///     fn status(&self) -> Status {
///         Status::Conflict
///     }
/// }
///
/// assert_eq!(AlreadyExists.status(), Status::Conflict);
/// assert!(AlreadyExists.exposes_detail());
/// ```
pub trait HttpError: core::fmt::Display {
    /// The status this error answers with.
    fn status(&self) -> Status;

    /// Whether the error's `Display` text may reach the client as the problem's `detail`.
    ///
    /// By default client errors (4xx) show it and server errors (5xx) hide it, so an internal
    /// message never leaks by accident.
    fn exposes_detail(&self) -> bool {
        !self.status().is_server_error()
    }
}
