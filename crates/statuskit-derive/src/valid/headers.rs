//! The `#[header]` rules: which headers an arm sends, which its status requires, and which
//! names and values an error may send at all.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Member};

use crate::ast::Field;
use crate::attr::{Attrs, StatusValue};
use crate::ctxt::Ctxt;
use crate::prop::{self, HeaderShape};
use crate::table::KnownStatus;

/// A header the generated `headers` sends.
pub(crate) struct Header {
    pub(crate) name: LitStr,
    pub(crate) value: HeaderSource,
}

/// Where a header's value comes from.
pub(crate) enum HeaderSource {
    /// `#[header("WWW-Authenticate", "Bearer")]` on the variant.
    Static(LitStr),
    /// `#[header("Retry-After")]` on this field: its value, sent as `shape` says; the span of
    /// its type, for a type that cannot be sent.
    Field {
        member: Member,
        span: Span,
        shape: HeaderShape,
    },
}

/// The headers a status obliges a response to send, with the section that says so and an
/// example value.
const REQUIRED_HEADERS: [(u16, &str, &str, &str); 10] = [
    (301, "Location", "RFC 9110 §15.4.2", "/new/path"),
    (302, "Location", "RFC 9110 §15.4.3", "/new/path"),
    (303, "Location", "RFC 9110 §15.4.4", "/new/path"),
    (307, "Location", "RFC 9110 §15.4.8", "/new/path"),
    (308, "Location", "RFC 9110 §15.4.9", "/new/path"),
    (401, "WWW-Authenticate", "RFC 9110 §15.5.2", "Bearer"),
    (405, "Allow", "RFC 9110 §15.5.6", "GET, HEAD"),
    (407, "Proxy-Authenticate", "RFC 9110 §15.5.8", "Basic"),
    (416, "Content-Range", "RFC 9110 §15.5.17", "bytes */1000"),
    (426, "Upgrade", "RFC 9110 §15.5.22", "HTTP/2"),
];

/// A 301, 302, 303, 307, 308, 401, 405, 407, 416 or 426 arm must send its required header, or
/// waive it (`waived`, or `enum_waived` for every variant); an arm that chooses among `statuses`
/// must for each of them. A waiver of a header no status of the arm requires is an error too,
/// since it is most likely a typo. Each status comes with the value that names it, for spans.
pub(crate) fn required_headers(
    cx: &Ctxt,
    statuses: &[(&KnownStatus, &StatusValue)],
    headers: &[Header],
    waived: &[LitStr],
    enum_waived: &[LitStr],
    by_default: Option<&Ident>,
) {
    let required = |known: &KnownStatus| {
        REQUIRED_HEADERS
            .iter()
            .find(|(code, ..)| *code == known.code)
    };
    for waiver in waived {
        let name = waiver.value();
        let needed = statuses.iter().any(|(known, _)| {
            required(known).is_some_and(|(_, header, ..)| header.eq_ignore_ascii_case(&name))
        });
        if needed {
            continue;
        }
        let message = match statuses {
            [(known, _)] => match required(known) {
                Some((_, header, ..)) => format!(
                    "{} ({}) requires {header}, not {name:?}; waive {header:?} or remove the waiver",
                    known.code, known.phrase
                ),
                None => format!(
                    "nothing to waive: {} ({}) requires no {name} header; remove the waiver",
                    known.code, known.phrase
                ),
            },
            _ => format!(
                "nothing to waive: none of the statuses listed requires a {name} header; remove the waiver"
            ),
        };
        cx.error_spanned_by(waiver, message);
    }
    for (known, value) in statuses {
        let Some((code, header, section, example)) = required(known) else {
            continue;
        };
        let sent = headers
            .iter()
            .any(|sent| sent.name.value().eq_ignore_ascii_case(header));
        let waived = waived
            .iter()
            .chain(enum_waived)
            .any(|waiver| waiver.value().eq_ignore_ascii_case(header));
        if sent || waived {
            continue;
        }
        let phrase = known.phrase;
        let message = match by_default {
            None => format!(
                "a {code} ({phrase}) response must send {header} ({section}); add #[header({header:?}, {example:?})], or #[header({header:?})] on the field that holds it, or #[header(waive = {header:?})] if another layer adds it"
            ),
            Some(variant) => format!(
                "variant `{variant}` takes this {code} ({phrase}), whose response must send {header} ({section}); add #[header({header:?}, {example:?})] to `{variant}`, or #[header(waive = {header:?})] to the enum if another layer adds it"
            ),
        };
        cx.error_spanned_by(value.tokens(), message);
    }
}

/// The headers of an arm answering one of `statuses`: its constants, then its fields, each
/// checked.
pub(crate) fn headers(
    cx: &Ctxt,
    own: &Attrs<'_>,
    fields: &[Field<'_>],
    statuses: &[&KnownStatus],
) -> Vec<Header> {
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
        let valid_value = check_header_value(cx, value);
        if check_header_name(cx, &header.name, statuses) && valid_value {
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
        if check_header_name(cx, &header.name, statuses) {
            headers.push(Header {
                name: header.name.clone(),
                value: HeaderSource::Field {
                    member: field.member.clone(),
                    span: field.original.ty.span(),
                    shape: prop::header_shape(&field.original.ty),
                },
            });
        }
    }
    headers
}

/// Whether `name` is a header a derived error may send with each of `statuses`; an error if
/// not.
fn check_header_name(cx: &Ctxt, name: &LitStr, statuses: &[&KnownStatus]) -> bool {
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
    if let Some(owned) = FRAMING_HEADERS
        .iter()
        .find(|owned| owned.eq_ignore_ascii_case(&value))
    {
        cx.error_spanned_by(
            name,
            format_args!(
                "{owned} frames the message or manages the connection, which the integrations and the server own; an error sending its own would break the response on the wire: remove this header"
            ),
        );
        return false;
    }
    let upgrade_misfit = statuses.iter().find(|known| known.code != 426);
    if let Some(known) = upgrade_misfit.filter(|_| value.eq_ignore_ascii_case("upgrade")) {
        cx.error_spanned_by(
            name,
            format_args!(
                "Upgrade asks the client to switch protocols, which only a 426 (Upgrade Required) error may do (RFC 9110 §15.5.22), not {} ({}); remove it or change the status",
                known.code, known.phrase
            ),
        );
        return false;
    }
    let retry_after_misfit = statuses
        .iter()
        .find(|known| !matches!(known.code, 300..=399 | 413 | 429 | 503));
    if let Some(known) = retry_after_misfit.filter(|_| value.eq_ignore_ascii_case("retry-after")) {
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

/// Headers that frame the message or manage the connection (RFC 9110 §6.1, §7.2, §7.6.1, §8.6;
/// RFC 9112 §6.1, §7.4, §9.6): the server writes them from the body and the connection it has,
/// so one sent by an error would desynchronise the stream or the connection.
const FRAMING_HEADERS: [&str; 8] = [
    "Content-Length",
    "Transfer-Encoding",
    "Connection",
    "Keep-Alive",
    "TE",
    "Trailer",
    "Host",
    "Proxy-Connection",
];

/// Whether a constant header value can go on the wire as written: `http` takes constants only
/// when they are visible ASCII, space or tab, and anything else is an error here rather than a
/// panic in every response.
fn check_header_value(cx: &Ctxt, value: &LitStr) -> bool {
    let text = value.value();
    let Some(bad) = text.chars().find(|c| !matches!(c, ' '..='~' | '\t')) else {
        return true;
    };
    let message = if bad.is_control() {
        format!(
            "a header value cannot hold control characters such as {bad:?}; remove them (a line break would end the header)"
        )
    } else {
        let encoded: String = bad
            .encode_utf8(&mut [0; 4])
            .bytes()
            .map(|byte| format!("%{byte:02X}"))
            .collect();
        format!(
            "a constant header value must be visible ASCII, space or tab, and {bad:?} (U+{:04X}) is not; percent-encode it ({bad} is \"{encoded}\") or put the text in the problem instead, as its title or detail",
            u32::from(bad)
        )
    };
    cx.error_spanned_by(value, message);
    false
}
