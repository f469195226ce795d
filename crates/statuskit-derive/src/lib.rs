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

#[doc = include_str!("../doc/http_error.md")]
#[proc_macro_derive(HttpError, attributes(status, http_error, problem, header))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive_http_error(&input).into()
}

/// Makes a fieldless enum a typed subset of `statuskit::Status`, e.g. the statuses one
/// endpoint may answer with.
///
/// ```rust
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
