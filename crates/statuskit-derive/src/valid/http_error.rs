//! The rules of `#[derive(HttpError)]` on a type's shape: a struct or enum, where `#[status]`
//! stands, and what a transparent or `by` status needs of the fields.

use syn::Ident;

use super::arm::{check_problem, check_type_base};
use super::model::{Arm, HttpErrorBody, Mapping};
use super::status::{Use, fixed, statuses};
use crate::ast::{Enum, Field, Input, Struct, Variant};
use crate::attr::{self, Attrs, StatusAttr, StatusValue};
use crate::ctxt::Ctxt;

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
        &owner,
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
    check_type_base(
        cx,
        input.attrs.problem_type.as_ref(),
        input.attrs.type_base.as_ref(),
    );
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
            let owner = format!("variant `{ident}`");
            let mapping = mapping(cx, status, &variant.fields, &owner)?;
            Some(Arm::new(
                cx,
                mapping,
                status,
                None,
                &variant.attrs,
                &variant.fields,
                Some(enum_attrs),
                &owner,
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
                &format!("variant `{ident}`"),
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
