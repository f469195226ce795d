//! The status a `#[status(…)]` names: looked up in the spec's table, with a suggestion when it
//! is misspelt, and checked against what the derive that reads it allows.

use syn::Ident;
use syn::ext::IdentExt;

use crate::attr::{StatusAttr, StatusValue};
use crate::ctxt::Ctxt;
use crate::table::{self, KnownStatus};

/// Which derive a status is for: only `HttpError` insists on an error status.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Use {
    HttpError,
    StatusEnum,
}

/// Looks up the one status an attribute names and checks that `use_` allows it; a list is an
/// error here (see [`statuses`] for those).
pub(crate) fn fixed(cx: &Ctxt, status: &StatusAttr<'_>, use_: Use) -> Option<&'static KnownStatus> {
    if let Some(value) = status.more.first() {
        let message = match use_ {
            Use::HttpError => {
                "a list of statuses needs the function that chooses among them: add `, by = path::to_function`"
            }
            Use::StatusEnum => "a StatusEnum variant stands for one status; list none here",
        };
        cx.error_spanned_by(value.tokens(), message);
        return None;
    }
    if let Some((by, _)) = &status.by {
        let message = match use_ {
            Use::HttpError => {
                "`by` chooses among several statuses; list them, as in #[status(404 | 409, by = choose)], or remove `by`"
            }
            Use::StatusEnum => "`by` has no meaning in a StatusEnum; remove it",
        };
        cx.error_spanned_by(by, message);
        return None;
    }
    let known = lookup(cx, &status.value)?;
    check_nonstandard(cx, status, &[(&status.value, known)])?;
    allowed(cx, &status.value, known, use_).then_some(known)
}

/// The statuses of `#[status(a | b | c, by = f)]`, in the order written, each allowed for an
/// error, none twice.
pub(crate) fn statuses(cx: &Ctxt, status: &StatusAttr<'_>) -> Option<Vec<&'static KnownStatus>> {
    let mut found: Vec<(&StatusValue, &'static KnownStatus)> = Vec::new();
    let mut complete = true;
    for value in core::iter::once(&status.value).chain(&status.more) {
        let Some(known) = lookup(cx, value) else {
            complete = false;
            continue;
        };
        if found.iter().any(|(_, other)| other.code == known.code) {
            let message = format!(
                "{} ({}) is listed twice; list each status once",
                known.code, known.phrase
            );
            cx.error_spanned_by(value.tokens(), message);
            complete = false;
            continue;
        }
        complete &= allowed(cx, value, known, Use::HttpError);
        found.push((value, known));
    }
    if !complete {
        return None;
    }
    check_nonstandard(cx, status, &found)?;
    Some(found.into_iter().map(|(_, known)| known).collect())
}

/// Whether an error may answer `known` (any status, for a `StatusEnum`); an error if not.
fn allowed(cx: &Ctxt, value: &StatusValue, known: &KnownStatus, use_: Use) -> bool {
    if use_ == Use::StatusEnum {
        return true;
    }
    // A redirect through the error path is allowed (with its Location); 304 is not: like 1xx,
    // 204 and 205 its response carries no content, so it has no room for a problem, and a body
    // after its head breaks the framing of the next response on the connection.
    let message = match known.code {
        ..200 => format!(
            "status {} ({}) is informational (1xx), not an error; an error type answers with a 4xx or 5xx status (or a 3xx to redirect)",
            known.code, known.phrase
        ),
        200..300 => format!(
            "status {} ({}) is a success (2xx), not an error; an error type answers with a 4xx or 5xx status (or a 3xx to redirect)",
            known.code, known.phrase
        ),
        304 => format!(
            "status {} ({}) carries no content, so it cannot carry a problem; answer it from the handler or a caching layer, not from an error type",
            known.code, known.phrase
        ),
        _ => return true,
    };
    cx.error_spanned_by(value.tokens(), message);
    false
}

/// The known status one value of a `#[status]` names.
fn lookup(cx: &Ctxt, value: &StatusValue) -> Option<&'static KnownStatus> {
    match value {
        StatusValue::Code(lit) => by_code(cx, lit),
        StatusValue::Name(ident) => by_name(cx, ident),
        StatusValue::Phrase(lit) => by_phrase(cx, lit),
        StatusValue::Transparent(ident) => {
            // Only a StatusEnum gets here: HttpError handles transparent before resolving.
            let message = "#[status(transparent)] has no meaning in a StatusEnum; name a status, e.g. #[status(404)]";
            cx.error_spanned_by(ident, message);
            None
        }
    }
}

/// The `nonstandard` flag is needed exactly when one of the statuses is not standard.
///
/// Every form needs the flag, a `Status` variant name too: the acknowledgement is of the status
/// being unregistered, which its name does not make any less so.
fn check_nonstandard(
    cx: &Ctxt,
    status: &StatusAttr<'_>,
    found: &[(&StatusValue, &'static KnownStatus)],
) -> Option<()> {
    let unregistered = found.iter().find(|(_, known)| !known.standard);
    match (&status.nonstandard, unregistered) {
        (None, Some((value, known))) => {
            let written = value.tokens();
            let message = if found.len() == 1 {
                format!(
                    "{} ({}) is not a standard status; write `#[status({written}, nonstandard)]` to use it anyway",
                    known.code, known.phrase
                )
            } else {
                format!(
                    "{} ({}) is not a standard status; add `, nonstandard` to the #[status] to use it anyway",
                    known.code, known.phrase
                )
            };
            cx.error_spanned_by(written, message);
            None
        }
        (Some(flag), None) => {
            let message = match found {
                [(_, known)] => format!(
                    "`nonstandard` is not needed: {} ({}) is a standard status; remove it",
                    known.code, known.phrase
                ),
                _ => "`nonstandard` is not needed: every status listed is standard; remove it"
                    .to_owned(),
            };
            cx.error_spanned_by(flag, message);
            None
        }
        _ => Some(()),
    }
}

// #[status(404)]
pub(crate) fn by_code(cx: &Ctxt, lit: &syn::LitInt) -> Option<&'static KnownStatus> {
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
pub(crate) fn by_name(cx: &Ctxt, ident: &Ident) -> Option<&'static KnownStatus> {
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
pub(crate) fn by_phrase(cx: &Ctxt, lit: &syn::LitStr) -> Option<&'static KnownStatus> {
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
pub(crate) fn describe(suggestion: &table::Suggestion, quote: char) -> String {
    let text = suggestion.text;
    let code = suggestion.status.code;
    match suggestion.via_alias {
        Some(alias) => format!("{quote}{text}{quote} ({code}, formerly \"{alias}\")"),
        None => format!("{quote}{text}{quote} ({code})"),
    }
}
