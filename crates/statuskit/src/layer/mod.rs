//! The layer part: what makes every error response of a service a problem in the client's
//! language and media type. `statuskit::axum::ProblemLayer` (a tower `Layer`, `axum.rs`) and
//! `statuskit::actix::ProblemMiddleware` (an actix-web `Transform`, `actix.rs`) share what is
//! here: their options and builder methods, the decision for one error response (`write`: its
//! structured problem while it still describes the response, else what the body says, read by
//! `foreign.rs` after `decode.rs` undoes its `Content-Encoding`), negotiated from `Accept` and
//! `Accept-Language` (`negotiate.rs`) and written by `render.rs`, and its headers.
//!
//! It stands on top: it uses `response/` (the thread mark, the framework responses), `problem/`
//! (the record an integration attached), `error/` and `status/`; nothing below uses it.

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
mod decode;
mod foreign;
mod negotiate;
mod render;

use alloc::borrow::Cow;
use alloc::string::String;
use core::time::Duration;

use bytes::Bytes;

use crate::Language;
use crate::problem::json::Context;
use crate::problem::record::{Attached, ProblemRecord};
use foreign::Kind;
use negotiate::MediaType;

/// The default name of the extension member carrying the request id.
pub(crate) const REQUEST_ID_MEMBER: &str = "request_id";

/// How much of a foreign error response's body is read for its `detail`, by default.
pub(crate) const MAX_FOREIGN_BODY: usize = 4096;

/// How long a foreign error response's body may take to arrive, by default.
pub(crate) const FOREIGN_BODY_TIMEOUT: Duration = Duration::from_secs(1);

/// The longest request id sent back; a longer one is left out.
pub(crate) const MAX_REQUEST_ID: usize = 200;

/// How many more raw bytes than the decoded limit are read of an encoded body: an encoding adds
/// at most a few bytes per block to data it cannot shrink, so a body longer than this cannot
/// decode within the limit.
const ENCODING_SLACK: usize = 1024;

/// The options of the layer and the middleware; see their builder methods.
#[derive(Clone, Debug)]
pub(crate) struct Options {
    /// The request header holding the request id, lower-case.
    pub(crate) request_id_header: Option<Cow<'static, str>>,
    pub(crate) request_id_member: Cow<'static, str>,
    pub(crate) instance: bool,
    pub(crate) default_language: Option<Language>,
    pub(crate) max_foreign_body: usize,
    pub(crate) foreign_body_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            request_id_header: None,
            request_id_member: Cow::Borrowed(REQUEST_ID_MEMBER),
            instance: false,
            default_language: None,
            max_foreign_body: MAX_FOREIGN_BODY,
            foreign_body_timeout: FOREIGN_BODY_TIMEOUT,
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

/// The request id of a header value when it is one to send back: 1 to 200 visible ASCII
/// characters (no space, no control), which every media type carries as it is. Anything else is
/// left out, with a debug log.
pub(crate) fn request_id(value: &[u8]) -> Option<&str> {
    let fits = (1..=MAX_REQUEST_ID).contains(&value.len())
        && value.iter().all(|&b| (0x21..=0x7e).contains(&b));
    if !fits {
        #[cfg(feature = "tracing")]
        tracing::debug!(
            length = value.len(),
            "statuskit: a request id that is not 1 to 200 visible ASCII characters was left out"
        );
        return None;
    }
    core::str::from_utf8(value).ok()
}

/// What a layer attaches to the error response it wrote, so a layer outside it (a nested one)
/// keeps it, adding only what its own request context has that this one lacks.
#[derive(Clone, Debug)]
pub(crate) struct Rendered {
    record: ProblemRecord,
    status: u16,
    body: Bytes,
    media: MediaType,
    language: Language,
    request_id: Option<(String, String)>,
    instance: Option<String>,
}

/// The structured problem a response came with: an integration's, or an inner layer's.
pub(crate) enum Known {
    Attached(Attached),
    Rendered(Rendered),
}

impl Known {
    fn status(&self) -> u16 {
        match self {
            Known::Attached(attached) => attached.status,
            Known::Rendered(rendered) => rendered.status,
        }
    }

    fn body(&self) -> &Bytes {
        match self {
            Known::Attached(attached) => &attached.body,
            Known::Rendered(rendered) => &rendered.body,
        }
    }

    /// Whether it still describes a HEAD response whose body a router emptied: the same status,
    /// and its body's length when the response kept one. (With none, as behind a compression
    /// layer, nothing of the body is left to differ: a HEAD sends only headers.)
    fn describes_emptied(&self, seen: &Seen<'_>) -> bool {
        self.status() == seen.status
            && seen
                .content_length
                .is_none_or(|length| content_length(length) == Some(self.body().len() as u64))
    }
}

/// A `Content-Length` value as a number, when it is one.
pub(crate) fn content_length(value: &[u8]) -> Option<u64> {
    core::str::from_utf8(value).ok()?.trim().parse().ok()
}

/// The facts of an error response the layer decides by, besides its body.
pub(crate) struct Seen<'a> {
    pub(crate) status: u16,
    pub(crate) content_type: Option<&'a [u8]>,
    pub(crate) content_encoding: Option<&'a [u8]>,
    pub(crate) content_length: Option<&'a [u8]>,
    pub(crate) head: bool,
}

/// How much of an error response's body is to be read, if any: all of a known problem's (to see
/// it is still the one written), else up to the limit of a foreign one worth reading.
pub(crate) fn read_limit(
    options: &Options,
    known: Option<&Known>,
    seen: &Seen<'_>,
) -> Option<usize> {
    let decoded = match known {
        // Read anyway: enough for the known body, or for a foreign one that replaced it.
        Some(known) => known.body().len().max(options.max_foreign_body),
        None => {
            if !Kind::of(seen.content_type).is_read(seen.status) {
                return None;
            }
            options.max_foreign_body
        }
    };
    let encoded = seen
        .content_encoding
        .is_some_and(|coding| !coding.trim_ascii().eq_ignore_ascii_case(b"identity"));
    Some(if encoded {
        decoded.saturating_add(ENCODING_SLACK)
    } else {
        decoded
    })
}

/// What came of reading a body.
pub(crate) enum Read {
    /// Not read: nothing in it is needed.
    Skipped,
    /// Read in full.
    Bytes(Bytes),
    /// Longer than the limit, failed mid-stream, or slower than the timeout.
    Failed,
}

/// The error response as the layer sends it.
pub(crate) struct Written {
    /// The body.
    pub(crate) body: Bytes,
    /// Its new `Content-Type`, when the body is not the one that came.
    pub(crate) content_type: Option<&'static str>,
    pub(crate) media: MediaType,
    pub(crate) language: Language,
    /// Whether it carries something of this request (its id, its path): not for a shared cache.
    pub(crate) personal: bool,
    /// What is attached to it for a layer outside.
    pub(crate) rendered: Rendered,
}

/// Writes an error response: from the structured problem it came with, while its status and
/// body are still the ones written with it, else from what it is (its status, its type and its
/// body, see `foreign.rs`). `limit` is [`read_limit`]'s.
pub(crate) async fn write(
    options: &Options,
    asked: &Asked<'_>,
    known: Option<Known>,
    seen: &Seen<'_>,
    read: Read,
    limit: usize,
) -> Written {
    let decoded = match &read {
        Read::Bytes(raw) => decode::decode(seen.content_encoding, raw, limit).await.ok(),
        _ => None,
    };
    write_decoded(options, asked, known, seen, &read, decoded)
}

/// [`write`] for a body without `Content-Encoding`, which needs no decoder and no waiting: what
/// an integration or an inner layer wrote, or an empty foreign body.
#[cfg(feature = "axum")]
pub(crate) fn write_plain(
    options: &Options,
    asked: &Asked<'_>,
    known: Option<Known>,
    seen: &Seen<'_>,
    read: Read,
    limit: usize,
) -> Written {
    let decoded = match &read {
        Read::Bytes(raw) if raw.len() <= limit => Some(Cow::Borrowed(&raw[..])),
        _ => None,
    };
    write_decoded(options, asked, known, seen, &read, decoded)
}

fn write_decoded(
    options: &Options,
    asked: &Asked<'_>,
    known: Option<Known>,
    seen: &Seen<'_>,
    read: &Read,
    decoded: Option<Cow<'_, [u8]>>,
) -> Written {
    let raw = match read {
        Read::Bytes(bytes) => Some(bytes),
        _ => None,
    };
    let same = |known: &Known| match (&decoded, raw) {
        (Some(decoded), _) if **decoded == **known.body() => known.status() == seen.status,
        (_, Some(raw)) => seen.head && raw.is_empty() && known.describes_emptied(seen),
        _ => false,
    };
    let unchanged = decoded
        .as_ref()
        .is_some_and(|decoded| matches!(decoded, Cow::Borrowed(_)));
    match known.filter(same) {
        Some(Known::Rendered(rendered)) => {
            let request_id = rendered.request_id.clone().or_else(|| {
                asked.request_id.map(|id| {
                    (
                        String::from(options.request_id_member.as_ref()),
                        String::from(id),
                    )
                })
            });
            let instance = rendered.instance.clone().or_else(|| {
                options
                    .instance
                    .then(|| asked.path.map(String::from))
                    .flatten()
            });
            let adds = request_id != rendered.request_id || instance != rendered.instance;
            let body = if adds || !unchanged {
                let context = Context {
                    instance: instance.as_deref(),
                    request_id: request_id
                        .as_ref()
                        .map(|(member, id)| (member.as_str(), id.as_str())),
                };
                Bytes::from(render::body(
                    &rendered.record,
                    rendered.media,
                    rendered.language,
                    context,
                ))
            } else {
                rendered.body.clone()
            };
            let replaced = adds || !unchanged;
            Written {
                content_type: replaced.then_some(rendered.media.content_type()),
                media: rendered.media,
                language: rendered.language,
                personal: request_id.is_some()
                    || instance.is_some()
                    || rendered.record.instance.is_some(),
                rendered: Rendered {
                    body: body.clone(),
                    request_id,
                    instance,
                    ..rendered
                },
                body,
            }
        }
        Some(Known::Attached(attached)) => {
            let answer = options.answer(&attached.record, asked);
            let keep = unchanged && answer.is_default_for(&attached.record);
            let body = if keep {
                attached.body.clone()
            } else {
                Bytes::from(answer.body(&attached.record))
            };
            finish(attached.record, attached.status, body, !keep, &answer)
        }
        None => {
            let kind = Kind::of(seen.content_type);
            let text = decoded.as_deref().filter(|bytes| {
                kind.is_read(seen.status) && bytes.len() <= options.max_foreign_body
            });
            let record = foreign::record(seen.status, kind, text);
            let answer = options.answer(&record, asked);
            let body = Bytes::from(answer.body(&record));
            finish(record, seen.status, body, true, &answer)
        }
    }
}

fn finish(
    record: ProblemRecord,
    status: u16,
    body: Bytes,
    replaced: bool,
    answer: &Answer<'_>,
) -> Written {
    let context = answer.context;
    Written {
        content_type: replaced.then_some(answer.media.content_type()),
        media: answer.media,
        language: answer.language,
        personal: context.request_id.is_some()
            || context.instance.is_some()
            || record.instance.is_some(),
        rendered: Rendered {
            status,
            body: body.clone(),
            media: answer.media,
            language: answer.language,
            request_id: context
                .request_id
                .map(|(member, id)| (String::from(member), String::from(id))),
            instance: context.instance.map(String::from),
            record,
        },
        body,
    }
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

/// The headers that describe a body, not the error: dropped with the body they described.
pub(crate) const REPRESENTATION_HEADERS: [&str; 9] = [
    "content-length",
    "content-encoding",
    "etag",
    "last-modified",
    "content-digest",
    "repr-digest",
    "content-location",
    "content-range",
    "content-md5",
];

/// Which of `Accept-Language` and `Accept` the `Vary` values `existing` lack (`*` lacks none).
pub(crate) fn vary_missing<'a>(existing: impl Iterator<Item = &'a [u8]>) -> Option<&'static str> {
    let (mut language, mut accept) = (false, false);
    for token in existing
        .flat_map(|value| value.split(|&b| b == b','))
        .map(<[u8]>::trim_ascii)
    {
        language |= token.eq_ignore_ascii_case(b"accept-language") || token == b"*";
        accept |= token.eq_ignore_ascii_case(b"accept") || token == b"*";
    }
    match (language, accept) {
        (false, false) => Some(VARY),
        (false, true) => Some("Accept-Language"),
        (true, false) => Some("Accept"),
        (true, true) => None,
    }
}

/// `fn set_headers(headers, written)` over the header types of `$header` (the `http` crate's
/// for axum, actix-web's own): the headers of a written error response. A new body drops the
/// old one's representation headers and gets its `Content-Type`; every problem gets
/// `Content-Language`, one `Vary` naming both negotiated headers, `nosniff` for text and HTML,
/// and `Cache-Control: no-store` when it carries something of its request, unless it has a
/// `Cache-Control` of its own. Headers about the error (`Allow`, `Retry-After`, ...) are kept.
macro_rules! set_headers_fn {
    ($($header:ident)::+) => {
        fn set_headers(headers: &mut $($header)::+::HeaderMap, written: &$crate::layer::Written) {
            use $($header)::+ as header;
            if let Some(content_type) = written.content_type {
                // A look at the few names there are, rather than a hashed removal of each of
                // nine that are almost never there.
                let stale: alloc::vec::Vec<header::HeaderName> = headers
                    .keys()
                    .filter(|name| $crate::layer::REPRESENTATION_HEADERS.contains(&name.as_str()))
                    .cloned()
                    .collect();
                for name in stale {
                    headers.remove(name);
                }
                headers.insert(
                    header::CONTENT_TYPE,
                    header::HeaderValue::from_static(content_type),
                );
            }
            headers.insert(
                header::CONTENT_LANGUAGE,
                header::HeaderValue::from_static(written.language.tag()),
            );
            let vary = $crate::layer::vary_missing(
                headers.get_all(header::VARY).into_iter().map(|value| value.as_bytes()),
            );
            if let Some(vary) = vary {
                headers.append(header::VARY, header::HeaderValue::from_static(vary));
            }
            if written.media.is_text() {
                headers.insert(
                    header::X_CONTENT_TYPE_OPTIONS,
                    header::HeaderValue::from_static("nosniff"),
                );
            }
            if written.personal && !headers.contains_key(header::CACHE_CONTROL) {
                headers.insert(
                    header::CACHE_CONTROL,
                    header::HeaderValue::from_static("no-store"),
                );
            }
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
            /// (4096 by default), counted after its `Content-Encoding` is undone; a longer body
            /// is dropped and the problem has no detail.
            pub fn max_foreign_body(mut self, bytes: usize) -> Self {
                self.options.max_foreign_body = bytes;
                self
            }

            /// How long a foreign error response's body may take to arrive (1 s by default);
            /// past it, the problem goes out without `detail`, so a slow upstream cannot hold
            /// the error response.
            pub fn foreign_body_timeout(mut self, timeout: core::time::Duration) -> Self {
                self.options.foreign_body_timeout = timeout;
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
