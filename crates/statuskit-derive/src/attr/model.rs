//! The plain values the attribute parsers produce, before `valid` checks them: what one type,
//! variant or field says.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, Ident, LitInt, LitStr};

/// The attributes statuskit reads on one type, variant or field.
#[derive(Default)]
pub(crate) struct Attrs<'a> {
    pub(crate) status: Option<StatusAttr<'a>>,
    /// Set when a `#[status]` was written, even one that failed to parse, so that a
    /// "missing #[status]" error does not follow the parse error.
    pub(crate) status_written: bool,
    /// The `crate = path` option, with the attribute it came from.
    pub(crate) krate: Option<(&'a Attribute, syn::Path)>,
    /// `#[http_error(title = "ko")]`, with the attribute it came from.
    pub(crate) title_ko: Option<&'a Attribute>,
    /// `#[problem(type = "…")]`
    pub(crate) problem_type: Option<LitStr>,
    /// `#[problem(title = "…")]`
    pub(crate) problem_title: Option<LitStr>,
    /// `#[problem(title_ko = "…")]`
    pub(crate) problem_title_ko: Option<LitStr>,
    /// `#[problem(detail = "…")]`: a template over the fields, checked by `valid`.
    pub(crate) problem_detail: Option<LitStr>,
    /// `#[problem(detail_ko = "…")]`: the same for Korean clients, with particle pairs.
    pub(crate) problem_detail_ko: Option<LitStr>,
    /// What thiserror's `#[error]` makes of the `Display`: whether it is a field's own text.
    pub(crate) display: DisplayOf,
    /// `#[problem(type_base = "…")]`
    pub(crate) type_base: Option<LitStr>,
    /// `#[problem(extension(code = "…", retryable = false))]`, in order.
    pub(crate) constants: Vec<Constant>,
    /// The first `#[problem]`, to span errors about where it stands.
    pub(crate) problem_attr: Option<&'a Attribute>,
    /// `#[header(…)]`, in order.
    pub(crate) headers: Vec<HeaderAttr<'a>>,
    /// `#[header(waive = "…")]`: required headers another layer sends.
    pub(crate) waived: Vec<LitStr>,
}

/// The attributes statuskit reads on a field of an `HttpError`.
#[derive(Default)]
pub(crate) struct FieldAttrs<'a> {
    /// `#[problem(extension)]`, with the name of `#[problem(extension = "name")]`.
    pub(crate) extension: Option<(&'a Attribute, Option<LitStr>)>,
    /// `#[header("Retry-After")]`
    pub(crate) header: Option<HeaderAttr<'a>>,
}

/// One parsed `#[status(…)]`.
pub(crate) struct StatusAttr<'a> {
    /// The whole attribute, to span errors about it as a whole.
    pub(crate) original: &'a Attribute,
    /// The status, or the first of a list.
    pub(crate) value: StatusValue,
    /// The rest of a list, `#[status(404 | 409 | 500, by = …)]`.
    pub(crate) more: Vec<StatusValue>,
    /// `by = path`: the `by` keyword, for spans, and the function's path.
    pub(crate) by: Option<(Ident, syn::Path)>,
    /// The `nonstandard` flag, kept for its span.
    pub(crate) nonstandard: Option<Ident>,
    /// The `expose` flag, kept for its span.
    pub(crate) expose: Option<Ident>,
}

/// What a `#[status(…)]` names, before it is looked up.
pub(crate) enum StatusValue {
    /// `#[status(404)]`
    Code(LitInt),
    /// `#[status(NotFound)]` or `#[status(Status::NotFound)]`
    Name(Ident),
    /// `#[status("Not Found")]`
    Phrase(LitStr),
    /// `#[status(transparent)]`
    Transparent(Ident),
}

impl StatusValue {
    /// The token an error about the value should point at.
    pub(crate) fn tokens(&self) -> TokenStream {
        match self {
            StatusValue::Code(lit) => lit.to_token_stream(),
            StatusValue::Name(ident) | StatusValue::Transparent(ident) => ident.to_token_stream(),
            StatusValue::Phrase(lit) => lit.to_token_stream(),
        }
    }
}

/// One parsed `#[header(…)]` that sends a header.
pub(crate) struct HeaderAttr<'a> {
    pub(crate) original: &'a Attribute,
    pub(crate) name: LitStr,
    /// The constant value; a field's header has none, the field is the value.
    pub(crate) value: Option<LitStr>,
}

/// One `name = literal` of `#[problem(extension(…))]`: a member every problem of the type or
/// variant carries.
#[derive(Clone)]
pub(crate) struct Constant {
    /// The member's name, spanned on its key.
    pub(crate) name: LitStr,
    /// The value as Rust: a string, an `i64` or `u64`, an `f64`, a `bool`.
    pub(crate) value: TokenStream,
    /// The value as JSON text, for the OpenAPI examples.
    pub(crate) json: String,
}

/// Where a type's or variant's `Display` text comes from, as thiserror's `#[error]` says.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum DisplayOf {
    /// A text of its own, or no `#[error]` at all (a hand-written `Display`).
    #[default]
    Own,
    /// `#[error(transparent)]` or `#[error("{0}")]` (one placeholder, nothing else): the text of
    /// a field, which may be a foreign error's (a driver's, an upstream's).
    Field,
}
