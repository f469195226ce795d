//! Every `HttpError` is an `ErasedHttpError`: the blanket impls that forward the trait object's
//! methods to the error's own hooks.

use core::fmt;

use super::erased::{AsErasedHttpError, ErasedHttpError};
use super::http_error::HttpError;
use crate::{Extensions, HeaderSink, Language, Status};

impl<T: HttpError> AsErasedHttpError for T {
    fn as_erased(&self) -> &dyn ErasedHttpError {
        self
    }
}

/// Each method answers the `HttpError` hook of the same name, so a type's overrides are honoured.
impl<T: HttpError + ?Sized> ErasedHttpError for T {
    fn status(&self) -> Status {
        HttpError::status(self)
    }

    fn exposes_detail(&self) -> bool {
        HttpError::exposes_detail(self)
    }

    fn fmt_detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        HttpError::fmt_detail(self, f)
    }

    fn fmt_detail_in(&self, language: Language, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        HttpError::fmt_detail_in(self, language, f)
    }

    fn problem_type(&self) -> Option<&'static str> {
        HttpError::problem_type(self)
    }

    fn problem_title_in(&self, language: Language) -> Option<&'static str> {
        HttpError::problem_title_in(self, language)
    }

    fn default_language(&self) -> Language {
        HttpError::default_language(self)
    }

    fn problem_extensions(&self, members: &mut Extensions<'_>) {
        HttpError::problem_extensions(self, members);
    }

    fn headers(&self, sink: &mut dyn HeaderSink) {
        HttpError::headers(self, sink);
    }

    fn log_hidden(&self) {
        HttpError::log_hidden(self);
    }

    #[cfg(feature = "tracing")]
    fn as_error(&self) -> Option<&dyn core::error::Error> {
        HttpError::as_error(self)
    }

    #[cfg(feature = "problem")]
    fn problem_json(&self) -> alloc::vec::Vec<u8> {
        HttpError::problem_json(self)
    }
}
