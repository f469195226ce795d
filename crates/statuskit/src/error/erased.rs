//! `ErasedHttpError`: the trait object the response builders take, `HttpError` without
//! `as_error` (unless `tracing` reads it).

use core::fmt;

use crate::{Extensions, HeaderSink, Language, Status};

/// An `HttpError` as the response builders see it: the hooks they call, as a trait object, so
/// the builders are compiled once in statuskit rather than once per error type in every user's
/// crate. Not meant to be implemented or named by hand; every `HttpError` is one.
///
/// Not `dyn HttpError`: a trait object's vtable holds every method of its trait, and a derived
/// `as_error` answers `Some(self)` as a `&dyn Error`, whose own vtable makes each type compile its
/// `Debug` and `Error` methods (BENCHMARKS.md, "Where the derive's compile time went"). Here
/// `as_error` is a method only with `tracing`, whose log of hidden errors is its one reader, so
/// without that feature a derived `as_error` is compiled only where the user calls it.
#[doc(hidden)]
pub trait ErasedHttpError: fmt::Display {
    fn status(&self) -> Status;
    fn exposes_detail(&self) -> bool;
    fn fmt_detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    fn fmt_detail_in(&self, language: Language, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result>;
    fn problem_type(&self) -> Option<&'static str>;
    fn problem_title_in(&self, language: Language) -> Option<&'static str>;
    fn default_language(&self) -> Language;
    fn problem_extensions(&self, members: &mut Extensions<'_>);
    fn headers(&self, sink: &mut dyn HeaderSink);
    fn log_hidden(&self);
    #[cfg(feature = "tracing")]
    fn as_error(&self) -> Option<&dyn core::error::Error>;
    #[cfg(feature = "problem")]
    fn problem_json(&self) -> alloc::vec::Vec<u8>;
}

/// An error as `&dyn ErasedHttpError`, the trait object the response builders take; every
/// `HttpError` is one (through the blanket impl, or as the trait object itself). Not meant to be
/// implemented or called by hand.
///
/// The builders take errors as trait objects, so they are compiled once in statuskit instead of
/// once per error type in every user's crate (see BENCHMARKS.md, "Compile time"): this is how a
/// provided method, whose `Self` may be unsized, hands itself to them.
#[doc(hidden)]
pub trait AsErasedHttpError {
    /// `self`, as a trait object.
    fn as_erased(&self) -> &dyn ErasedHttpError;
}
