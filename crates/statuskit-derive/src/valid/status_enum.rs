//! The rules of `#[derive(StatusEnum)]`: a fieldless enum, one distinct status per variant.

use syn::ext::IdentExt;
use syn::{Fields, Ident};

use super::status::{Use, describe, fixed};
use crate::ast::{Input, Variant};
use crate::ctxt::Ctxt;
use crate::table::{self, KnownStatus};

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

pub(crate) fn status_enum_variant(
    cx: &Ctxt,
    variant: &Variant<'_>,
) -> Option<&'static KnownStatus> {
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
