//! Derives for statuskit: `HttpError` and `StatusEnum`, checked against the HTTP status spec.
//!
//! `lib.rs` only parses and hands off to `expand`; see `valid` for the rules and `fallback`
//! for what a rejected input expands to.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod generated;
mod prop;
mod table;
mod uri;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Implements `statuskit::HttpError` from `#[status(…)]` attributes, checked against the spec
/// at compile time.
///
/// ```rust,ignore
/// use statuskit::{HttpError, Status};
///
/// #[derive(Debug, thiserror::Error, HttpError)]
/// #[status(500)] // the default for variants without their own
/// enum ApiError {
///     #[error("user {0} not found")]
///     #[status(404)]
///     UserNotFound(u64),
///     #[error("email already used")]
///     #[status(Conflict)]
///     DuplicateEmail,
///     #[error("too large")]
///     #[status("Content Too Large")]
///     TooLarge,
///     #[error(transparent)]
///     #[status(transparent)] // the status (and every other hook) of the one field
///     Auth(#[from] AuthError),
///     #[error("calm down")]
///     #[status(420, nonstandard)]
///     Calm,
///     #[error("database: {0}")]
///     Db(String), // 500, the enum's default
/// }
///
/// #[derive(Debug, thiserror::Error, HttpError)]
/// #[error("already exists")]
/// #[status(409)]
/// struct AlreadyExists;
///
/// assert_eq!(ApiError::DuplicateEmail.status(), Status::Conflict);
/// ```
///
/// A status is a code (`404`), a `Status` variant name (`NotFound`, or `Status::NotFound`), or a
/// registered reason phrase in any case (`"not found"`; older phrases such as
/// `"Request Entity Too Large"` too). A status that is not permanently registered (104, 418, 420)
/// needs `nonstandard` in every form: `#[status(420, nonstandard)]`,
/// `#[status(EnhanceYourCalm, nonstandard)]`, `#[status("I'm a teapot", nonstandard)]`.
/// 1xx and 2xx are rejected, since an error that answers "OK" is a bug, and so is 304, whose
/// response carries no content; other 3xx are accepted (with their `Location`), since a handler
/// may well leave through its error path with a redirect.
///
/// `#[status(404 | 409 | 500, by = db_status)]` on a variant (or struct) with one field lets
/// `fn db_status(error: &Field) -> Status` choose among the listed statuses at run time; on the
/// enum, as the default, the function is given the whole value (`fn(&ApiError) -> Status`, which
/// must not call `status()`). Every rule holds for each listed status (required headers,
/// `Retry-After`, no 1xx/2xx/304), details are hidden per chosen status, and OpenAPI documents
/// each. A status the function answers outside the list is replaced by the first 5xx listed (or
/// 500) and, with `tracing`, logged at error level naming the function.
///
/// A server error hides its `Display` text from clients; `#[status(503, expose)]` shows it (on
/// the enum, `expose` applies to the variants that take its default status).
///
/// `#[problem(type = "https://example.com/probs/out-of-credit", title = "Out of credit")]` on a
/// variant or struct sets the problem's `type` and `title` (on the enum, the defaults of its
/// non-transparent variants); `#[http_error(title = "ko")]` on the type titles the rest with the
/// status's Korean name. `#[problem(type_base = "https://errors.example.com/")]` on the type
/// resolves relative `type`s against it (RFC 3986 §5.2: `type = "out-of-credit"` sends
/// `https://errors.example.com/out-of-credit`); absolute ones stay as written, and a malformed
/// URI is a compile error. `#[problem(extension(code = "ORDER_NOT_FOUND", retryable = false))]`
/// adds constant members (string, integer, float or bool literals) on a variant, struct or enum;
/// the enum's go to every non-transparent variant, and a variant's own win by name.
///
/// Fields marked `#[problem(extension)]` (or `#[problem(extension = "name")]`, which tuple fields
/// need) become problem members; a field marked `#[header("Retry-After")]` is sent as that
/// header, and `#[header("WWW-Authenticate", "Bearer")]` (or `#[header(name = "…", value =
/// "…")]`) on a variant or struct sends a constant. A field of type `Option<T>` sends its header
/// only when `Some`, and a `Duration` as whole seconds. Header names must be tokens, and not
/// `Content-Type` or a header that frames the message or manages the connection
/// (`Content-Length`, `Transfer-Encoding`, `Connection`, `Keep-Alive`, `TE`, `Trailer`, `Host`,
/// `Proxy-Connection`; `Upgrade` but on a 426); constant values must be visible ASCII;
/// `Retry-After` goes only with 3xx, 413, 429 and 503; extension names must be unique
/// and not a standard member. Transparent variants take all of these from the wrapped error,
/// their `detail` too (the wrapped error's text, not the wrapper's `Display`). A variant with
/// thiserror's `#[error(transparent)]` needs a `#[status]` of its own (usually
/// `#[status(transparent)]`), so it never silently takes the enum's default.
///
/// A 301, 302, 303, 307 or 308 must send `Location`, a 401 `WWW-Authenticate`, a 405 `Allow`, a
/// 407 `Proxy-Authenticate`, a 416 `Content-Range` and a 426 `Upgrade`; when another layer adds
/// it, say so with
/// `#[header(waive = "WWW-Authenticate")]` on the variant (or on the enum, for all of them).
///
/// With statuskit's `axum` feature the type also implements axum's `IntoResponse`, and with
/// `actix-web` actix-web's `ResponseError` (the type must then be `Debug`); without either
/// feature the derive emits nothing for them. With statuskit's `utoipa` feature the type also
/// implements `utoipa::IntoResponses`, from the same attributes: a response per status, with a
/// named example per variant whose `detail` is thiserror's `#[error("…")]` template on it (else
/// its doc comment) and whose description is its doc comment; header and extension member
/// schemas follow the fields' types (an extension field's own `utoipa` schema when it has one);
/// constant members show their values. Transparent variants add their field type's responses
/// when it implements `IntoResponses` (a derived one does); for a generic field type the impl is
/// bounded by `E: statuskit::__private::openapi::Documented`, so the wrapper documents what it
/// wraps, or fails to compile saying why.
///
/// Every mistake is a compile error on the offending token, all of them in one compile:
/// unknown or unregistered codes (with the nearest registered ones), misspelt names (with a
/// suggestion), a missing status, duplicates, `transparent` without exactly one field, and
/// `#[status]` where it has no meaning.
///
/// The generated `status()` is the `match self { Self::V(..) => ::statuskit::Status::NotFound,
/// … }` one would write by hand. A transparent field whose type names a type parameter gets an
/// `HttpError` bound. Options on the type: `#[http_error(crate = path)]` when statuskit is
/// renamed or re-exported, `#[http_error(title = "ko")]` for Korean titles.
#[proc_macro_derive(HttpError, attributes(status, http_error, problem, header))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive_http_error(&input).into()
}

/// Makes a fieldless enum a typed subset of `statuskit::Status`, e.g. the statuses one
/// endpoint may answer with.
///
/// ```rust,ignore
/// use statuskit::{Status, StatusEnum};
///
/// #[derive(Debug, Clone, Copy, PartialEq, StatusEnum)]
/// enum GetUser {
///     Ok,                  // named after a `Status` variant
///     NotFound,
///     #[status(304)]       // or any name with the same forms as `HttpError`'s `#[status]`
///     Unchanged,
/// }
///
/// assert_eq!(GetUser::NotFound.code(), 404);
/// assert_eq!(GetUser::Unchanged.reason_phrase(), "Not Modified");
/// assert_eq!(Status::from(GetUser::Ok), Status::Ok);
/// assert_eq!(GetUser::try_from(Status::NotModified), Ok(GetUser::Unchanged));
/// assert_eq!(GetUser::try_from(Status::Gone), Err(Status::Gone)); // not in the subset
/// assert_eq!(GetUser::NotFound.to_string(), "404 Not Found");
/// ```
///
/// It gets `ALL`, `status()`, `code()` and `reason_phrase()` (all `const`, with the enum's
/// visibility), `From<Self> for Status`, `TryFrom<Status>` (whose error is the status that is
/// not in the subset) and `Display`. Any status is allowed, 1xx and 2xx included; two variants
/// may not stand for the same one. Options: `#[status_enum(crate = path)]`.
#[proc_macro_derive(StatusEnum, attributes(status, status_enum))]
pub fn derive_status_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive_status_enum(&input).into()
}
