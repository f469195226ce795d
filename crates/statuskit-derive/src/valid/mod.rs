//! The rules: which statuses exist, which a type may use, and where `#[status]` may go.
//!
//! Every check records its error in the `Ctxt` and carries on, so one compile shows them all.

mod headers;
mod status;
mod status_enum;

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Member, Type};

pub(crate) use self::headers::{Header, HeaderSource};
use self::status::{Use, fixed, statuses};
pub(crate) use self::status_enum::status_enum;
use crate::ast::{Enum, Field, Input, Struct, Variant};
use crate::attr::{self, Attrs, Constant, StatusAttr, StatusValue};
use crate::ctxt::Ctxt;
use crate::table::KnownStatus;
use crate::uri;

/// Where a type or variant takes its status from, once checked.
#[derive(Clone)]
pub(crate) enum Mapping<'a> {
    /// One status, known at compile time.
    Fixed(&'static KnownStatus),
    /// The status of the one field, which must itself be an `HttpError`.
    Transparent { member: Member, ty: &'a Type },
    /// One of `statuses`, chosen at run time by the function `by`, which is given the one field
    /// or, for an enum's default, the whole value.
    Chosen {
        statuses: Vec<&'static KnownStatus>,
        by: syn::Path,
        field: Option<Member>,
    },
}

impl Mapping<'_> {
    /// The statuses the arm may answer with; none for a transparent one, whose are its field's.
    pub(crate) fn statuses(&self) -> &[&'static KnownStatus] {
        match self {
            Mapping::Fixed(known) => core::slice::from_ref(known),
            Mapping::Chosen { statuses, .. } => statuses,
            Mapping::Transparent { .. } => &[],
        }
    }
}

/// A struct or variant of a checked `#[derive(HttpError)]`: one arm of each generated `match`.
pub(crate) struct Arm<'a> {
    pub(crate) mapping: Mapping<'a>,
    /// `#[status(…, expose)]` on the arm, or on the enum for a variant that takes its default.
    pub(crate) expose: bool,
    /// `#[problem(type = "…")]` on the arm, else on the enum, resolved against the type's
    /// `type_base`.
    pub(crate) problem_type: Option<LitStr>,
    /// `#[problem(extension(…))]` constants: the arm's, then the enum's whose names it does not
    /// use.
    pub(crate) constants: Vec<Constant>,
    /// Where the arm's problem title comes from; `None` for the canonical phrase.
    pub(crate) title: Option<Title>,
    /// `#[problem(title_ko = "…")]` on the arm, else on the enum: the title for Korean clients.
    pub(crate) title_ko: Option<LitStr>,
    /// `#[http_error(title = "ko")]` on the type: its problems are Korean unless the client
    /// asks otherwise; transparent arms follow it too.
    pub(crate) korean: bool,
    /// `#[problem(extension)]` fields, with the member names they get and the spans of their
    /// types, for a missing `Serialize`.
    pub(crate) extensions: Vec<(Member, LitStr, Span)>,
    /// `#[header]`s: the arm's constants, then its fields, in order.
    pub(crate) headers: Vec<Header>,
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
        Arm {
            mapping,
            expose,
            problem_type,
            constants,
            title: title.or(korean.then_some(Title::Korean)),
            title_ko,
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
fn check_problem(cx: &Ctxt, attrs: &Attrs<'_>) {
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
        let message = if attr::error_transparent(&input.original.attrs).is_some() {
            format!(
                "missing #[status] on struct `{ident}`; it is #[error(transparent)]: add #[status(transparent)] to answer with the wrapped error's status"
            )
        } else {
            format!("missing #[status] on struct `{ident}`; add one, e.g. #[status(500)]")
        };
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
        let mapping = match status.by {
            // #[status(400 | 500, by = classify)] on the enum: `classify(&self)`.
            Some(_) => Mapping::Chosen {
                statuses: statuses(cx, status)?,
                by: status.by.as_ref()?.1.clone(),
                field: None,
            },
            None => Mapping::Fixed(fixed(cx, status, Use::HttpError)?),
        };
        Some((mapping, status))
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
        let checked =
            http_error_variant(cx, variant, &input.attrs, default.as_ref(), default_written);
        match checked {
            Some(arm) => arms.push((variant.original, arm)),
            None => complete = false,
        }
    }
    complete.then_some(arms)
}

/// `default` is the enum's mapping, with the attribute that names it.
fn http_error_variant<'a>(
    cx: &Ctxt,
    variant: &Variant<'a>,
    enum_attrs: &Attrs<'_>,
    default: Option<&(Mapping<'a>, &StatusAttr<'_>)>,
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
        (None, Some((mapping, status))) => {
            if let Some(attr) = attr::error_transparent(&variant.original.attrs) {
                let default = mapping.statuses()[0];
                // The README's first example walks into this: the wrapped error's 404 or 401
                // (with its WWW-Authenticate) would silently answer as the enum's default.
                let message = format!(
                    "`{ident}` is #[error(transparent)] but has no #[status], so it would answer the enum's default {} ({}) whatever the wrapped error's status; add #[status(transparent)] to answer with the wrapped error's status, or give `{ident}` a status of its own, e.g. #[status({})]",
                    default.code, default.phrase, default.code
                );
                cx.error_spanned_by(attr, message);
                return None;
            }
            Some(Arm::new(
                cx,
                mapping.clone(),
                status,
                Some(ident),
                &variant.attrs,
                &variant.fields,
                Some(enum_attrs),
            ))
        }
        // Whatever stood in for the status was reported already.
        (None, None)
            if default_written
                || variant.attrs.status_written
                || has_status_on_field(&variant.fields) =>
        {
            None
        }
        (None, None) => {
            let message = if attr::error_transparent(&variant.original.attrs).is_some() {
                format!(
                    "missing #[status] on variant `{ident}`; it is #[error(transparent)]: add #[status(transparent)] to answer with the wrapped error's status"
                )
            } else {
                format!(
                    "missing #[status] on variant `{ident}`; add one, or an enum-level default like #[status(500)]"
                )
            };
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
        return match &status.by {
            Some(by) => chosen(cx, status, by, fields, owner),
            None => fixed(cx, status, Use::HttpError).map(Mapping::Fixed),
        };
    };
    if let Some((by, _)) = &status.by {
        cx.error_spanned_by(
            by,
            "`by` chooses among statuses; a transparent variant answers with its field's, so remove `by`",
        );
    }
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

/// The mapping of `#[status(404 | 409 | 500, by = db_status)]` on a struct or variant, which
/// must have the one field `db_status` is given.
fn chosen<'a>(
    cx: &Ctxt,
    status: &StatusAttr<'_>,
    (by, path): &(Ident, syn::Path),
    fields: &[Field<'a>],
    owner: &str,
) -> Option<Mapping<'a>> {
    if status.more.is_empty() {
        // `fixed` explains that `by` needs a list.
        fixed(cx, status, Use::HttpError);
        return None;
    }
    let field = match fields {
        [field] => Some(field.member.clone()),
        _ => {
            let count = match fields.len() {
                0 => "no fields".to_owned(),
                n => format!("{n} fields"),
            };
            let message = format!(
                "`by` calls its function with the one field of the variant, e.g. `fn db_status(error: &sqlx::Error) -> Status`; {owner} has {count}"
            );
            cx.error_spanned_by(by, message);
            None
        }
    };
    let statuses = statuses(cx, status)?;
    Some(Mapping::Chosen {
        statuses,
        by: path.clone(),
        field: Some(field?),
    })
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
