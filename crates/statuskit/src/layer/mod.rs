//! The layer part: what makes every error response of a service a problem in the client's
//! language and media type. `statuskit::axum::ProblemLayer` (a tower `Layer`, `axum.rs`) and
//! `statuskit::actix::ProblemMiddleware` (an actix-web `Transform`, `actix.rs`) share what is
//! here: their options and builder methods, and the answer for one request, negotiated from
//! `Accept` and `Accept-Language` (`negotiate.rs`) and written by `render.rs`.
//!
//! It stands on top: it uses `response/` (the thread mark, the framework responses), `problem/`
//! (the record an integration attached), `error/` and `status/`; nothing below uses it.

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
mod negotiate;
mod render;

use alloc::borrow::Cow;

use crate::Language;
use crate::problem::json::Context;
use crate::problem::record::ProblemRecord;
use negotiate::MediaType;

/// The default name of the extension member carrying the request id.
pub(crate) const REQUEST_ID_MEMBER: &str = "request_id";

/// How much of a foreign error response's body is read for its `detail`, by default.
pub(crate) const MAX_FOREIGN_BODY: usize = 4096;

/// The options of the layer and the middleware; see their builder methods.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// The request header holding the request id, lower-case.
    pub(crate) request_id_header: Option<Cow<'static, str>>,
    pub(crate) request_id_member: Cow<'static, str>,
    pub(crate) instance: bool,
    pub(crate) default_language: Option<Language>,
    pub(crate) max_foreign_body: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            request_id_header: None,
            request_id_member: Cow::Borrowed(REQUEST_ID_MEMBER),
            instance: false,
            default_language: None,
            max_foreign_body: MAX_FOREIGN_BODY,
        }
    }
}

/// What a request asks of its error response.
pub(crate) struct Asked<'a> {
    pub(crate) accept: Option<&'a [u8]>,
    pub(crate) accept_language: Option<&'a [u8]>,
    pub(crate) request_id: Option<&'a str>,
    pub(crate) path: Option<&'a str>,
}

/// How one error response is written.
pub(crate) struct Answer<'a> {
    pub(crate) media: MediaType,
    pub(crate) language: Language,
    pub(crate) context: Context<'a>,
}

impl Options {
    /// The media type, language and request context of `record`'s response to `asked`.
    pub(crate) fn answer<'a>(&'a self, record: &ProblemRecord, asked: &Asked<'a>) -> Answer<'a> {
        let default = self.default_language.unwrap_or(record.language);
        Answer {
            media: negotiate::media_type(asked.accept),
            language: negotiate::language(asked.accept_language, default),
            context: Context {
                instance: if self.instance { asked.path } else { None },
                request_id: asked
                    .request_id
                    .map(|id| (self.request_id_member.as_ref(), id)),
            },
        }
    }
}

impl Answer<'_> {
    /// Whether the body the integration wrote (problem+json in the record's own language, with
    /// nothing from the request) is already this answer, so it can be kept as it is.
    pub(crate) fn is_default_for(&self, record: &ProblemRecord) -> bool {
        self.media == MediaType::ProblemJson
            && self.language == record.language
            && self.context.instance.is_none()
            && self.context.request_id.is_none()
    }

    /// The new body of `record`.
    pub(crate) fn body(&self, record: &ProblemRecord) -> alloc::vec::Vec<u8> {
        render::body(record, self.media, self.language, self.context)
    }
}

/// `Vary` on every error response the layer writes: the body depends on both headers.
pub(crate) const VARY: &str = "Accept-Language, Accept";

/// Whether a foreign response's content type means its body is text worth keeping as `detail`
/// (a rejection's `text/plain`, or no type at all).
pub(crate) fn is_text(content_type: Option<&[u8]>) -> bool {
    content_type
        .is_none_or(|value| value.len() >= 10 && value[..10].eq_ignore_ascii_case(b"text/plain"))
}

/// Whether a response is already a problem someone else wrote, which is left as it is.
pub(crate) fn is_problem(content_type: Option<&[u8]>) -> bool {
    content_type.is_some_and(|value| {
        let essence = value.split(|&b| b == b';').next().unwrap_or(value);
        essence
            .trim_ascii()
            .eq_ignore_ascii_case(b"application/problem+json")
    })
}

/// `fn set_headers(headers, content_type, language)` over the header types of `$header` (the
/// `http` crate's for axum, actix-web's own): sets the headers of a rewritten error response, its
/// new content type (`None` when the body is kept, else `Content-Length` and `Content-Encoding`
/// go with the old body), `Content-Language` and `Vary`.
macro_rules! set_headers_fn {
    ($($header:ident)::+) => {
        fn set_headers(
            headers: &mut $($header)::+::HeaderMap,
            content_type: Option<&'static str>,
            language: &'static str,
        ) {
            use $($header)::+ as header;
            if let Some(content_type) = content_type {
                headers.insert(
                    header::CONTENT_TYPE,
                    header::HeaderValue::from_static(content_type),
                );
                headers.remove(header::CONTENT_LENGTH);
                headers.remove(header::CONTENT_ENCODING);
            }
            headers.insert(
                header::CONTENT_LANGUAGE,
                header::HeaderValue::from_static(language),
            );
            headers.append(
                header::VARY,
                header::HeaderValue::from_static($crate::layer::VARY),
            );
        }
    };
}
pub(crate) use set_headers_fn;

/// The builder methods the layer and the middleware share, documented once.
macro_rules! options_builder {
    ($ty:ident) => {
        impl $ty {
            /// Reads the request id from the request header `name` (e.g. `"x-request-id"`) and
            /// adds it to every error response: as an extension member of the JSON (see
            /// [`request_id_member`](Self::request_id_member)), and as a line of the HTML and
            /// text pages. A name that is not a valid header name never matches.
            pub fn request_id_header(
                mut self,
                name: impl Into<alloc::borrow::Cow<'static, str>>,
            ) -> Self {
                let mut name: alloc::borrow::Cow<'static, str> = name.into();
                if name.bytes().any(|b| b.is_ascii_uppercase()) {
                    name = alloc::borrow::Cow::Owned(name.to_ascii_lowercase());
                }
                self.options.request_id_header = Some(name);
                self
            }

            /// The name of the extension member carrying the request id; `"request_id"` by
            /// default. The member is left out when the problem has a member of that name, or
            /// when it is a standard member's (`type`, `title`, `status`, `detail`, `instance`).
            pub fn request_id_member(
                mut self,
                name: impl Into<alloc::borrow::Cow<'static, str>>,
            ) -> Self {
                self.options.request_id_member = name.into();
                self
            }

            /// Sets each problem's `instance` to the request's path (without the query, which
            /// may carry secrets), unless the problem has its own. Off by default.
            pub fn instance_from_path(mut self, on: bool) -> Self {
                self.options.instance = on;
                self
            }

            /// The language of a response whose request names no language statuskit writes
            /// (no `Accept-Language`, or only others). Unset, each error's own
            /// [`HttpError::default_language`](crate::HttpError::default_language) is used
            /// (English, or Korean for `#[http_error(title = "ko")]`), and English for responses
            /// that are not statuskit's.
            pub fn default_language(mut self, language: crate::Language) -> Self {
                self.options.default_language = Some(language);
                self
            }

            /// How many bytes of a foreign client error's body are read for its `detail`
            /// (4096 by default); a longer body is dropped and the problem has no detail.
            pub fn max_foreign_body(mut self, bytes: usize) -> Self {
                self.options.max_foreign_body = bytes;
                self
            }
        }

        impl Default for $ty {
            fn default() -> Self {
                Self::new()
            }
        }
    };
}
pub(crate) use options_builder;
