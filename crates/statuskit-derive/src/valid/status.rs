//! The status a `#[status(…)]` names: looked up in the spec's table, with a suggestion when it
//! is misspelt, and checked against what the derive that reads it allows.

use syn::Ident;
use syn::ext::IdentExt;

use crate::attr::{StatusAttr, StatusValue};
use crate::ctxt::Ctxt;
use crate::table::{self, KnownStatus};

/// Which derive a status is for: only `HttpError` insists on an error status.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Use {
    HttpError,
    StatusEnum,
}

/// Looks up the status an attribute names and checks that `use_` allows it.
pub(super) fn fixed(cx: &Ctxt, status: &StatusAttr<'_>, use_: Use) -> Option<&'static KnownStatus> {
    let known = resolve(cx, status)?;
    if use_ == Use::StatusEnum {
        return Some(known);
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
        _ => return Some(known),
    };
    cx.error_spanned_by(status.value.tokens(), message);
    None
}

/// The known status an attribute names, with its `nonstandard` flag checked.
pub(super) fn resolve(cx: &Ctxt, status: &StatusAttr<'_>) -> Option<&'static KnownStatus> {
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
pub(super) fn by_code(cx: &Ctxt, lit: &syn::LitInt) -> Option<&'static KnownStatus> {
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
pub(super) fn by_name(cx: &Ctxt, ident: &Ident) -> Option<&'static KnownStatus> {
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
pub(super) fn by_phrase(cx: &Ctxt, lit: &syn::LitStr) -> Option<&'static KnownStatus> {
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
pub(super) fn describe(suggestion: &table::Suggestion, quote: char) -> String {
    let text = suggestion.text;
    let code = suggestion.status.code;
    match suggestion.via_alias {
        Some(alias) => format!("{quote}{text}{quote} ({code}, formerly \"{alias}\")"),
        None => format!("{quote}{text}{quote} ({code})"),
    }
}
