//! One arm's problem members and headers: its own attributes checked and merged with the
//! enum's, the problem type resolved against the type base.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Member};

use super::headers;
use super::model::{Arm, Mapping, Title};
use super::template::{self, Language, Template};
use crate::ast::Field;
use crate::attr::{Attrs, Constant, DisplayOf, StatusAttr};
use crate::ctxt::Ctxt;
use crate::uri;

/// The standard members of a problem, which an extension may not shadow (RFC 9457 §3.1).
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

impl<'a> Arm<'a> {
    /// The arm of `mapping`, named by `status` (the enum's for the variant `by_default`, which
    /// has none of its own), with the problem members of `own` attributes, else of the enum's;
    /// `owner` names the struct or variant in messages about its fields.
    // Each argument is a distinct input of the one check; a struct of them would only rename it.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        cx: &Ctxt,
        mapping: Mapping<'a>,
        status: &StatusAttr<'_>,
        by_default: Option<&Ident>,
        own: &Attrs<'_>,
        fields: &[Field<'_>],
        enum_attrs: Option<&Attrs<'_>>,
        owner: &str,
    ) -> Self {
        let expose = status.expose.is_some();
        let korean = enum_attrs.unwrap_or(own).title_ko.is_some();
        check_problem(cx, own);
        if enum_attrs.is_some()
            && let Some(base) = &own.type_base
        {
            cx.error_spanned_by(
                    base,
                    "type_base goes on the enum, for all its variants; write a full `type` here, or a relative one against the enum's base",
                );
        }
        if let Mapping::Transparent { .. } = mapping {
            transparent_has_no_members(cx, own, fields);
            return Arm {
                mapping,
                expose,
                problem_type: None,
                constants: Vec::new(),
                title: None,
                title_ko: None,
                detail: None,
                detail_ko: None,
                foreign: false,
                korean,
                extensions: Vec::new(),
                headers: Vec::new(),
            };
        }
        let statuses = mapping.statuses();
        let constants = constants(cx, own, enum_attrs);
        let extensions = extensions(cx, fields, &constants);
        let headers = headers::headers(cx, own, fields, statuses);
        let enum_waived = enum_attrs.map_or(&[][..], |attrs| &attrs.waived[..]);
        let written = core::iter::once(&status.value).chain(&status.more);
        let statuses_written: Vec<_> = statuses.iter().copied().zip(written).collect();
        headers::required_headers(
            cx,
            &statuses_written,
            &headers,
            &own.waived,
            enum_waived,
            by_default,
        );
        let type_base = enum_attrs.unwrap_or(own).type_base.as_ref();
        check_type_base(cx, own.problem_type.as_ref(), type_base);
        let problem_type = own
            .problem_type
            .clone()
            .or_else(|| enum_attrs.and_then(|attrs| attrs.problem_type.clone()))
            .map(|uri| match type_base {
                Some(base) if uri::check_base(&base.value()).is_ok() => {
                    LitStr::new(&uri::resolve(&base.value(), &uri.value()), uri.span())
                }
                _ => uri,
            });
        let title = own
            .problem_title
            .clone()
            .or_else(|| enum_attrs.and_then(|attrs| attrs.problem_title.clone()))
            .map(Title::Text);
        let title_ko = own
            .problem_title_ko
            .clone()
            .or_else(|| enum_attrs.and_then(|attrs| attrs.problem_title_ko.clone()));
        if let Some(attrs) = enum_attrs {
            for detail in attrs.problem_detail.iter().chain(&attrs.problem_detail_ko) {
                cx.error_spanned_by(
                    detail,
                    "a detail template names the fields of one variant; write it on each variant, not on the enum",
                );
            }
        }
        let read = |literal: &Option<LitStr>, language| {
            literal
                .as_ref()
                .and_then(|literal| template::template(cx, literal, fields, owner, language))
        };
        let detail: Option<Template> = read(&own.problem_detail, Language::English);
        let detail_ko: Option<Template> = read(&own.problem_detail_ko, Language::Korean);
        // A `by` function reads a field it was given: a driver's error, whose text is its own.
        let foreign = own.display == DisplayOf::Field
            || matches!(&mapping, Mapping::Chosen { field: Some(_), .. });
        if foreign {
            for template in detail.iter().chain(&detail_ko) {
                if template.is_lone_placeholder() {
                    cx.error_spanned_by(
                        &template.literal,
                        "this template is the field's text alone, a foreign error's, which does not reach a client by default; write a sentence of your own, or add `expose` to the #[status] to send the text as it is",
                    );
                }
            }
        }
        Arm {
            mapping,
            expose,
            problem_type,
            constants,
            title: title.or(korean.then_some(Title::Korean)),
            title_ko,
            detail,
            detail_ko,
            foreign,
            korean,
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

/// The constant members of an arm: its own, then the enum's whose names it does not use, each
/// name checked as an extension field's is.
fn constants(cx: &Ctxt, own: &Attrs<'_>, enum_attrs: Option<&Attrs<'_>>) -> Vec<Constant> {
    let mut constants: Vec<Constant> = Vec::new();
    for constant in &own.constants {
        let value = constant.name.value();
        if STANDARD_MEMBERS.contains(&value.as_str()) {
            cx.error_spanned_by(
                &constant.name,
                format_args!(
                    "`{value}` is a standard problem member, not an extension; choose another name"
                ),
            );
        } else if constants.iter().any(|other| other.name.value() == value) {
            cx.error_spanned_by(
                &constant.name,
                format_args!("the constant member `{value}` is given twice; keep one"),
            );
        } else {
            constants.push(constant.clone());
        }
    }
    let own_count = constants.len();
    for constant in enum_attrs.map_or(&[][..], |attrs| &attrs.constants[..]) {
        let overridden = constants[..own_count]
            .iter()
            .any(|own| own.name.value() == constant.name.value());
        if !overridden {
            constants.push(constant.clone());
        }
    }
    constants
}

/// The `#[problem(extension)]` fields and their member names, each name checked, also against
/// the arm's `constants`.
fn extensions(
    cx: &Ctxt,
    fields: &[Field<'_>],
    constants: &[Constant],
) -> Vec<(Member, LitStr, Span)> {
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
        } else if constants
            .iter()
            .any(|constant| constant.name.value() == value)
        {
            cx.error_spanned_by(
                &name,
                format_args!(
                    "`{value}` is also a constant member of #[problem(extension(…))]; rename one"
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

/// A problem type must be a URI reference, a type base an absolute URI, and a title some text.
pub(crate) fn check_problem(cx: &Ctxt, attrs: &Attrs<'_>) {
    if let Some(uri) = &attrs.problem_type {
        let value = uri.value();
        if value.is_empty() || value.contains(char::is_whitespace) {
            cx.error_spanned_by(
                uri,
                "a problem type is a URI without spaces, e.g. \"https://example.com/probs/out-of-credit\"; leave it out for \"about:blank\"",
            );
        } else if let Err(why) = uri::check_reference(&value) {
            cx.error_spanned_by(
                uri,
                format_args!(
                    "a problem type is a URI reference (RFC 3986), and this is not one: {why}"
                ),
            );
        }
    }
    if let Some(base) = &attrs.type_base
        && let Err(why) = uri::check_base(&base.value())
    {
        cx.error_spanned_by(
                base,
                format_args!(
                    "type_base is the absolute URI relative problem types resolve against, and this is not one: {why}"
                ),
            );
    }
    if let Some(title) = &attrs.problem_title
        && title.value().trim().is_empty()
    {
        cx.error_spanned_by(
                title,
                "the problem title is empty; write a short summary like \"Out of credit\", or leave it out for the status's reason phrase",
            );
    }
    if let Some(title) = &attrs.problem_title_ko
        && title.value().trim().is_empty()
    {
        cx.error_spanned_by(
                title,
                "the Korean problem title is empty; write a short summary like \"잔액 부족\", or leave it out for the status's Korean name",
            );
    }
    for (title, instead) in [
        (&attrs.problem_title, "`detail = \"…\"`"),
        (
            &attrs.problem_title_ko,
            "`detail_ko = \"…\"`, where a particle pair after it follows the value",
        ),
    ] {
        if let Some(title) = title
            && let Some(placeholder) = placeholder_in(&title.value())
        {
            cx.error_spanned_by(
                title,
                format_args!(
                    "a problem title is the same for every occurrence of the problem (RFC 9457 §3.1.3), so it takes no placeholder like `{placeholder}`; write the value into {instead}"
                ),
            );
        }
    }
}

/// The first `{name}` or `{0}` in `text` that reads as a format placeholder, as written.
fn placeholder_in(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        if let Some(escaped) = after.strip_prefix('{') {
            rest = escaped;
            continue;
        }
        let close = after.find('}')?;
        let inner = &after[..close];
        let name = inner.split(':').next().unwrap_or_default();
        if name.is_empty() || name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Some(&rest[open..open + close + 2]);
        }
        rest = &after[close + 1..];
    }
    None
}

/// A relative problem `type` needs the type's `type_base` to resolve against: sent as it is, a
/// client could not resolve it (RFC 9457 §3.1.1). The error sits on the string and shows both
/// fixes. A `type` that is not a URI reference at all is `check_problem`'s to report.
pub(crate) fn check_type_base(cx: &Ctxt, uri: Option<&LitStr>, base: Option<&LitStr>) {
    let Some(uri) = uri else {
        return;
    };
    let value = uri.value();
    if base.is_some() || !uri::is_relative(&value) || uri::check_reference(&value).is_err() {
        return;
    }
    // An absolute path keeps its own folders; anything else is shown under a `probs/` folder.
    let (absolute, base) = if value.starts_with('/') {
        (
            format!("https://example.com{value}"),
            "https://example.com/",
        )
    } else {
        let name = value.trim_start_matches(['.', '/']);
        (
            format!("https://example.com/probs/{name}"),
            "https://example.com/probs/",
        )
    };
    cx.error_spanned_by(
        uri,
        format_args!(
            "the problem type \"{value}\" is relative, and a client has nothing to resolve it against; \
             write an absolute URI, e.g. `type = \"{absolute}\"`, \
             or give the type a base to resolve it against: \
             `#[problem(type_base = \"{base}\")]` on the enum or struct"
        ),
    );
}
