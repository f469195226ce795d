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
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Maps an error type to an HTTP status from `#[status(…)]` attributes.
#[proc_macro_derive(HttpError, attributes(status, http_error))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive_http_error(&input).into()
}

/// Makes a fieldless enum a typed subset of `statuskit::Status`.
#[proc_macro_derive(StatusEnum, attributes(status, status_enum))]
pub fn derive_status_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive_status_enum(&input).into()
}
