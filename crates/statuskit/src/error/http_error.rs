//! `HttpError`: the trait that ties an error type to the HTTP status it answers with, and the
//! hooks that shape its RFC 9457 problem response.
//!
//! # How the derive fills these hooks
//!
//! `#[derive(HttpError)]` writes `status` and overrides a hook only for the attributes that drive
//! it; every hook has a default that is right when its attribute is absent. Each generated hook
//! is a `match self` with one arm per variant (a struct is one arm). A `#[status(transparent)]`
//! variant's arm delegates every hook below but `as_error` to its single field, e.g.
//! `Self::Db(inner) => ::statuskit::HttpError::problem_title(inner)`; `as_error` is one
//! expression for the whole type.
//!
//! | hook | attribute that drives it | what the derive writes |
//! |---|---|---|
//! | [`status`] | `#[status(404)]`, `#[status(Conflict)]`, enum-level default | `Self::V { .. } => ::statuskit::Status::Conflict` |
//! | [`exposes_detail`] | `#[status(500, expose)]` on a variant (or the enum, for its default) | `true` for exposed variants, `!status.is_server_error()` for the rest; omit the method when no variant says `expose` |
//! | [`exposes_detail`] (foreign text) | an arm whose text is a foreign error's: `by = fn` over a field, thiserror's `#[error(transparent)]` or `#[error("{0}")]` with a status of its own | `false` unless the arm says `expose` or has a `detail`/`detail_ko` template; the hidden text is logged by [`log_hidden`] (warn for 4xx, error for 5xx) |
//! | [`fmt_detail`] | `#[status(transparent)]`; `#[problem(detail = "order {0} not found")]` (`detail_ko` on a type with `title = "ko"`) | the wrapped error's [`fmt_detail_in`] in the type's language, else its `fmt_detail`, for transparent arms; `f.write_fmt(format_args!("order {0} not found", __detail_0))` for an arm with a template in the type's language; `Display::fmt(self, f)` for the rest |
//! | [`fmt_detail_in`] | `#[problem(detail = "…", detail_ko = "주문 {0}을(를) 찾을 수 없습니다")]` on a variant or struct | `Some(match language { Language::Korean => /* detail_ko, else Display */, _ => /* detail, else Display */ })`; a particle pair after a placeholder becomes `::statuskit::__private::Particled(&format_args!("{}", __detail_0), Particle::EulReul)`; `None` for arms without a template; transparent arms ask their field |
//! | [`status`] with `by` | `#[status(404 \| 409 \| 500, by = db_status)]` on a variant or struct with one field; on the enum, its default | `Self::V(inner) => ::statuskit::__private::chosen_status(db_status(inner), &[NotFound, Conflict, InternalServerError], InternalServerError)` (the fallback is the first 5xx listed, else 500); the enum's default passes `self`. `log_hidden` is then overridden to call `__private::check_chosen` (which logs a status outside the list) before the default behaviour |
//! | [`problem_type`] | `#[problem(type = "https://example.com/probs/out-of-credit")]` on a variant or struct; on the enum, the default of its non-transparent variants; a relative one resolved at compile time against `#[problem(type_base = "…")]` on the type | `Some("…")` for those variants, `None` for the rest |
//! | [`problem_title`] | `#[problem(title = "Out of credit")]` on a variant or struct (on the enum, the default of its non-transparent variants); `#[http_error(title = "ko")]` on the type | the title in the type's own language: with `title = "ko"`, the arm's `title_ko`, else its `title`, else `::statuskit::Status::name_ko(::statuskit::Status::Conflict)` for the arm's own status (`None`, so the canonical phrase, when the spec has no Korean name); without, the arm's (or the enum's) `title`, else `None`. A transparent arm answers its field's [`problem_title_in`] in the type's language (plus, with `title = "ko"`, the field status's Korean name) |
//! | [`problem_title_in`] | `#[problem(title = "Slow down", title_ko = "천천히")]` on a variant or struct (on the enum, the default of its non-transparent variants) | `match language { Language::Korean => Some("천천히"), _ => Some("Slow down") }` (`None` for a language without a title of its own); emitted whenever `problem_title` is, so a Korean type's name does not stand for every language |
//! | [`default_language`] | `#[http_error(title = "ko")]` on the type | `Language::Korean`, for every arm, transparent ones included |
//! | [`problem_extensions`] | `#[problem(extension)]` on a field, `#[problem(extension = "name")]` to rename; `#[problem(extension(code = "…", retryable = false))]` constants on a variant, struct or enum | constants first (the arm's, then the enum's it does not override), `::statuskit::Extensions::insert(members, "code", &"…");`, then `::statuskit::Extensions::insert(members, "field_name", field);` per marked field, in field order (tuple fields need an explicit name); field types must be `serde::Serialize` when `serde` is on |
//! | [`headers`] | `#[header("Retry-After")]` on a field; `#[header("WWW-Authenticate", "Bearer")]` or `#[header(name = "…", value = "…")]` on a variant or struct (not the enum) | the arm's constants first, then its fields: constant: `sink.header("WWW-Authenticate", ::statuskit::HeaderValue::Static("Bearer"));`; field: `sink.header("Retry-After", ::statuskit::__private::header_display(field));` (the field type must be `Display`); a `Duration` field: `::statuskit::HeaderValue::seconds(field)`; an `Option<T>` field: the same inside `if let Some(field) = field { … }`, so the header goes out only when it is `Some` |
//! | [`as_error`] | none: always emitted, `#[inline]`, so a type compiles its `dyn Error` vtable only where something calls it (statuskit does only with `tracing`, to log a hidden error's `source()` chain) | `#[inline] fn as_error(&self) -> …` answering `::statuskit::__private::as_error!(self)`, which yields `Some(self)` when the type implements `core::error::Error` and `None` otherwise |
//!
//! The derive also checks at compile time, with errors on the attribute: an error's status is
//! not 1xx, 2xx or 304 (their responses carry no content, so no problem); header names are valid
//! tokens and not `Content-Type` or a header that frames the message or manages the connection
//! (`Content-Length`, `Transfer-Encoding`, `Connection`, `Keep-Alive`, `TE`, `Trailer`, `Host`,
//! `Proxy-Connection`; `Upgrade` but on a 426): the integrations own them; constant header values
//! are visible ASCII, space or tab; extension names are unique and
//! not `type`, `title`, `status`, `detail` or `instance`; a variant with thiserror's
//! `#[error(transparent)]` has a `#[status]` of its own (usually `#[status(transparent)]`), so it
//! cannot silently take the enum's default; 301, 302, 303, 307 and 308 need `Location`, 401
//! `WWW-Authenticate`, 405
//! `Allow`, 407 `Proxy-Authenticate`, 416 `Content-Range`, 426 `Upgrade`, sent by a `#[header]`
//! on the variant or one of its fields (the error is on the status, and names the fix), or
//! waived with `#[header(waive = "WWW-Authenticate")]` on the variant or struct, or on the enum
//! for all its variants, when another layer adds it (a waiver of a header the status does not
//! require is an error too); `Retry-After` belongs on 3xx, 413, 429 and 503
//! (RFC 9110 §10.2.3, §15.5.14, §15.6.4; RFC 6585 §4), so the derive rejects it elsewhere.
//! Transparent variants may carry none of `#[problem]`, `#[header]` or
//! `expose`: every hook is the wrapped error's, `detail` too (the inner error's text, not the
//! wrapper's `Display`). The wrapped field may be a `Box<Inner>` or an
//! `&Inner` (with `alloc` for the box): both implement `HttpError` by delegating every hook.
//!
//! What a hand-written impl answers is made safe on the wire by the integrations: a 204, 205 or
//! 304 goes out with no body and no `Content-Type`, a 1xx (which cannot end a response) as a
//! hidden 500, headers the integrations own and values HTTP cannot carry are left out, and a
//! `Display` or `Serialize` that fails drops its member or header, never the response.
//!
//! `as_error`, exactly (it needs no attribute; `as_error!` answers `Some(self)` only when
//! `Self: core::error::Error` is provable, which for a generic type means its bounds prove it,
//! through autoref specialization on `statuskit::__private::ErrorRef`):
//!
//! ```
//! # struct ApiError;
//! # impl core::fmt::Display for ApiError {
//! #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
//! # }
//! # impl statuskit::HttpError for ApiError {
//! #     fn status(&self) -> statuskit::Status { statuskit::Status::InternalServerError }
//! fn as_error(&self) -> ::core::option::Option<&dyn ::core::error::Error> {
//!     ::statuskit::__private::as_error!(self)
//! }
//! # }
//! ```
//!
//! After each `impl HttpError`, the derive emits the framework impls through one macro, which
//! expands to nothing for the integrations that are off; see
//! `statuskit::__private::impl_responses`:
//!
//! ```text
//! ::statuskit::__private::impl_responses!({ #impl_generics } { #self_ty } { #where_clause });
//! ```
//!
//! With the `actix-web` feature on, that impl is `actix_web::ResponseError`, which requires
//! `Self: Debug`: derived types must derive `Debug` (as any `std::error::Error` does).
//!
//! [`status`]: HttpError::status
//! [`exposes_detail`]: HttpError::exposes_detail
//! [`fmt_detail`]: HttpError::fmt_detail
//! [`fmt_detail_in`]: HttpError::fmt_detail_in
//! [`problem_type`]: HttpError::problem_type
//! [`problem_title`]: HttpError::problem_title
//! [`problem_title_in`]: HttpError::problem_title_in
//! [`default_language`]: HttpError::default_language
//! [`problem_extensions`]: HttpError::problem_extensions
//! [`headers`]: HttpError::headers
//! [`as_error`]: HttpError::as_error
//! [`log_hidden`]: HttpError::log_hidden

use super::erased::AsErasedHttpError;
use crate::{Extensions, HeaderSink, Language, Status};

/// An error that knows which HTTP status it answers with.
///
/// Derive it with `#[derive(HttpError)]` and `#[status(…)]` attributes rather than by hand: the
/// [derive's documentation](macro@crate::HttpError) has a table of every attribute.
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
///
/// With the `problem` feature (implied by `http`, `axum` and `actix-web`) it becomes an RFC 9457
/// problem: the status, the canonical title, and the `Display` text as `detail` for client errors
/// only.
///
/// ```
/// # #[cfg(feature = "problem")] {
/// # use statuskit::{HttpError, Status};
/// # #[derive(Debug)]
/// # struct AlreadyExists;
/// # impl core::fmt::Display for AlreadyExists {
/// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
/// #         f.write_str("already exists")
/// #     }
/// # }
/// # impl HttpError for AlreadyExists {
/// #     fn status(&self) -> Status { Status::Conflict }
/// # }
/// assert_eq!(
///     AlreadyExists.problem_json(),
///     br#"{"type":"about:blank","title":"Conflict","status":409,"detail":"already exists"}"#,
/// );
/// # }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `HttpError`, so it has no HTTP status to answer with",
    label = "not an `HttpError`",
    note = "derive it: `#[derive(HttpError)]` with a `#[status(…)]` on the type, or give the variant wrapping it a status of its own instead of `#[status(transparent)]`"
)]
pub trait HttpError: core::fmt::Display + AsErasedHttpError {
    /// The status this error answers with.
    fn status(&self) -> Status;

    /// Whether the error's `Display` text may reach the client as the problem's `detail`.
    ///
    /// By default client errors (4xx) show it and server errors (5xx) hide it, so an internal
    /// message never leaks by accident.
    fn exposes_detail(&self) -> bool {
        // `#[derive(HttpError)]` writes this same expression for the other variants of an enum
        // whose transparent variants delegate (statuskit-derive's `expand::hooks`): change both.
        !self.status().is_server_error()
    }

    /// Writes the text the problem's `detail` carries when
    /// [`exposes_detail`](HttpError::exposes_detail) allows it; the default is the error's
    /// `Display`.
    ///
    /// A derived `#[status(transparent)]` variant writes the wrapped error's text, not its own
    /// `Display`: the inner type decided that *its* message may be shown, and a wrapper's text
    /// (`"back soon (db=postgres://…)"`) may say more than that. The integrations format it into
    /// the body as it is written; when it fails (returns `Err`), `detail` is left out and the
    /// response is sent without it.
    ///
    /// ```
    /// use core::fmt;
    /// use statuskit::{HttpError, Status};
    ///
    /// struct Locked { owner: &'static str }
    /// impl fmt::Display for Locked {
    ///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    ///         write!(f, "locked by {}", self.owner)
    ///     }
    /// }
    /// impl HttpError for Locked {
    ///     fn status(&self) -> Status {
    ///         Status::Locked
    ///     }
    ///     // The client sees less than the logs do.
    ///     fn fmt_detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    ///         f.write_str("the resource is locked")
    ///     }
    /// }
    /// # #[cfg(feature = "problem")]
    /// assert_eq!(Locked { owner: "kim" }.problem().detail.as_deref(), Some("the resource is locked"));
    /// ```
    fn fmt_detail(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Display::fmt(self, f)
    }

    /// Writes the `detail` for a client speaking `language` when the error has a text of its own
    /// for it, and answers `Some` with the result; `None` (the default), having written nothing,
    /// means the detail is [`fmt_detail`](HttpError::fmt_detail)'s in every language.
    ///
    /// [`fmt_detail`](HttpError::fmt_detail) is the text in the type's
    /// [`default_language`](HttpError::default_language); `statuskit::axum::ProblemLayer` and
    /// `statuskit::actix::ProblemMiddleware` ask this hook for the language they negotiated. The
    /// derive answers it from `#[problem(detail = "…", detail_ko = "…")]` (each falling back to
    /// the `Display` text), and [`exposes_detail`](HttpError::exposes_detail) decides for every
    /// language alike. Languages statuskit may learn later answer `None` unless the error knows
    /// them.
    ///
    /// ```
    /// use core::fmt;
    /// use statuskit::{HttpError, Language, Status};
    ///
    /// struct Missing(u64);
    /// impl fmt::Display for Missing {
    ///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    ///         write!(f, "order {} not found", self.0)
    ///     }
    /// }
    /// impl HttpError for Missing {
    ///     fn status(&self) -> Status {
    ///         Status::NotFound
    ///     }
    ///     fn fmt_detail_in(&self, language: Language, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    ///         match language {
    ///             Language::Korean => Some(write!(f, "주문 {}을 찾을 수 없습니다", self.0)),
    ///             _ => None,
    ///         }
    ///     }
    /// }
    /// ```
    fn fmt_detail_in(
        &self,
        language: Language,
        f: &mut core::fmt::Formatter<'_>,
    ) -> Option<core::fmt::Result> {
        let _ = (language, f);
        None
    }

    /// The problem's `type` URI; `None` (the default) means `"about:blank"`.
    ///
    /// Derived from `#[problem(type = "…")]`.
    ///
    /// ```
    /// # use statuskit::{HttpError, Status};
    /// struct OutOfCredit;
    /// # impl core::fmt::Display for OutOfCredit {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
    /// # }
    /// impl HttpError for OutOfCredit {
    ///     fn status(&self) -> Status {
    ///         Status::Forbidden
    ///     }
    ///     fn problem_type(&self) -> Option<&'static str> {
    ///         Some("https://example.com/probs/out-of-credit")
    ///     }
    /// }
    /// # #[cfg(feature = "problem")]
    /// assert_eq!(OutOfCredit.problem().type_uri, "https://example.com/probs/out-of-credit");
    /// ```
    fn problem_type(&self) -> Option<&'static str> {
        None
    }

    /// The problem's `title`; `None` (the default) means the status's canonical reason phrase.
    ///
    /// Derived from `#[problem(title = "…")]`, or from `#[http_error(title = "ko")]`, which
    /// answers [`Status::name_ko`]. The title is written even for hidden server errors: it is a
    /// constant chosen by the developer, not the error's message.
    ///
    /// ```
    /// # use statuskit::{HttpError, Status};
    /// struct Busy;
    /// # impl core::fmt::Display for Busy {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
    /// # }
    /// impl HttpError for Busy {
    ///     fn status(&self) -> Status {
    ///         Status::Conflict
    ///     }
    ///     fn problem_title(&self) -> Option<&'static str> {
    ///         self.status().name_ko()
    ///     }
    /// }
    /// # #[cfg(feature = "problem")]
    /// assert_eq!(Busy.problem().title, "충돌");
    /// ```
    fn problem_title(&self) -> Option<&'static str> {
        None
    }

    /// The problem's `title` in `language`; `None` means the status's title in that language
    /// ([`Status::title_in`]: the canonical phrase, or the Korean name).
    ///
    /// The default answers [`problem_title`](HttpError::problem_title) in every language, so a
    /// hand-written title stays as written. The derive answers a variant's own title per
    /// language (`#[problem(title = "Slow down", title_ko = "천천히")]`) and `None` otherwise; a
    /// `#[status(transparent)]` variant asks its field in the same language.
    ///
    /// ```
    /// use statuskit::{HttpError, Language, Status};
    /// struct SlowDown;
    /// # impl core::fmt::Display for SlowDown {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
    /// # }
    /// impl HttpError for SlowDown {
    ///     fn status(&self) -> Status {
    ///         Status::TooManyRequests
    ///     }
    ///     fn problem_title_in(&self, language: Language) -> Option<&'static str> {
    ///         Some(match language {
    ///             Language::Korean => "천천히",
    ///             _ => "Slow down",
    ///         })
    ///     }
    /// }
    /// assert_eq!(SlowDown.problem_title_in(Language::Korean), Some("천천히"));
    /// ```
    fn problem_title_in(&self, language: Language) -> Option<&'static str> {
        let _ = language;
        self.problem_title()
    }

    /// The language of the problem when nothing else chooses one: English by default, Korean for
    /// types with `#[http_error(title = "ko")]`.
    ///
    /// Responses built without a per-request choice ([`problem`][problem],
    /// [`problem_json`][problem_json], the framework impls) title the problem in it;
    /// `statuskit::axum::ProblemLayer` and `statuskit::actix::ProblemMiddleware` use it when the
    /// request's `Accept-Language` names no language statuskit writes and the layer has no
    /// default of its own. It is the type's choice: a `#[status(transparent)]` variant answers
    /// its enum's language, not its field's.
    ///
    #[cfg_attr(feature = "problem", doc = "[problem]: HttpError::problem")]
    #[cfg_attr(feature = "problem", doc = "[problem_json]: HttpError::problem_json")]
    #[cfg_attr(not(feature = "problem"), doc = "[problem]: HttpError")]
    #[cfg_attr(not(feature = "problem"), doc = "[problem_json]: HttpError")]
    fn default_language(&self) -> Language {
        Language::English
    }

    /// Adds the problem's extension members; the default adds none.
    ///
    /// Derived from fields marked `#[problem(extension)]`. Members are written after the standard
    /// ones, in call order; names of standard members are ignored. See [`Extensions`].
    fn problem_extensions(&self, members: &mut Extensions<'_>) {
        let _ = members;
    }

    /// Adds the response's headers; the default adds none.
    ///
    /// Derived from `#[header(…)]` on fields and variants. The integrations own `Content-Type`
    /// and the headers that frame the message or manage the connection (`Content-Length`,
    /// `Transfer-Encoding`, `Connection`, `Keep-Alive`, `TE`, `Trailer`, `Host`,
    /// `Proxy-Connection`, and `Upgrade` but on a 426): the derive rejects them, and the
    /// integrations skip them when a hand-written impl sends one. A name or value that is not
    /// valid in HTTP (a field holding a newline, a `Display` that fails) is skipped too, rather
    /// than failing the response; with the `tracing` feature each skip is logged at warn level
    /// with the header's name.
    ///
    /// ```
    /// use statuskit::{HeaderSink, HeaderValue, HttpError, Status};
    ///
    /// struct SlowDown { retry_after: u64 }
    /// # impl core::fmt::Display for SlowDown {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
    /// # }
    ///
    /// impl HttpError for SlowDown {
    ///     fn status(&self) -> Status {
    ///         Status::TooManyRequests
    ///     }
    ///     fn headers(&self, sink: &mut dyn HeaderSink) {
    ///         sink.header("Retry-After", HeaderValue::display(&self.retry_after));
    ///     }
    /// }
    ///
    /// let mut seen = Vec::new();
    /// SlowDown { retry_after: 30 }.headers(&mut |name, value: HeaderValue<'_>| {
    ///     seen.push(format!("{name}: {value}"));
    /// });
    /// assert_eq!(seen, ["Retry-After: 30"]);
    /// ```
    fn headers(&self, sink: &mut dyn HeaderSink) {
        let _ = sink;
    }

    /// The error as a `core::error::Error`, to reach its `source()` chain when it is logged; the
    /// default is `None`, and the derive answers `Some(self)` when the type implements `Error`.
    ///
    /// ```
    /// # use statuskit::{HttpError, Status};
    /// #[derive(Debug)]
    /// struct Failed;
    /// # impl core::fmt::Display for Failed {
    /// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
    /// # }
    /// impl core::error::Error for Failed {}
    ///
    /// impl HttpError for Failed {
    ///     fn status(&self) -> Status {
    ///         Status::InternalServerError
    ///     }
    ///     fn as_error(&self) -> Option<&dyn core::error::Error> {
    ///         Some(self)
    ///     }
    /// }
    /// assert!(Failed.as_error().is_some());
    /// ```
    fn as_error(&self) -> Option<&dyn core::error::Error> {
        None
    }

    /// Logs the error when its message is hidden from the client; the integrations call it each
    /// time they write a response.
    ///
    /// With the `tracing` feature, an error whose [`exposes_detail`](HttpError::exposes_detail)
    /// is `false` is logged with its status, its `Display` text and the `source()` chain reached
    /// through [`as_error`](HttpError::as_error): at error level for a server error, at warn
    /// level for a client error (a foreign error's text the derive kept from the client). Without the feature, or for an
    /// exposed error, it does nothing. Override it to log elsewhere.
    fn log_hidden(&self) {
        super::log::log_hidden(self.as_erased());
    }

    /// The RFC 9457 problem for this error, with the safe defaults applied: `detail` is the
    /// `Display` text only when [`exposes_detail`](HttpError::exposes_detail) says so.
    ///
    /// ```
    /// use statuskit::{HttpError, Status};
    ///
    /// struct DbDown;
    /// impl core::fmt::Display for DbDown {
    ///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    ///         f.write_str("connection refused: postgres://admin:hunter2@db")
    ///     }
    /// }
    /// impl HttpError for DbDown {
    ///     fn status(&self) -> Status {
    ///         Status::InternalServerError
    ///     }
    /// }
    ///
    /// let problem = DbDown.problem();
    /// assert_eq!(problem.title, "Internal Server Error");
    /// assert_eq!(problem.detail, None);
    /// ```
    #[cfg(feature = "problem")]
    fn problem(&self) -> crate::Problem {
        crate::problem::build(self.as_erased())
    }

    /// The problem's compact JSON body, written directly (no intermediate [`Problem`]); the
    /// members are those of [`problem`](HttpError::problem), extensions in call order.
    ///
    /// ```
    /// use statuskit::{HttpError, Status};
    ///
    /// struct Taken(&'static str);
    /// impl core::fmt::Display for Taken {
    ///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    ///         write!(f, "\"{}\" is taken", self.0)
    ///     }
    /// }
    /// impl HttpError for Taken {
    ///     fn status(&self) -> Status {
    ///         Status::Conflict
    ///     }
    /// }
    ///
    /// assert_eq!(
    ///     Taken("kim").problem_json(),
    ///     br#"{"type":"about:blank","title":"Conflict","status":409,"detail":"\"kim\" is taken"}"#,
    /// );
    /// ```
    ///
    /// [`Problem`]: crate::Problem
    #[cfg(feature = "problem")]
    fn problem_json(&self) -> alloc::vec::Vec<u8> {
        let mut out = alloc::vec::Vec::with_capacity(128);
        crate::problem::write(self.as_erased(), &mut out);
        out
    }

    /// The whole response as an `http::Response`, for hyper, tower or any framework built on the
    /// `http` crate: the status, `Content-Type: application/problem+json`, the error's
    /// [`headers`](HttpError::headers) and the [`problem_json`](HttpError::problem_json) body.
    /// Calls [`log_hidden`](HttpError::log_hidden) first.
    ///
    /// ```
    /// use statuskit::{HttpError, Status};
    ///
    /// struct Missing;
    /// impl core::fmt::Display for Missing {
    ///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    ///         f.write_str("no such user")
    ///     }
    /// }
    /// impl HttpError for Missing {
    ///     fn status(&self) -> Status {
    ///         Status::NotFound
    ///     }
    /// }
    ///
    /// let response = Missing.to_http_response();
    /// assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    /// assert_eq!(response.headers()["content-type"], "application/problem+json");
    /// // hyper wants its own body type: map it, e.g. `response.map(Full::from)`.
    /// let response = response.map(String::from_utf8);
    /// assert!(response.body().as_ref().unwrap().contains("no such user"));
    /// ```
    #[cfg(all(feature = "http", feature = "problem"))]
    fn to_http_response(&self) -> http::Response<alloc::vec::Vec<u8>> {
        crate::response::http::response(self.as_erased())
    }
}
