//! Foreign error bodies read as what they are: the `Content-Type` parsed (RFC 9110 §8.3.1), the
//! text decoded by its charset, a JSON error's message found, a problem+json re-read; the result
//! is the record the layer writes the response from.

use crate::problem::record::ProblemRecord;
use alloc::string::String;

/// What a foreign error body is, by its `Content-Type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `text/plain`, or no type at all (a bare rejection's text).
    Text(Charset),
    /// `application/json` or another `+json` type but problem+json.
    Json(Charset),
    /// `application/problem+json`.
    Problem(Charset),
    /// Anything else (HTML, images, ...): its body gives nothing.
    Other,
}

/// The charsets a foreign text is decoded from; any other leaves the detail out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// `utf-16` without an order: the byte order mark decides, big-endian without one
    /// (RFC 2781 §4.3).
    Utf16,
    Latin1,
    Unknown,
}

impl Kind {
    /// The kind of a body with this `Content-Type` value (absent: `None`).
    pub(crate) fn of(content_type: Option<&[u8]>) -> Kind {
        let Some(value) = content_type else {
            return Kind::Text(Charset::Utf8);
        };
        let mut parts = value.split(|&b| b == b';');
        let essence = parts.next().unwrap_or_default().trim_ascii();
        let Some(slash) = essence.iter().position(|&b| b == b'/') else {
            return Kind::Other;
        };
        let (kind, subtype) = (&essence[..slash], &essence[slash + 1..]);
        let charset = parts
            .filter_map(|parameter| {
                let equals = parameter.iter().position(|&b| b == b'=')?;
                let name = parameter[..equals].trim_ascii();
                name.eq_ignore_ascii_case(b"charset")
                    .then(|| unquote(parameter[equals + 1..].trim_ascii()))
            })
            .next()
            .map_or(Charset::Utf8, Charset::named);
        if kind.eq_ignore_ascii_case(b"text") && subtype.eq_ignore_ascii_case(b"plain") {
            Kind::Text(charset)
        } else if kind.eq_ignore_ascii_case(b"application")
            && subtype.eq_ignore_ascii_case(b"problem+json")
        {
            Kind::Problem(charset)
        } else if kind.eq_ignore_ascii_case(b"application")
            && (subtype.eq_ignore_ascii_case(b"json")
                || (subtype.len() > 5
                    && subtype[subtype.len() - 5..].eq_ignore_ascii_case(b"+json")))
        {
            Kind::Json(charset)
        } else {
            Kind::Other
        }
    }

    /// Whether a body of this kind and status is worth reading: a client error's text, JSON or
    /// problem; a server error gives nothing (its text stays hidden), except a problem's detail
    /// to the log.
    pub(crate) fn is_read(self, code: u16) -> bool {
        match self {
            Kind::Other => false,
            Kind::Problem(_) => code < 500 || cfg!(feature = "tracing"),
            Kind::Text(_) | Kind::Json(_) => code < 500,
        }
    }
}

/// A parameter value without its quotes (and the backslashes of a quoted pair).
fn unquote(value: &[u8]) -> &[u8] {
    match value {
        [b'"', inner @ .., b'"'] => inner,
        _ => value,
    }
}

impl Charset {
    fn named(name: &[u8]) -> Charset {
        let is = |candidate: &str| name.eq_ignore_ascii_case(candidate.as_bytes());
        if is("utf-8") || is("utf8") || is("us-ascii") || is("ascii") {
            Charset::Utf8
        } else if is("utf-16le") {
            Charset::Utf16Le
        } else if is("utf-16be") {
            Charset::Utf16Be
        } else if is("utf-16") {
            Charset::Utf16
        } else if is("iso-8859-1") || is("latin1") || is("l1") || is("iso_8859-1") {
            Charset::Latin1
        } else {
            Charset::Unknown
        }
    }

    /// `bytes` as text, or `None` when they are not valid in this charset (or it is one
    /// statuskit does not decode).
    pub(crate) fn decode(self, bytes: &[u8]) -> Option<String> {
        let utf16 = |bytes: &[u8], big: bool| {
            if !bytes.len().is_multiple_of(2) {
                return None;
            }
            let units = bytes.chunks_exact(2).map(|pair| {
                let pair = [pair[0], pair[1]];
                if big {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .ok()
                .map(|text| text.trim_start_matches('\u{feff}').into())
        };
        match self {
            Charset::Utf8 => {
                let text = core::str::from_utf8(bytes).ok()?;
                Some(text.trim_start_matches('\u{feff}').into())
            }
            Charset::Utf16Le => utf16(bytes, false),
            Charset::Utf16Be => utf16(bytes, true),
            Charset::Utf16 => match bytes {
                [0xff, 0xfe, rest @ ..] => utf16(rest, false),
                [0xfe, 0xff, rest @ ..] => utf16(rest, true),
                _ => utf16(bytes, true),
            },
            Charset::Latin1 => Some(bytes.iter().map(|&b| char::from(b)).collect()),
            Charset::Unknown => None,
        }
    }
}

/// The record of a foreign error response with status `code`, of `kind`, whose (decoded) body is
/// `body` when it was read in full.
pub(crate) fn record(code: u16, kind: Kind, body: Option<&[u8]>) -> ProblemRecord {
    let text = |charset: Charset| body.and_then(|body| charset.decode(body));
    match kind {
        Kind::Text(charset) => ProblemRecord::foreign(code, text(charset).as_deref()),
        Kind::Json(charset) => {
            let message = text(charset).and_then(|text| json_message(&text));
            ProblemRecord::foreign(code, message.as_deref())
        }
        Kind::Problem(charset) => match text(charset).and_then(|text| object(&text)) {
            Some(object) => {
                log_hidden_problem(code, &object);
                ProblemRecord::of_foreign_problem(code, &object)
            }
            None => ProblemRecord::foreign(code, None),
        },
        Kind::Other => ProblemRecord::foreign(code, None),
    }
}

fn object(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    match serde_json::from_str(text).ok()? {
        serde_json::Value::Object(object) => Some(object),
        _ => None,
    }
}

/// A JSON error object's message: its `detail`, `message`, `error_description` or `error`
/// string member, the first there is.
fn json_message(text: &str) -> Option<String> {
    let object = object(text)?;
    ["detail", "message", "error_description", "error"]
        .iter()
        .find_map(|name| object.get(*name)?.as_str().map(String::from))
}

/// A foreign problem+json server error is hidden like every other; what it said goes to the log.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
fn log_hidden_problem(code: u16, object: &serde_json::Map<String, serde_json::Value>) {
    #[cfg(feature = "tracing")]
    if code >= 500 {
        let text = |name: &str| object.get(name).and_then(serde_json::Value::as_str);
        tracing::error!(
            status = code,
            r#type = text("type"),
            title = text("title"),
            detail = text("detail"),
            "a foreign problem+json server error was hidden from the client"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> alloc::vec::Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn media_types_are_parsed() {
        assert_eq!(Kind::of(None), Kind::Text(Charset::Utf8));
        assert_eq!(
            Kind::of(Some(b"Text/Plain ; Charset=\"UTF-16LE\"")),
            Kind::Text(Charset::Utf16Le)
        );
        assert_eq!(Kind::of(Some(b"text/plainfoo")), Kind::Other);
        assert_eq!(Kind::of(Some(b"text/html")), Kind::Other);
        assert_eq!(
            Kind::of(Some(b"application/vnd.api+json")),
            Kind::Json(Charset::Utf8)
        );
        assert_eq!(
            Kind::of(Some(b"application/problem+json; charset=utf-8")),
            Kind::Problem(Charset::Utf8)
        );
        assert_eq!(
            Kind::of(Some(b"text/plain; charset=shift_jis")),
            Kind::Text(Charset::Unknown)
        );
    }

    #[test]
    fn charsets_are_decoded_or_left_out() {
        assert_eq!(
            Charset::Utf16Le
                .decode(&utf16le("no such coupon"))
                .as_deref(),
            Some("no such coupon")
        );
        assert_eq!(
            Charset::Utf16
                .decode(&[0xfe, 0xff, 0, b'h', 0, b'i'])
                .as_deref(),
            Some("hi")
        );
        assert_eq!(Charset::Latin1.decode(b"caf\xe9").as_deref(), Some("café"));
        assert_eq!(Charset::Utf8.decode(b"\xff\xfe"), None);
        assert_eq!(Charset::Unknown.decode(b"plain"), None);
        assert_eq!(Charset::Utf16Le.decode(b"odd"), None);
    }

    #[test]
    fn json_errors_give_their_message() {
        let record = |body: &str| {
            record(
                400,
                Kind::of(Some(b"application/json")),
                Some(body.as_bytes()),
            )
            .detail(crate::Language::English)
            .map(String::from)
        };
        assert_eq!(
            record(r#"{"code":"E_BAD","message":"bad coupon"}"#).as_deref(),
            Some("bad coupon")
        );
        assert_eq!(
            record(r#"{"error":"invalid_grant","error_description":"expired"}"#).as_deref(),
            Some("expired")
        );
        assert_eq!(record(r#"{"error":{"nested":1}}"#), None);
        assert_eq!(record("[1,2]"), None);
    }

    #[test]
    fn foreign_problems_are_read_again_and_server_errors_hidden() {
        let body = br#"{"type":"https://e.x/coupon","title":"Bad coupon","status":400,
            "detail":"expired","instance":"/up","coupon_id":7,"x":1,"request_id":"up"}"#;
        let record = record(400, Kind::Problem(Charset::Utf8), Some(body));
        assert_eq!(record.type_uri, "https://e.x/coupon");
        assert_eq!(record.title(crate::Language::Korean), "Bad coupon");
        assert_eq!(record.detail(crate::Language::Korean), Some("expired"));
        assert_eq!(record.instance, None);
        let members = String::from_utf8(record.members.clone()).unwrap();
        assert_eq!(members, r#","coupon_id":7,"request_id":"up""#);
        let hidden = super::record(
            502,
            Kind::Problem(Charset::Utf8),
            Some(br#"{"detail":"connect postgres://admin@10.0.0.5 failed","db":"x"}"#),
        );
        assert_eq!(hidden.detail(crate::Language::English), None);
        assert!(hidden.members.is_empty());
        assert_eq!(hidden.type_uri, "about:blank");
    }
}
