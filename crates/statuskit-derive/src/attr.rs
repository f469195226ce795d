//! Parsing of `#[status(…)]`, `#[http_error(…)]` and `#[status_enum(…)]` into plain values.
//!
//! Only syntax is checked here; whether a code or name exists is `valid`'s business.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitInt, LitStr, Meta, Token};

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
/// `#[http_error(title = "ko")]`: titles in Korean.
const TITLE: &str = "title";
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

/// What a `#[header(…)]` says.
enum HeaderArgs {
    /// A header to send, with its constant value if any.
    Send { name: LitStr, value: Option<LitStr> },
    /// `#[header(waive = "…")]`
    Waive(LitStr),
}

/// One parsed `#[header(…)]` that sends a header.
pub(crate) struct HeaderAttr<'a> {
    pub(crate) original: &'a Attribute,
    pub(crate) name: LitStr,
    /// The constant value; a field's header has none, the field is the value.
    pub(crate) value: Option<LitStr>,
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

/// `#[problem(extension)]` or `#[problem(extension = "name")]` on a field: the name, if given.
fn parse_field_problem(cx: &Ctxt, attr: &Attribute) -> Option<Option<LitStr>> {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            "write #[problem(extension)] to add this field to the problem, or #[problem(extension = \"name\")] to rename it",
        );
        return None;
    }
    let mut extension = None;
    let parsed = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident(EXTENSION) {
            let name = if meta.input.peek(Token![=]) {
                Some(string_value(&meta, "#[problem(extension = \"name\")]")?)
            } else {
                None
            };
            if extension.is_some() {
                return Err(meta.error("duplicate `extension`; keep one"));
            }
            extension = Some(name);
            Ok(())
        } else if meta.path.is_ident(TYPE) || meta.path.is_ident(TITLE) {
            let key = meta.path.to_token_stream().to_string();
            Err(meta.error(format_args!(
                "`{key}` goes in #[problem(…)] on the variant or the type, not on a field"
            )))
        } else {
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            Err(meta.error(format_args!(
                "unknown key `{key}` in #[problem] on a field; the only one is `extension`, as in #[problem(extension)]"
            )))
        }
    });
    match parsed {
        Ok(()) if extension.is_none() => {
            cx.error_spanned_by(
                attr,
                "#[problem()] is empty; write #[problem(extension)] to add this field to the problem",
            );
            None
        }
        Ok(()) => extension,
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// `#[header("Name")]`, `#[header("Name", "value")]`, `#[header(name = "…", value = "…")]` or
/// `#[header(waive = "…")]`.
fn parse_header(cx: &Ctxt, attr: &Attribute) -> Option<HeaderArgs> {
    let Meta::List(list) = &attr.meta else {
        cx.error_spanned_by(
            attr,
            "write the header in parentheses: #[header(\"Retry-After\")] on a field, #[header(\"WWW-Authenticate\", \"Bearer\")] on a variant",
        );
        return None;
    };
    let parser = |input: ParseStream<'_>| parse_header_args(input);
    match parser.parse2(list.tokens.clone()) {
        Ok(HeaderKeys {
            waive: Some(waive),
            name: None,
            value: None,
        }) => Some(HeaderArgs::Waive(waive)),
        Ok(HeaderKeys { waive: Some(_), .. }) => {
            cx.error_spanned_by(
                attr,
                "a waiver names a header not to send; write it alone: #[header(waive = \"…\")]",
            );
            None
        }
        Ok(HeaderKeys {
            name: Some(name),
            value,
            ..
        }) => Some(HeaderArgs::Send { name, value }),
        Ok(HeaderKeys { name: None, .. }) => {
            cx.error_spanned_by(
                attr,
                "#[header] needs a name, as in #[header(\"Retry-After\")] or #[header(name = \"Retry-After\")]",
            );
            None
        }
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// The keys of a `#[header(…)]`, each checked for syntax only.
#[derive(Default)]
struct HeaderKeys {
    name: Option<LitStr>,
    value: Option<LitStr>,
    waive: Option<LitStr>,
}

fn parse_header_args(input: ParseStream<'_>) -> syn::Result<HeaderKeys> {
    if input.peek(LitStr) {
        // #[header("Name")], #[header("Name", "value")]
        let name: LitStr = input.parse()?;
        let mut value = None;
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.peek(LitStr) {
                value = Some(input.parse()?);
                if input.peek(Token![,]) {
                    input.parse::<Token![,]>()?;
                }
            }
        }
        if !input.is_empty() {
            return Err(unexpected(
                input,
                "#[header] takes a name and, on a variant, a value: #[header(\"WWW-Authenticate\", \"Bearer\")]",
            ));
        }
        return Ok(HeaderKeys {
            name: Some(name),
            value,
            waive: None,
        });
    }
    let mut keys = HeaderKeys::default();
    while !input.is_empty() {
        if !input.peek(Ident::peek_any) {
            return Err(unexpected(
                input,
                "expected a header name as a string, e.g. #[header(\"Retry-After\")]",
            ));
        }
        let key = input.call(Ident::parse_any)?;
        let slot = if key == NAME {
            &mut keys.name
        } else if key == VALUE {
            &mut keys.value
        } else if key == WAIVE {
            &mut keys.waive
        } else {
            let message = format!(
                "unknown key `{key}` in #[header]; the keys are `name`, `value` and `waive`, or write #[header(\"Name\", \"value\")]"
            );
            return Err(syn::Error::new(key.span(), message));
        };
        input.parse::<Token![=]>()?;
        if !input.peek(LitStr) {
            return Err(unexpected(
                input,
                &format!("expected a string, as in #[header({key} = \"…\")]"),
            ));
        }
        if slot.is_some() {
            return Err(syn::Error::new(
                key.span(),
                format_args!("duplicate `{key}` in #[header]; keep one"),
            ));
        }
        *slot = Some(input.parse()?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(keys)
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

/// `#[problem(type = "…", title = "…")]` on a type or variant, into `result`.
fn parse_problem(cx: &Ctxt, attr: &Attribute, result: &mut Attrs<'_>) {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            "write the problem's members in parentheses, e.g. #[problem(type = \"https://example.com/probs/out-of-credit\", title = \"Out of credit\")]",
        );
        return;
    }
    let parsed = attr.parse_nested_meta(|meta| {
        // #[problem(extension(code = "ORDER_NOT_FOUND", retryable = false))]
        if meta.path.is_ident(EXTENSION) {
            if !meta.input.peek(syn::token::Paren) {
                return Err(meta.error(
                    "`extension` alone goes on a field, to add it to the problem; here, list constant members: #[problem(extension(code = \"ORDER_NOT_FOUND\"))]",
                ));
            }
            return meta.parse_nested_meta(|member| {
                result.constants.push(parse_constant(&member)?);
                Ok(())
            });
        }
        let (key, slot) = if meta.path.is_ident(TYPE) {
            (TYPE, &mut result.problem_type)
        } else if meta.path.is_ident(TITLE) {
            (TITLE, &mut result.problem_title)
        } else if meta.path.is_ident(TYPE_BASE) {
            (TYPE_BASE, &mut result.type_base)
        } else {
            // #[problem(kind = "…")]
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            return Err(meta.error(format_args!(
                "unknown key `{key}` in #[problem]; the keys are `type`, `title`, `type_base` and `extension(…)`"
            )));
        };
        let value = string_value(&meta, &format!("#[problem({key} = \"…\")]"))?;
        if slot.is_some() {
            return Err(syn::Error::new(
                meta.path.span(),
                format_args!("duplicate `{key}` in #[problem]; keep one"),
            ));
        }
        *slot = Some(value);
        Ok(())
    });
    if let Err(err) = parsed {
        cx.syn_error(err);
    }
}

/// `name = literal` inside `#[problem(extension(…))]`.
fn parse_constant(member: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<Constant> {
    let Some(ident) = member.path.get_ident() else {
        return Err(member.error(
            "a constant member's name is one identifier, as in extension(code = \"ORDER_NOT_FOUND\")",
        ));
    };
    let name = LitStr::new(&ident.unraw().to_string(), ident.span());
    let input = member.value()?;
    let minus: Option<Token![-]> = input.parse()?;
    let not_literal = |input: ParseStream<'_>| {
        unexpected(
            input,
            "a constant member is a string, integer, float or bool literal, as in code = \"ORDER_NOT_FOUND\"; for a value known only at run time, mark a field #[problem(extension)]",
        )
    };
    let lit: syn::Lit = match input.fork().parse::<syn::Lit>() {
        Ok(_) => input.parse()?,
        Err(_) => return Err(not_literal(input)),
    };
    let sign = if minus.is_some() { "-" } else { "" };
    let negative_only = |what: &str| {
        syn::Error::new_spanned(
            &lit,
            format!("a {what} cannot be negative; write the literal alone"),
        )
    };
    let (value, json) = match &lit {
        syn::Lit::Str(text) if minus.is_none() => {
            (text.to_token_stream(), json_string(&text.value()))
        }
        syn::Lit::Bool(flag) if minus.is_none() => (flag.to_token_stream(), flag.value.to_string()),
        syn::Lit::Str(_) => return Err(negative_only("string")),
        syn::Lit::Bool(_) => return Err(negative_only("bool")),
        syn::Lit::Int(int) => {
            let digits = format!("{sign}{}", int.base10_digits());
            let typed = if let Ok(n) = digits.parse::<i64>() {
                format!("{n}i64")
            } else if let Ok(n) = digits.parse::<u64>() {
                format!("{n}u64")
            } else {
                return Err(syn::Error::new_spanned(
                    int,
                    format!("{digits} does not fit a JSON integer (i64 or u64)"),
                ));
            };
            (LitInt::new(&typed, int.span()).to_token_stream(), digits)
        }
        syn::Lit::Float(float) => {
            let text = format!("{sign}{}", float.base10_digits());
            let number: f64 = text
                .parse()
                .map_err(|_| syn::Error::new_spanned(float, "not a number"))?;
            if !number.is_finite() {
                return Err(syn::Error::new_spanned(
                    float,
                    "the number is too large for JSON",
                ));
            }
            let typed = syn::LitFloat::new(&format!("{number:?}f64"), float.span());
            (typed.to_token_stream(), format!("{number:?}"))
        }
        _ => return Err(not_literal(input)),
    };
    Ok(Constant { name, value, json })
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if (c as u32) < 0x20 => json.push_str(&format!("\\u{:04x}", c as u32)),
            c => json.push(c),
        }
    }
    json.push('"');
    json
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

fn parse_status<'a>(cx: &Ctxt, attr: &'a Attribute) -> Option<StatusAttr<'a>> {
    let list = match &attr.meta {
        Meta::List(list) => list,
        // #[status]
        Meta::Path(_) => {
            cx.error_spanned_by(
                attr,
                "#[status] needs a status, e.g. #[status(404)] or #[status(NotFound)]",
            );
            return None;
        }
        // #[status = 404]
        Meta::NameValue(name_value) => {
            let value = name_value.value.to_token_stream();
            cx.error_spanned_by(
                attr,
                format_args!("write the status in parentheses: #[status({value})]"),
            );
            return None;
        }
    };
    // #[status()]
    if list.tokens.is_empty() {
        cx.error_spanned_by(
            attr,
            "#[status()] is empty; write a status, e.g. #[status(404)] or #[status(NotFound)]",
        );
        return None;
    }
    let parser = |input: ParseStream<'_>| parse_status_args(input);
    match parser.parse2(list.tokens.clone()) {
        Ok((mut values, options)) => Some(StatusAttr {
            original: attr,
            value: values.remove(0),
            more: values,
            by: options.by,
            nonstandard: options.nonstandard,
            expose: options.expose,
        }),
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// The flags after the status in `#[status(…)]`.
#[derive(Default)]
struct StatusOptions {
    nonstandard: Option<Ident>,
    expose: Option<Ident>,
    by: Option<(Ident, syn::Path)>,
}

/// The statuses (one, or a list joined by `|`) and the options of a `#[status(…)]`.
fn parse_status_args(input: ParseStream<'_>) -> syn::Result<(Vec<StatusValue>, StatusOptions)> {
    let mut values = vec![parse_status_value(input)?];
    // #[status(404 | 409 | 500, by = db_status)]
    while input.peek(Token![|]) {
        let bar: Token![|] = input.parse()?;
        if input.is_empty() || input.peek(Token![,]) {
            return Err(syn::Error::new(
                bar.span,
                "a status follows `|`, as in #[status(404 | 409, by = choose)]",
            ));
        }
        let value = parse_status_value(input)?;
        if let StatusValue::Transparent(ident) = &value {
            return Err(syn::Error::new(
                ident.span(),
                "transparent cannot be one of a list of statuses; list codes or names, as in #[status(404 | 409, by = choose)]",
            ));
        }
        values.push(value);
    }
    if values.len() > 1 {
        if let StatusValue::Transparent(ident) = &values[0] {
            return Err(syn::Error::new(
                ident.span(),
                "transparent cannot be one of a list of statuses; list codes or names, as in #[status(404 | 409, by = choose)]",
            ));
        }
    }
    let options = parse_status_options(input)?;
    Ok((values, options))
}

/// One status of a `#[status(…)]`: a code, a name, a phrase or `transparent`.
fn parse_status_value(input: ParseStream<'_>) -> syn::Result<StatusValue> {
    let value = if input.peek(Token![-]) && input.peek2(LitInt) {
        // #[status(-404)]: syn would fold the sign into the literal but span only the `-`.
        let minus: Token![-] = input.parse()?;
        let lit: LitInt = input.parse()?;
        let message = format!(
            "-{} is not an HTTP status code; codes run from 100 to 599",
            lit.base10_digits()
        );
        return Err(syn::Error::new_spanned(quote::quote!(#minus #lit), message));
    } else if input.peek(LitInt) {
        // #[status(404)]
        StatusValue::Code(input.parse()?)
    } else if input.peek(LitStr) {
        // #[status("Not Found")]
        StatusValue::Phrase(input.parse()?)
    } else if input.peek(Ident::peek_any) {
        let first = input.call(Ident::parse_any)?;
        if input.peek(Token![=]) {
            // #[status(code = 404)]
            let message = format!(
                "unknown key `{first}` in #[status]; write the status alone, as in #[status(404)]"
            );
            return Err(syn::Error::new(first.span(), message));
        }
        if input.peek(Token![::]) {
            // #[status(Status::NotFound)]
            let mut path = vec![first];
            while input.peek(Token![::]) {
                input.parse::<Token![::]>()?;
                path.push(input.call(Ident::parse_any)?);
            }
            match path.as_slice() {
                [.., qualifier, last] if qualifier == "Status" => StatusValue::Name(last.clone()),
                [first, .., last] => {
                    let written = path.iter().map(ToString::to_string).collect::<Vec<_>>();
                    let message = format!(
                        "expected a `Status` variant, found `{}`; write #[status({last})] if it names a status",
                        written.join("::")
                    );
                    return Err(syn::Error::new_spanned(
                        quote::quote!(#first #last),
                        message,
                    ));
                }
                // A path has two segments at least once `::` was seen.
                _ => return Err(input.error("expected a `Status` variant")),
            }
        } else if first == TRANSPARENT {
            // #[status(transparent)]
            StatusValue::Transparent(first)
        } else {
            // #[status(NotFound)]
            StatusValue::Name(first)
        }
    } else if input.peek(syn::LitFloat) {
        // #[status(404.0)]
        let lit: syn::LitFloat = input.parse()?;
        let message =
            format!("expected a whole number, found `{lit}`; write a code such as #[status(404)]");
        return Err(syn::Error::new(lit.span(), message));
    } else {
        // #[status(true)], #[status([404])]
        return Err(unexpected(
            input,
            "expected a status: a code like 404, a name like NotFound, a phrase like \"Not Found\", or transparent",
        ));
    };

    Ok(value)
}

/// The options after the statuses: `nonstandard`, `expose`, `by = path`.
fn parse_status_options(input: ParseStream<'_>) -> syn::Result<StatusOptions> {
    let mut options = StatusOptions::default();
    while !input.is_empty() {
        if !input.peek(Token![,]) {
            return Err(unexpected(
                input,
                "options follow a comma, as in #[status(420, nonstandard)], #[status(503, expose)] or #[status(404 | 409, by = choose)]",
            ));
        }
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        if !input.peek(Ident::peek_any) {
            return Err(unexpected(
                input,
                "expected an option: `nonstandard`, `expose` or `by = function`",
            ));
        }
        let option = input.call(Ident::parse_any)?;
        if option == BY {
            // #[status(404 | 409, by = db_status)]
            if options.by.is_some() {
                return Err(syn::Error::new(option.span(), "duplicate `by`; keep one"));
            }
            if !input.peek(Token![=]) {
                return Err(syn::Error::new(
                    option.span(),
                    "`by` names the function that chooses the status: write by = path::to_function",
                ));
            }
            input.parse::<Token![=]>()?;
            let path = input.parse::<syn::Path>().map_err(|_| {
                unexpected(
                    input,
                    "expected the path of a function `fn(&Field) -> Status`, as in by = db_status",
                )
            })?;
            options.by = Some((option, path));
            continue;
        }
        let slot = if option == NONSTANDARD {
            &mut options.nonstandard
        } else if option == EXPOSE {
            &mut options.expose
        } else {
            // #[status(404, foo)]
            let message = format!(
                "unknown option `{option}` in #[status]; the options are `nonstandard`, `expose` and `by = function`"
            );
            return Err(syn::Error::new(option.span(), message));
        };
        if slot.is_some() {
            // #[status(420, nonstandard, nonstandard)]
            return Err(syn::Error::new(
                option.span(),
                format_args!("duplicate `{option}`; keep one"),
            ));
        }
        *slot = Some(option);
    }
    Ok(options)
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

/// thiserror's `#[error("…")]`, read for the OpenAPI examples' `detail`.
const ERROR: &str = "error";

/// The doc comment among `attrs`: each line with one leading space stripped, joined with `\n`,
/// trimmed; `None` without one. `#[doc = …]` values that are not literals are skipped.
pub(crate) fn doc_comment(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        let Meta::NameValue(doc) = &attr.meta else {
            continue;
        };
        if !doc.path.is_ident("doc") {
            continue;
        }
        if let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &doc.value
        {
            let text = text.value();
            lines.extend(
                text.lines()
                    .map(|line| line.strip_prefix(' ').unwrap_or(line).to_owned()),
            );
        }
    }
    let joined = lines.join("\n");
    let trimmed = joined.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The format string of thiserror's `#[error("…", args…)]` among `attrs`; `None` for
/// `#[error(transparent)]`, other forms, or no such attribute. Syntax errors are thiserror's to
/// report.
pub(crate) fn error_template(attrs: &[Attribute]) -> Option<LitStr> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident(ERROR))
        .find_map(|attr| {
            let Meta::List(list) = &attr.meta else {
                return None;
            };
            let first = |input: ParseStream<'_>| {
                let lit = input.parse::<LitStr>()?;
                input.parse::<TokenStream>()?;
                Ok(lit)
            };
            first.parse2(list.tokens.clone()).ok()
        })
}

/// thiserror's `#[error(transparent)]` among `attrs`: the variant forwards its `Display` and
/// `source` to the one field, which makes it look transparent to statuskit too when it is not.
pub(crate) fn error_transparent(attrs: &[Attribute]) -> Option<&Attribute> {
    attrs.iter().find(|attr| {
        attr.path().is_ident(ERROR)
            && matches!(&attr.meta, Meta::List(list)
                if list.tokens.to_string().trim() == TRANSPARENT)
    })
}
