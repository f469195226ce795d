//! The rules: which statuses exist, which a type may use, and where `#[status]` may go.
//!
//! Every check records its error in the `Ctxt` and carries on, so one compile shows them all.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Fields, Ident, LitStr, Member, Type};

use crate::ast::{Enum, Field, Input, Struct, Variant};
use crate::attr::{self, Attrs, StatusAttr, StatusValue};
use crate::ctxt::Ctxt;
use crate::table::{self, KnownStatus};

/// Where a type or variant takes its status from, once checked.
pub(crate) enum Mapping<'a> {
    /// One status, known at compile time.
    Fixed(&'static KnownStatus),
    /// The status of the one field, which must itself be an `HttpError`.
    Transparent { member: Member, ty: &'a Type },
}

/// A struct or variant of a checked `#[derive(HttpError)]`: one arm of each generated `match`.
pub(crate) struct Arm<'a> {
    pub(crate) mapping: Mapping<'a>,
    /// `#[status(…, expose)]` on the arm, or on the enum for a variant that takes its default.
    pub(crate) expose: bool,
    /// `#[problem(type = "…")]` on the arm, else on the enum.
    pub(crate) problem_type: Option<LitStr>,
    /// Where the arm's problem title comes from; `None` for the canonical phrase.
    pub(crate) title: Option<Title>,
    /// `#[problem(extension)]` fields, with the member names they get and the spans of their
    /// types, for a missing `Serialize`.
    pub(crate) extensions: Vec<(Member, LitStr, Span)>,
    /// `#[header]`s: the arm's constants, then its fields, in order.
    pub(crate) headers: Vec<Header>,
}

/// A header the generated `headers` sends.
pub(crate) struct Header {
    pub(crate) name: LitStr,
    pub(crate) value: HeaderSource,
}

/// Where a header's value comes from.
pub(crate) enum HeaderSource {
    /// `#[header("WWW-Authenticate", "Bearer")]` on the variant.
    Static(LitStr),
    /// `#[header("Retry-After")]` on this field, which must be `Display`; the span of its type,
    /// for that error.
    Field(Member, Span),
}

/// The standard members of a problem, which an extension may not shadow (RFC 9457 §3.1).
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// The source of a problem title.
pub(crate) enum Title {
    /// `#[problem(title = "…")]`
    Text(LitStr),
    /// `#[http_error(title = "ko")]`: the status's Korean name.
    Korean,
}

impl<'a> Arm<'a> {
    /// The arm of `mapping`, named by `status` (the enum's for the variant `by_default`, which
    /// has none of its own), with the problem members of `own` attributes, else of the enum's.
    fn new(
        cx: &Ctxt,
        mapping: Mapping<'a>,
        status: &StatusAttr<'_>,
        by_default: Option<&Ident>,
        own: &Attrs<'_>,
        fields: &[Field<'_>],
        enum_attrs: Option<&Attrs<'_>>,
    ) -> Self {
        let expose = status.expose.is_some();
        check_problem(cx, own);
        let known = match mapping {
            Mapping::Fixed(known) => known,
            Mapping::Transparent { .. } => {
                transparent_has_no_members(cx, own, fields);
                return Arm {
                    mapping,
                    expose,
                    problem_type: None,
                    title: None,
                    extensions: Vec::new(),
                    headers: Vec::new(),
                };
            }
        };
        let extensions = extensions(cx, fields);
        let headers = headers(cx, own, fields, known);
        let enum_waived = enum_attrs.map_or(&[][..], |attrs| &attrs.waived[..]);
        required_headers(
            cx,
            known,
            status,
            &headers,
            &own.waived,
            enum_waived,
            by_default,
        );
        let problem_type = own
            .problem_type
            .clone()
            .or_else(|| enum_attrs.and_then(|attrs| attrs.problem_type.clone()));
        let title = own
            .problem_title
            .clone()
            .or_else(|| enum_attrs.and_then(|attrs| attrs.problem_title.clone()))
            .map(Title::Text);
        let korean = enum_attrs.unwrap_or(own).title_ko.is_some();
        Arm {
            mapping,
            expose,
            problem_type,
            title: title.or(korean.then_some(Title::Korean)),
            extensions,
            headers,
        }
    }
}

/// A transparent arm's problem and headers are the wrapped error's: attributes for them would
/// be ignored, so they are errors.
fn transparent_has_no_members(cx: &Ctxt, own: &Attrs<'_>, fields: &[Field<'_>]) {
    if let Some(attr) = own.problem_attr {
        cx.error_spanned_by(
            attr,
            "a transparent variant answers with the wrapped error's problem; remove #[problem(…)]",
        );
    }
    let field_headers = fields
        .iter()
        .filter_map(|field| field.attrs.header.as_ref());
    for header in own.headers.iter().chain(field_headers) {
        cx.error_spanned_by(
            header.original,
            "a transparent variant sends the wrapped error's headers; remove #[header(…)]",
        );
    }
    for field in fields {
        if let Some((attr, _)) = &field.attrs.extension {
            cx.error_spanned_by(
                attr,
                "a transparent variant answers with the wrapped error's problem; remove #[problem(extension)]",
            );
        }
    }
    for waived in &own.waived {
        cx.error_spanned_by(
            waived,
            "a transparent variant sends the wrapped error's headers, and has none to waive; remove the waiver",
        );
    }
}

/// The headers a status obliges a response to send, with the section that says so and an
/// example value.
const REQUIRED_HEADERS: [(u16, &str, &str, &str); 5] = [
    (401, "WWW-Authenticate", "RFC 9110 §15.5.2", "Bearer"),
    (405, "Allow", "RFC 9110 §15.5.6", "GET, HEAD"),
    (407, "Proxy-Authenticate", "RFC 9110 §15.5.8", "Basic"),
    (416, "Content-Range", "RFC 9110 §15.5.17", "bytes */1000"),
    (426, "Upgrade", "RFC 9110 §15.5.22", "HTTP/2"),
];

/// A 401, 405, 407, 416 or 426 arm must send its required header, or waive it (`waived`, or
/// `enum_waived` for every variant). A waiver of a header the status does not require is an
/// error too, since it is most likely a typo.
fn required_headers(
    cx: &Ctxt,
    known: &KnownStatus,
    status: &StatusAttr<'_>,
    headers: &[Header],
    waived: &[LitStr],
    enum_waived: &[LitStr],
    by_default: Option<&Ident>,
) {
    let required = REQUIRED_HEADERS
        .iter()
        .find(|(code, ..)| *code == known.code);
    for waiver in waived {
        let name = waiver.value();
        if !required.is_some_and(|(_, header, ..)| header.eq_ignore_ascii_case(&name)) {
            let message = match required {
                Some((_, header, ..)) => format!(
                    "{} ({}) requires {header}, not {name:?}; waive {header:?} or remove the waiver",
                    known.code, known.phrase
                ),
                None => format!(
                    "nothing to waive: {} ({}) requires no {name} header; remove the waiver",
                    known.code, known.phrase
                ),
            };
            cx.error_spanned_by(waiver, message);
        }
    }
    let Some((code, header, section, example)) = required else {
        return;
    };
    let sent = headers
        .iter()
        .any(|sent| sent.name.value().eq_ignore_ascii_case(header));
    let waived = waived
        .iter()
        .chain(enum_waived)
        .any(|waiver| waiver.value().eq_ignore_ascii_case(header));
    if !sent && !waived {
        let phrase = known.phrase;
        let message = match by_default {
            None => format!(
                "a {code} ({phrase}) response must send {header} ({section}); add #[header({header:?}, {example:?})], or #[header({header:?})] on the field that holds it, or #[header(waive = {header:?})] if another layer adds it"
            ),
            Some(variant) => format!(
                "variant `{variant}` takes this {code} ({phrase}), whose response must send {header} ({section}); add #[header({header:?}, {example:?})] to `{variant}`, or #[header(waive = {header:?})] to the enum if another layer adds it"
            ),
        };
        cx.error_spanned_by(status.value.tokens(), message);
    }
}

/// The `#[problem(extension)]` fields and their member names, each name checked.
fn extensions(cx: &Ctxt, fields: &[Field<'_>]) -> Vec<(Member, LitStr, Span)> {
    let mut extensions: Vec<(Member, LitStr, Span)> = Vec::new();
    for field in fields {
        let Some((attr, name)) = &field.attrs.extension else {
            continue;
        };
        let name = match (name, &field.original.ident) {
            (Some(name), _) => name.clone(),
            (None, Some(ident)) => LitStr::new(&ident.unraw().to_string(), ident.span()),
            (None, None) => {
                cx.error_spanned_by(
                    attr,
                    "a tuple field has no name to give its member; write #[problem(extension = \"name\")]",
                );
                continue;
            }
        };
        let value = name.value();
        if value.is_empty() {
            cx.error_spanned_by(
                &name,
                "an extension member needs a name; write one, e.g. \"balance\"",
            );
        } else if STANDARD_MEMBERS.contains(&value.as_str()) {
            cx.error_spanned_by(
                &name,
                format_args!(
                    "`{value}` is a standard problem member, not an extension; rename it with #[problem(extension = \"other_name\")]"
                ),
            );
        } else if extensions
            .iter()
            .any(|(_, other, _)| other.value() == value)
        {
            cx.error_spanned_by(
                &name,
                format_args!("two fields would both be the extension member `{value}`; rename one with #[problem(extension = \"other_name\")]"),
            );
        } else {
            extensions.push((field.member.clone(), name, field.original.ty.span()));
        }
    }
    extensions
}

/// The headers of an arm with status `known`: its constants, then its fields, each checked.
fn headers(cx: &Ctxt, own: &Attrs<'_>, fields: &[Field<'_>], known: &KnownStatus) -> Vec<Header> {
    let mut headers = Vec::new();
    for header in &own.headers {
        let Some(value) = &header.value else {
            cx.error_spanned_by(
                header.original,
                format_args!(
                    "a header here needs a value: #[header({:?}, \"…\")]; to send a field, put #[header({:?})] on the field",
                    header.name.value(),
                    header.name.value()
                ),
            );
            continue;
        };
        let valid_value = value
            .value()
            .chars()
            .all(|c| c == '\t' || (c != '\x7f' && !c.is_control()));
        if !valid_value {
            cx.error_spanned_by(
                value,
                "a header value cannot hold control characters such as a newline; remove them",
            );
        }
        if check_header_name(cx, &header.name, known) && valid_value {
            headers.push(Header {
                name: header.name.clone(),
                value: HeaderSource::Static(value.clone()),
            });
        }
    }
    for field in fields {
        let Some(header) = &field.attrs.header else {
            continue;
        };
        if let Some(value) = &header.value {
            cx.error_spanned_by(
                value,
                format_args!(
                    "the field is this header's value; write #[header({:?})], or put the constant on the variant",
                    header.name.value()
                ),
            );
            continue;
        }
        if check_header_name(cx, &header.name, known) {
            headers.push(Header {
                name: header.name.clone(),
                value: HeaderSource::Field(field.member.clone(), field.original.ty.span()),
            });
        }
    }
    headers
}

/// Whether `name` is a header a derived error may send with status `known`; an error if not.
fn check_header_name(cx: &Ctxt, name: &LitStr, known: &KnownStatus) -> bool {
    let value = name.value();
    // RFC 9110 §5.1: a field name is a token.
    let is_tchar = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if value.is_empty() || !value.chars().all(is_tchar) {
        cx.error_spanned_by(
            name,
            format_args!(
                "{value:?} is not a header name; use letters, digits and `-`, e.g. \"Retry-After\""
            ),
        );
        return false;
    }
    if value.eq_ignore_ascii_case("content-type") {
        cx.error_spanned_by(
            name,
            "the integrations set Content-Type to application/problem+json themselves; remove this header",
        );
        return false;
    }
    let retry_after_fits = matches!(known.code, 300..=399 | 413 | 429 | 503);
    if value.eq_ignore_ascii_case("retry-after") && !retry_after_fits {
        cx.error_spanned_by(
            name,
            format_args!(
                "Retry-After belongs on 3xx, 413, 429 and 503 responses (RFC 9110 §10.2.3, §15.5.14, §15.6.4; RFC 6585 §4), not on {} ({}); remove it or change the status",
                known.code, known.phrase
            ),
        );
        return false;
    }
    true
}

/// A problem type must be a URI reference and a title some text.
fn check_problem(cx: &Ctxt, attrs: &Attrs<'_>) {
    if let Some(uri) = &attrs.problem_type {
        let value = uri.value();
        if value.is_empty() || value.contains(char::is_whitespace) {
            cx.error_spanned_by(
                uri,
                "a problem type is a URI without spaces, e.g. \"https://example.com/probs/out-of-credit\"; leave it out for \"about:blank\"",
            );
        }
    }
    if let Some(title) = &attrs.problem_title {
        if title.value().trim().is_empty() {
            cx.error_spanned_by(
                title,
                "the problem title is empty; write a short summary like \"Out of credit\", or leave it out for the status's reason phrase",
            );
        }
    }
}

/// A checked `#[derive(HttpError)]`.
pub(crate) enum HttpErrorBody<'a> {
    Struct(Arm<'a>),
    Enum(Vec<(&'a syn::Variant, Arm<'a>)>),
}

/// Checks a `#[derive(HttpError)]` input; `None` when an error was recorded.
pub(crate) fn http_error<'a>(cx: &Ctxt, input: &Input<'a>) -> Option<HttpErrorBody<'a>> {
    match input {
        Input::Struct(input) => http_error_struct(cx, input).map(HttpErrorBody::Struct),
        Input::Enum(input) => http_error_enum(cx, input).map(HttpErrorBody::Enum),
        Input::Union(input) => {
            cx.error_spanned_by(
                input.union_token,
                "HttpError cannot be derived for a union; use an enum or a struct",
            );
            None
        }
    }
}

fn http_error_struct<'a>(cx: &Ctxt, input: &Struct<'a>) -> Option<Arm<'a>> {
    forbid_on_fields(cx, &input.fields, attr::HTTP_ERROR);
    let ident = &input.original.ident;
    let Some(status) = &input.attrs.status else {
        if input.attrs.status_written || has_status_on_field(&input.fields) {
            return None;
        }
        let message =
            format!("missing #[status] on struct `{ident}`; add one, e.g. #[status(500)]");
        cx.error_spanned_by(ident, message);
        return None;
    };
    let owner = format!("struct `{ident}`");
    let mapping = mapping(cx, status, &input.fields, &owner)?;
    Some(Arm::new(
        cx,
        mapping,
        status,
        None,
        &input.attrs,
        &input.fields,
        None,
    ))
}

fn http_error_enum<'a>(cx: &Ctxt, input: &Enum<'a>) -> Option<Vec<(&'a syn::Variant, Arm<'a>)>> {
    let default = input.attrs.status.as_ref().and_then(|status| {
        if let StatusValue::Transparent(ident) = &status.value {
            let message = "#[status(transparent)] goes on each variant that wraps another error, not on the enum";
            cx.error_spanned_by(ident, message);
            return None;
        }
        fixed(cx, status, Use::HttpError).map(|known| (known, status))
    });
    check_problem(cx, &input.attrs);
    for header in &input.attrs.headers {
        cx.error_spanned_by(
            header.original,
            "#[header] goes on a variant or a field, not on the enum",
        );
    }
    // A default that failed its checks was reported once; do not blame every variant for it.
    let default_written = input.attrs.status_written;

    let mut arms = Vec::new();
    let mut complete = true;
    for variant in &input.variants {
        let checked = http_error_variant(cx, variant, &input.attrs, default, default_written);
        match checked {
            Some(arm) => arms.push((variant.original, arm)),
            None => complete = false,
        }
    }
    complete.then_some(arms)
}

/// `default` is the enum's status, with the attribute that names it.
fn http_error_variant<'a>(
    cx: &Ctxt,
    variant: &Variant<'a>,
    enum_attrs: &Attrs<'_>,
    default: Option<(&'static KnownStatus, &StatusAttr<'_>)>,
    default_written: bool,
) -> Option<Arm<'a>> {
    let options = variant.attrs.krate.as_ref().map(|(attr, _)| *attr);
    if let Some(attr) = options.or(variant.attrs.title_ko) {
        cx.error_spanned_by(attr, "#[http_error] goes on the type, not on a variant");
    }
    forbid_on_fields(cx, &variant.fields, attr::HTTP_ERROR);
    let ident = &variant.original.ident;
    match (&variant.attrs.status, default) {
        (Some(status), _) => {
            let mapping = mapping(cx, status, &variant.fields, &format!("variant `{ident}`"))?;
            Some(Arm::new(
                cx,
                mapping,
                status,
                None,
                &variant.attrs,
                &variant.fields,
                Some(enum_attrs),
            ))
        }
        (None, Some((default, status))) => Some(Arm::new(
            cx,
            Mapping::Fixed(default),
            status,
            Some(ident),
            &variant.attrs,
            &variant.fields,
            Some(enum_attrs),
        )),
        // Whatever stood in for the status was reported already.
        (None, None)
            if default_written
                || variant.attrs.status_written
                || has_status_on_field(&variant.fields) =>
        {
            None
        }
        (None, None) => {
            let message = format!(
                "missing #[status] on variant `{ident}`; add one, or an enum-level default like #[status(500)]"
            );
            cx.error_spanned_by(ident, message);
            None
        }
    }
}

/// The mapping of a struct or variant with its own `#[status]`; `owner` names it in messages.
fn mapping<'a>(
    cx: &Ctxt,
    status: &StatusAttr<'_>,
    fields: &[Field<'a>],
    owner: &str,
) -> Option<Mapping<'a>> {
    let StatusValue::Transparent(keyword) = &status.value else {
        return fixed(cx, status, Use::HttpError).map(Mapping::Fixed);
    };
    if let Some(flag) = &status.nonstandard {
        cx.error_spanned_by(
            flag,
            "`nonstandard` applies to a status code, not to transparent; remove it",
        );
    }
    if let Some(flag) = &status.expose {
        cx.error_spanned_by(
            flag,
            "`expose` applies to a status, not to transparent: the wrapped error decides whether its message is shown; remove it",
        );
    }
    match fields {
        [field] => Some(Mapping::Transparent {
            member: field.member.clone(),
            ty: &field.original.ty,
        }),
        _ => {
            let count = match fields.len() {
                0 => "no fields".to_owned(),
                n => format!("{n} fields"),
            };
            let message = format!(
                "#[status(transparent)] needs exactly one field, the error to take the status from; {owner} has {count}"
            );
            cx.error_spanned_by(keyword, message);
            None
        }
    }
}

/// `#[status]` belongs on types and variants; on a field it would be silently ignored otherwise.
fn forbid_on_fields(cx: &Ctxt, fields: &[Field<'_>], options: &str) {
    for field in fields {
        for attr in &field.original.attrs {
            if attr.path().is_ident(attr::STATUS) {
                let message = "#[status] goes on the variant or the type, not on a field; \
                               to take the status from this field, write #[status(transparent)] on the variant";
                cx.error_spanned_by(attr, message);
            } else if attr.path().is_ident(options) {
                cx.error_spanned_by(
                    attr,
                    format_args!("#[{options}] goes on the type, not on a field"),
                );
            }
        }
    }
}

fn has_status_on_field(fields: &[Field<'_>]) -> bool {
    fields.iter().any(|field| {
        field
            .original
            .attrs
            .iter()
            .any(|attr| attr.path().is_ident(attr::STATUS))
    })
}

/// Which derive a status is for: only `HttpError` insists on an error status.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    HttpError,
    StatusEnum,
}

/// Looks up the status an attribute names and checks that `use_` allows it.
fn fixed(cx: &Ctxt, status: &StatusAttr<'_>, use_: Use) -> Option<&'static KnownStatus> {
    let known = resolve(cx, status)?;
    // 3xx stays allowed: a handler may well bail out with a redirect or 304 through its error path.
    if use_ == Use::HttpError && known.code < 300 {
        let class = if known.code < 200 {
            "informational (1xx)"
        } else {
            "a success (2xx)"
        };
        let message = format!(
            "status {} ({}) is {class}, not an error; an error type answers with a 4xx or 5xx status (or a 3xx to redirect)",
            known.code, known.phrase
        );
        cx.error_spanned_by(status.value.tokens(), message);
        return None;
    }
    Some(known)
}

/// The known status an attribute names, with its `nonstandard` flag checked.
fn resolve(cx: &Ctxt, status: &StatusAttr<'_>) -> Option<&'static KnownStatus> {
    let known = match &status.value {
        StatusValue::Code(lit) => by_code(cx, lit)?,
        StatusValue::Name(ident) => by_name(cx, ident)?,
        StatusValue::Phrase(lit) => by_phrase(cx, lit)?,
        StatusValue::Transparent(ident) => {
            // Only a StatusEnum gets here: HttpError handles transparent before resolving.
            let message = "#[status(transparent)] has no meaning in a StatusEnum; name a status, e.g. #[status(404)]";
            cx.error_spanned_by(ident, message);
            return None;
        }
    };
    // Every form needs the flag, a `Status` variant name too: the acknowledgement is of the
    // status being unregistered, which its name does not make any less so.
    match &status.nonstandard {
        None if !known.standard => {
            let written = status.value.tokens();
            let message = format!(
                "{} ({}) is not a standard status; write `#[status({written}, nonstandard)]` to use it anyway",
                known.code, known.phrase
            );
            cx.error_spanned_by(written, message);
            None
        }
        Some(flag) if known.standard => {
            let message = format!(
                "`nonstandard` is not needed: {} ({}) is a standard status; remove it",
                known.code, known.phrase
            );
            cx.error_spanned_by(flag, message);
            None
        }
        _ => Some(known),
    }
}

// #[status(404)]
fn by_code(cx: &Ctxt, lit: &syn::LitInt) -> Option<&'static KnownStatus> {
    let digits = lit.base10_digits();
    // A status code is three decimal digits (RFC 9110 §15); `404u8` or `0x194` is a Rust
    // integer, not a code as the spec, or anyone reading the attribute, writes it.
    let written = lit.token().to_string();
    let radix = written
        .get(..2)
        .filter(|prefix| matches!(*prefix, "0x" | "0o" | "0b"));
    if !lit.suffix().is_empty() || radix.is_some() {
        let what = if radix.is_some() {
            "is not a decimal number"
        } else {
            "has a type suffix"
        };
        // The same value written plainly, when it is in range; else any code will do.
        let example = match lit.base10_parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) => digits,
            _ => "404",
        };
        let message = format!(
            "`{written}` {what}; write a status code as its three decimal digits, e.g. #[status({example})]"
        );
        cx.error_spanned_by(lit, message);
        return None;
    }
    let code = match lit.base10_parse::<u16>() {
        Ok(code) if (100..=599).contains(&code) => code,
        _ => {
            let message = format!("{digits} is not an HTTP status code; codes run from 100 to 599");
            cx.error_spanned_by(lit, message);
            return None;
        }
    };
    if let Some(known) = table::by_code(code) {
        return Some(known);
    }
    let message = match table::reserved(code) {
        Some(reference) => format!("{code} is reserved by {reference} and cannot be used"),
        None => match table::nearest(code) {
            (Some(below), Some(above)) => format!(
                "{code} is not a registered HTTP status; the nearest are {} ({}) and {} ({})",
                below.code, below.phrase, above.code, above.phrase
            ),
            (Some(one), None) | (None, Some(one)) => {
                format!(
                    "{code} is not a registered HTTP status; the nearest is {} ({})",
                    one.code, one.phrase
                )
            }
            (None, None) => format!("{code} is not a registered HTTP status"),
        },
    };
    cx.error_spanned_by(lit, message);
    None
}

// #[status(NotFound)]
fn by_name(cx: &Ctxt, ident: &Ident) -> Option<&'static KnownStatus> {
    let name = ident.unraw().to_string();
    if let Some(known) = table::by_variant(&name) {
        return Some(known);
    }
    let message = match table::suggest_variant(&name) {
        _ if name.eq_ignore_ascii_case("transparent") => {
            format!(
                "unknown status `{name}`; write `transparent` in lower case to take the status from the field"
            )
        }
        Some(suggestion) => format!(
            "unknown status `{name}`; did you mean {}?",
            describe(&suggestion, '`')
        ),
        None => format!(
            "unknown status `{name}`; write a `Status` variant like `NotFound`, a code like 404, or a phrase like \"Not Found\""
        ),
    };
    cx.error_spanned_by(ident, message);
    None
}

// #[status("Not Found")]
fn by_phrase(cx: &Ctxt, lit: &syn::LitStr) -> Option<&'static KnownStatus> {
    let text = lit.value();
    let trimmed = text.trim();
    if let Some(known) = table::by_phrase(trimmed) {
        return Some(known);
    }
    let (number, rest) = trimmed.split_at(
        trimmed
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(trimmed.len()),
    );
    let message = if !number.is_empty() && rest.is_empty() {
        // #[status("404")]
        let name = number
            .parse()
            .ok()
            .and_then(table::by_code)
            .map(|known| known.variant);
        match name {
            Some(name) => format!(
                "expected a status code, found a string; write #[status({number})] or a name like #[status({name})]"
            ),
            None => format!(
                "expected a status code, found a string; write the number without quotes: #[status({number})]"
            ),
        }
    } else if !number.is_empty() && rest.starts_with(' ') {
        // #[status("404 Not Found")]
        let phrase = rest.trim();
        format!(
            "write either the code or the phrase, not both: #[status({number})] or #[status(\"{phrase}\")]"
        )
    } else {
        match table::suggest_phrase(trimmed) {
            Some(suggestion) => {
                format!(
                    "unknown status phrase \"{trimmed}\"; did you mean {}?",
                    describe(&suggestion, '"')
                )
            }
            None => format!(
                "unknown status phrase \"{trimmed}\"; write a registered reason phrase like \"Not Found\", or a code like 404"
            ),
        }
    };
    cx.error_spanned_by(lit, message);
    None
}

/// `` `Conflict` (409) ``, or `` `ContentTooLarge` (413, formerly "Request Entity Too Large") ``.
fn describe(suggestion: &table::Suggestion, quote: char) -> String {
    let text = suggestion.text;
    let code = suggestion.status.code;
    match suggestion.via_alias {
        Some(alias) => format!("{quote}{text}{quote} ({code}, formerly \"{alias}\")"),
        None => format!("{quote}{text}{quote} ({code})"),
    }
}

/// Checks a `#[derive(StatusEnum)]` input: each variant with the status it stands for.
pub(crate) fn status_enum<'a>(
    cx: &Ctxt,
    input: &Input<'a>,
) -> Option<Vec<(&'a syn::Variant, &'static KnownStatus)>> {
    let input = match input {
        Input::Enum(input) => input,
        Input::Struct(input) => {
            if let syn::Data::Struct(data) = &input.original.data {
                cx.error_spanned_by(
                    data.struct_token,
                    "StatusEnum can only be derived for a fieldless enum",
                );
            }
            return None;
        }
        Input::Union(input) => {
            cx.error_spanned_by(
                input.union_token,
                "StatusEnum can only be derived for a fieldless enum",
            );
            return None;
        }
    };
    if let Some(status) = &input.attrs.status {
        cx.error_spanned_by(
            status.original,
            "a StatusEnum has no status of its own; put #[status(…)] on its variants",
        );
    }
    let mut seen: Vec<(&'static KnownStatus, &Ident)> = Vec::new();
    let mut variants = Vec::new();
    let mut complete = true;
    for variant in &input.variants {
        let checked = status_enum_variant(cx, variant);
        let Some(known) = checked else {
            complete = false;
            continue;
        };
        let ident = &variant.original.ident;
        if let Some((_, first)) = seen.iter().find(|(other, _)| other.code == known.code) {
            let message = format!(
                "`{ident}` stands for {} ({}) like `{first}`; each variant of a StatusEnum needs its own status",
                known.code, known.phrase
            );
            cx.error_spanned_by(ident, message);
            complete = false;
            continue;
        }
        seen.push((known, ident));
        variants.push((variant.original, known));
    }
    complete.then_some(variants)
}

fn status_enum_variant(cx: &Ctxt, variant: &Variant<'_>) -> Option<&'static KnownStatus> {
    let ident = &variant.original.ident;
    if let Some((attr, _)) = &variant.attrs.krate {
        cx.error_spanned_by(attr, "#[status_enum] goes on the enum, not on a variant");
    }
    let fielded = !matches!(variant.original.fields, Fields::Unit);
    if fielded {
        let message = format!(
            "StatusEnum variants cannot have fields; `{ident}` stands for one status and nothing more"
        );
        cx.error_spanned_by(&variant.original.fields, message);
    }
    if let Some(flag) = variant
        .attrs
        .status
        .as_ref()
        .and_then(|s| s.expose.as_ref())
    {
        cx.error_spanned_by(
            flag,
            "`expose` has no meaning in a StatusEnum, which has no message to show; remove it",
        );
    }
    let known = match &variant.attrs.status {
        Some(status) => fixed(cx, status, Use::StatusEnum),
        // The attribute that failed to parse was reported already.
        None if variant.attrs.status_written => None,
        None => {
            let name = ident.unraw().to_string();
            let known = table::by_variant(&name);
            if known.is_none() {
                let message = match table::suggest_variant(&name) {
                    Some(suggestion) => format!(
                        "`{name}` is not a `Status` variant; did you mean {}? Otherwise add #[status(…)], e.g. #[status(404)]",
                        describe(&suggestion, '`')
                    ),
                    None => format!(
                        "`{name}` is not a `Status` variant; name the variant after one, or add #[status(…)], e.g. #[status(404)]"
                    ),
                };
                cx.error_spanned_by(ident, message);
            }
            known
        }
    };
    if fielded { None } else { known }
}
