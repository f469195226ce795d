//! `HttpError` for references and boxes: a pointer answers as the error it points to.

use super::http_error::HttpError;
use crate::{Extensions, HeaderSink, Language, Status};

/// Writes the impl of `HttpError` for a pointer type `$ty` to `T`, answering every hook with
/// `T`'s, so a type that overrides one (a `problem_json` of its own) is served the same through
/// the pointer.
macro_rules! delegate {
    ($(#[$meta:meta])* impl for $ty:ty) => {
        $(#[$meta])*
        impl<T: HttpError + ?Sized> HttpError for $ty {
            fn status(&self) -> Status {
                (**self).status()
            }

            fn exposes_detail(&self) -> bool {
                (**self).exposes_detail()
            }

            fn fmt_detail(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                (**self).fmt_detail(f)
            }

            fn fmt_detail_in(
                &self,
                language: Language,
                f: &mut core::fmt::Formatter<'_>,
            ) -> Option<core::fmt::Result> {
                (**self).fmt_detail_in(language, f)
            }

            fn problem_type(&self) -> Option<&'static str> {
                (**self).problem_type()
            }

            fn problem_title(&self) -> Option<&'static str> {
                (**self).problem_title()
            }

            fn problem_title_in(&self, language: Language) -> Option<&'static str> {
                (**self).problem_title_in(language)
            }

            fn default_language(&self) -> Language {
                (**self).default_language()
            }

            fn problem_extensions(&self, members: &mut Extensions<'_>) {
                (**self).problem_extensions(members);
            }

            fn headers(&self, sink: &mut dyn HeaderSink) {
                (**self).headers(sink);
            }

            fn as_error(&self) -> Option<&dyn core::error::Error> {
                (**self).as_error()
            }

            fn log_hidden(&self) {
                (**self).log_hidden();
            }

            #[cfg(feature = "problem")]
            fn problem(&self) -> crate::Problem {
                (**self).problem()
            }

            #[cfg(feature = "problem")]
            fn problem_json(&self) -> alloc::vec::Vec<u8> {
                (**self).problem_json()
            }

            #[cfg(all(feature = "http", feature = "problem"))]
            fn to_http_response(&self) -> http::Response<alloc::vec::Vec<u8>> {
                (**self).to_http_response()
            }
        }
    };
}

delegate! {
    /// A reference answers as the error it points to.
    ///
    /// ```
    /// use statuskit::{HttpError, Status};
    ///
    /// fn status_of(error: impl HttpError) -> Status {
    ///     error.status()
    /// }
    /// # struct Gone;
    /// # impl core::fmt::Display for Gone {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("gone") }
    /// # }
    /// # impl HttpError for Gone {
    /// #     fn status(&self) -> Status { Status::Gone }
    /// # }
    /// assert_eq!(status_of(&Gone), Status::Gone);
    /// ```
    impl for &T
}

delegate! {
    /// A box answers as the error it holds, so a `#[status(transparent)]` variant may hold a
    /// `Box<Inner>` (a large error kept off the stack, or a `Box<dyn HttpError>`).
    ///
    /// ```
    /// use statuskit::{HttpError, Status};
    /// # struct Gone;
    /// # impl core::fmt::Display for Gone {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("gone") }
    /// # }
    /// # impl HttpError for Gone {
    /// #     fn status(&self) -> Status { Status::Gone }
    /// # }
    ///
    /// let boxed: Box<dyn HttpError> = Box::new(Gone);
    /// assert_eq!(boxed.status(), Status::Gone);
    /// ```
    #[cfg(feature = "alloc")]
    impl for alloc::boxed::Box<T>
}
