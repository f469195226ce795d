//! Parsing of `#[status(…)]`, `#[http_error(…)]` and `#[status_enum(…)]` into plain values.
//!
//! Only syntax is checked here; whether a code or name exists is `valid`'s business.

use proc_macro2::TokenTree;
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Attribute, LitStr, Meta};

mod header;
mod problem;
mod status;
mod thiserror;

pub(crate) use self::header::HeaderAttr;
use self::header::{HeaderArgs, parse_header};
pub(crate) use self::problem::Constant;
use self::problem::{parse_field_problem, parse_problem};
use self::status::parse_status;
pub(crate) use self::status::{StatusAttr, StatusValue};
pub(crate) use self::thiserror::{doc_comment, error_template, error_transparent};
use crate::ctxt::Ctxt;

/// `#[status(404)]`: the status of a type or variant.
pub(crate) const STATUS: &str = "status";
/// `#[http_error(crate = path)]`: options of `HttpError` as a whole.
pub(crate) const HTTP_ERROR: &str = "http_error";
/// `#[problem(type = "…", title = "…")]`: the RFC 9457 members of a type or variant.
pub(crate) const PROBLEM: &str = "problem";
/// `#[header("Retry-After")]` on a field, `#[header("WWW-Authenticate", "Bearer")]` on a variant.
pub(crate) const HEADER: &str = "header";
/// `#[status_enum(crate = path)]`: options of `StatusEnum` as a whole.
pub(crate) const STATUS_ENUM: &str = "status_enum";
/// `#[status(transparent)]`: take the status from the one field.
const TRANSPARENT: &str = "transparent";
/// `#[status(420, nonstandard)]`: accept a status the IANA registry does not list as permanent.
const NONSTANDARD: &str = "nonstandard";
/// `#[status(503, expose)]`: show the `Display` text as `detail` even for a server error.
const EXPOSE: &str = "expose";
/// `#[http_error(crate = path)]`: where to find the statuskit crate.
const CRATE: &str = "crate";
/// `#[http_error(title = "ko")]`: titles in Korean; `#[problem(title = "…")]`: a title.
const TITLE: &str = "title";
/// `#[problem(title_ko = "…")]`: the title for Korean clients.
const TITLE_KO: &str = "title_ko";
/// `#[problem(type = "…")]`: the problem type URI.
const TYPE: &str = "type";
/// `#[problem(extension)]` on a field: add it to the problem's members.
const EXTENSION: &str = "extension";
/// `#[header(name = "…")]`
const NAME: &str = "name";
/// `#[header(value = "…")]`
const VALUE: &str = "value";
/// `#[header(waive = "WWW-Authenticate")]`: a header the status requires is added elsewhere.
const WAIVE: &str = "waive";
/// The only language `#[http_error(title = …)]` knows.
const KOREAN: &str = "ko";
/// `#[status(404 | 409, by = path::to_fn)]`: the function that chooses among the statuses.
const BY: &str = "by";
/// `#[problem(type_base = "https://errors.example.com/")]`: what relative `type`s resolve against.
const TYPE_BASE: &str = "type_base";

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

impl<'a> FieldAttrs<'a> {
    /// Parses the `#[problem]` and `#[header]` attributes of a field, recording errors in `cx`.
    pub(crate) fn get(cx: &Ctxt, attrs: &'a [Attribute]) -> Self {
        let mut result = FieldAttrs::default();
        for attr in attrs {
            if attr.path().is_ident(PROBLEM) {
                let Some(name) = parse_field_problem(cx, attr) else {
                    continue;
                };
                if result.extension.is_some() {
                    cx.error_spanned_by(attr, "duplicate #[problem(extension)]; keep one");
                } else {
                    result.extension = Some((attr, name));
                }
            } else if attr.path().is_ident(HEADER) {
                let header = match parse_header(cx, attr) {
                    Some(HeaderArgs::Send { name, value }) => HeaderAttr {
                        original: attr,
                        name,
                        value,
                    },
                    Some(HeaderArgs::Waive(name)) => {
                        cx.error_spanned_by(
                            attr,
                            format_args!(
                                "waive a header on the variant or the type, not on a field: #[header(waive = {:?})]",
                                name.value()
                            ),
                        );
                        continue;
                    }
                    None => continue,
                };
                if result.header.is_some() {
                    cx.error_spanned_by(
                        attr,
                        "a field is the value of one header; keep one #[header(…)]",
                    );
                } else {
                    result.header = Some(header);
                }
            }
        }
        result
    }
}

impl<'a> Attrs<'a> {
    /// Parses the statuskit attributes among `attrs`, recording every error in `cx`.
    ///
    /// `options` is the name of the derive's own options attribute (`http_error` or `status_enum`).
    pub(crate) fn get(cx: &Ctxt, attrs: &'a [Attribute], options: &str) -> Self {
        let mut result = Attrs::default();
        for attr in attrs {
            if attr.path().is_ident(STATUS) {
                result.status_written = true;
                let Some(parsed) = parse_status(cx, attr) else {
                    continue;
                };
                if result.status.is_some() {
                    cx.error_spanned_by(attr, "duplicate #[status] attribute; keep one");
                } else {
                    result.status = Some(parsed);
                }
            } else if attr.path().is_ident(options) {
                let Some(parsed) = parse_options(cx, attr, options) else {
                    continue;
                };
                if let Some(path) = parsed.krate {
                    if result.krate.is_some() {
                        cx.error_spanned_by(
                            attr,
                            format_args!("duplicate #[{options}(crate = …)]; keep one"),
                        );
                    } else {
                        result.krate = Some((attr, path));
                    }
                }
                if parsed.title_ko {
                    if result.title_ko.is_some() {
                        cx.error_spanned_by(
                            attr,
                            format_args!("duplicate #[{options}(title = …)]; keep one"),
                        );
                    } else {
                        result.title_ko = Some(attr);
                    }
                }
            } else if options == HTTP_ERROR && attr.path().is_ident(PROBLEM) {
                result.problem_attr.get_or_insert(attr);
                parse_problem(cx, attr, &mut result);
            } else if options == HTTP_ERROR && attr.path().is_ident(HEADER) {
                match parse_header(cx, attr) {
                    Some(HeaderArgs::Send { name, value }) => result.headers.push(HeaderAttr {
                        original: attr,
                        name,
                        value,
                    }),
                    Some(HeaderArgs::Waive(name)) => result.waived.push(name),
                    None => {}
                }
            }
        }
        result
    }
}

/// The string after `key =`; `example` shows how to write it.
fn string_value(meta: &syn::meta::ParseNestedMeta<'_>, example: &str) -> syn::Result<LitStr> {
    let value = meta.value()?;
    if value.peek(LitStr) {
        return value.parse();
    }
    // #[problem(title = Slow)], #[problem(title = 1)]
    let token: TokenTree = value.parse()?;
    Err(syn::Error::new_spanned(
        &token,
        format!("expected a string, found `{token}`; write {example}"),
    ))
}

/// An error at the next token, naming it.
fn unexpected(input: ParseStream<'_>, what_instead: &str) -> syn::Error {
    let next = input.fork().parse::<TokenTree>().ok();
    match next {
        Some(token) => {
            syn::Error::new_spanned(&token, format!("unexpected `{token}`; {what_instead}"))
        }
        None => input.error(what_instead),
    }
}

/// What one `#[http_error(…)]` or `#[status_enum(…)]` says.
struct Options {
    krate: Option<syn::Path>,
    title_ko: bool,
}

fn parse_options(cx: &Ctxt, attr: &Attribute, options: &str) -> Option<Options> {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            format_args!(
                "write #[{options}(crate = path)], e.g. #[{options}(crate = ::my_statuskit)]"
            ),
        );
        return None;
    }
    let mut krate = None;
    let mut title_ko = false;
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident(CRATE) {
            // #[http_error(crate = ::my_statuskit)]
            let value = meta.value()?;
            let path = if value.peek(LitStr) {
                // #[http_error(crate = "my_statuskit")], as serde spells it
                value.parse::<LitStr>()?.parse::<syn::Path>()?
            } else {
                value.call(syn::Path::parse_mod_style)?
            };
            if krate.is_some() {
                return Err(meta.error("duplicate `crate` key; keep one"));
            }
            krate = Some(path);
            Ok(())
        } else if options == HTTP_ERROR && meta.path.is_ident(TITLE) {
            // #[http_error(title = "ko")]
            let language = string_value(&meta, "#[http_error(title = \"ko\")]")?;
            if language.value() != KOREAN {
                return Err(syn::Error::new(
                    language.span(),
                    format_args!(
                        "unknown title language {:?}; the only one is \"ko\" (titles are the English reason phrases without it)",
                        language.value()
                    ),
                ));
            }
            if title_ko {
                return Err(meta.error("duplicate `title` key; keep one"));
            }
            title_ko = true;
            Ok(())
        } else {
            // #[http_error(krate = x)]
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            let keys = if options == HTTP_ERROR {
                "the keys are `crate` and `title`"
            } else {
                "the only key is `crate`"
            };
            Err(meta.error(format_args!("unknown key `{key}` in #[{options}]; {keys}")))
        }
    });
    match result {
        Ok(()) if krate.is_none() && !title_ko => {
            cx.error_spanned_by(
                attr,
                format_args!("#[{options}] is empty; write #[{options}(crate = path)]"),
            );
            None
        }
        Ok(()) => Some(Options { krate, title_ko }),
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}
