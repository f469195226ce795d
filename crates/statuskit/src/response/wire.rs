//! What every integration does the same way to keep a response valid HTTP: the statuses that
//! carry no content, the headers an error may not send, and header values formatted without a
//! panic.

use core::fmt::{self, Write as _};

use crate::{HeaderSink, HeaderValue, Status};

/// Whether a response with `status` must carry no content (RFC 9110 §6.4.1, §15.3.6): 1xx,
/// 204, 205 and 304. The integrations send 204, 205 and 304 with no body and no `Content-Type`
/// (and a 1xx as [`InformationalStatus`]).
pub(crate) fn has_no_content(status: Status) -> bool {
    status.is_informational() || matches!(status.code(), 204 | 205 | 304)
}

/// What an integration answers instead of an error whose status is 1xx, which a hand-written
/// `HttpError` can return but no response may end with: a client would take the next response on
/// the connection for the final one (hyper answers a bare 500 and closes; actix-web sends the
/// 1xx). It is a hidden 500, so with `tracing` its message is logged at error level.
pub(crate) struct InformationalStatus(pub(crate) Status);

impl fmt::Display for InformationalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HttpError::status answered {}, an informational status, which cannot end a response; sent 500 instead",
            self.0
        )
    }
}

impl crate::HttpError for InformationalStatus {
    fn status(&self) -> Status {
        Status::InternalServerError
    }
}

/// A header value ready for a framework's header map.
pub(crate) enum ValueBytes<'a> {
    /// A constant of visible ASCII, which `HeaderValue::from_static` takes without a copy (and
    /// without the panic it has for anything else).
    Static(&'static str),
    /// Any other value, to be checked by the framework's `from_bytes`.
    Bytes(&'a [u8]),
}

/// A [`HeaderSink`] that hands a framework only the headers an error may send: it skips (and,
/// with `tracing`, logs) the headers the integrations own and the values that cannot be sent,
/// so no response ever fails or breaks its framing for a header.
pub(crate) struct CheckedSink<F> {
    /// The response's status, which decides whether `Upgrade` may go out.
    pub(crate) status: Status,
    /// Appends one header, or says why the framework refused its name or value.
    pub(crate) append: F,
}

impl<F: FnMut(&str, ValueBytes<'_>) -> Result<(), &'static str>> HeaderSink for CheckedSink<F> {
    fn header(&mut self, name: &'static str, value: HeaderValue<'_>) {
        if let Some(why) = owned_by_integration(name, self.status) {
            crate::error::log::header_skipped(name, why);
            return;
        }
        let appended = match value {
            HeaderValue::Static(text) if text.bytes().all(is_visible_ascii) => {
                (self.append)(name, ValueBytes::Static(text))
            }
            _ => match with_bytes(value, |bytes| (self.append)(name, ValueBytes::Bytes(bytes))) {
                Some(appended) => appended,
                None => Err("its value's Display returned an error"),
            },
        };
        if let Err(why) = appended {
            crate::error::log::header_skipped(name, why);
        }
    }
}

/// Why the integrations send `name` themselves, or `None` when an error may send it: they own
/// the content type and the headers that frame the message or manage the connection (RFC 9110
/// §7.6.1, §8.6, §6.1; RFC 9112 §6.1), which an error sending its own would desynchronise.
/// `Upgrade` is an error's to send on a 426, which requires it.
fn owned_by_integration(name: &str, status: Status) -> Option<&'static str> {
    const OWNED: [&str; 9] = [
        "content-type",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "host",
        "proxy-connection",
    ];
    if OWNED.iter().any(|owned| owned.eq_ignore_ascii_case(name)) {
        return Some("the integrations set it themselves");
    }
    if name.eq_ignore_ascii_case("upgrade") && status != Status::UpgradeRequired {
        return Some("Upgrade belongs only on a 426 response");
    }
    None
}

/// What `http::HeaderValue::from_static` accepts.
fn is_visible_ascii(byte: u8) -> bool {
    (0x20..0x7f).contains(&byte) || byte == b'\t'
}

/// Hands `value`'s bytes to `f`: a constant as it is, anything else formatted into a stack
/// buffer, or into a `String` when it is longer than the buffer; `None`, without calling `f`,
/// when its `Display` fails.
pub(crate) fn with_bytes<R>(value: HeaderValue<'_>, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let HeaderValue::Static(text) = value {
        return Some(f(text.as_bytes()));
    }
    let mut buf = StackBuf {
        bytes: [0; 64],
        len: 0,
    };
    if write!(buf, "{value}").is_ok() {
        return Some(f(&buf.bytes[..buf.len]));
    }
    // Too long for the stack, or a `Display` that failed: only the heap can tell which.
    let mut text = alloc::string::String::new();
    fmt::write(&mut text, format_args!("{value}")).ok()?;
    Some(f(text.as_bytes()))
}

/// A fixed buffer that refuses what does not fit, so `with_bytes` can fall back to the heap.
struct StackBuf {
    bytes: [u8; 64],
    len: usize,
}

impl fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    use super::*;

    #[test]
    fn with_bytes_formats_short_and_long_values() {
        let short = 120_u64;
        assert_eq!(
            with_bytes(HeaderValue::display(&short), <[u8]>::to_vec),
            Some(b"120".to_vec())
        );
        let long = "x".repeat(300);
        assert_eq!(
            with_bytes(HeaderValue::display(&long), <[u8]>::to_vec),
            Some(long.into_bytes())
        );
        assert_eq!(
            with_bytes(HeaderValue::Static("Bearer"), <[u8]>::to_vec),
            Some(b"Bearer".to_vec())
        );
        assert_eq!(
            with_bytes(HeaderValue::Seconds(30), <[u8]>::to_vec),
            Some(b"30".to_vec())
        );
    }

    /// Writes a little, then fails; long or short.
    struct Failing(usize);

    impl fmt::Display for Failing {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&"x".repeat(self.0))?;
            Err(fmt::Error)
        }
    }

    #[test]
    fn a_failing_display_gives_no_bytes() {
        for len in [0, 10, 300] {
            assert_eq!(
                with_bytes(HeaderValue::display(&Failing(len)), <[u8]>::to_vec),
                None
            );
        }
    }

    /// What a [`CheckedSink`] lets through, for `status`.
    fn sent(status: Status, headers: &[(&'static str, HeaderValue<'_>)]) -> Vec<(String, String)> {
        let mut sent = Vec::new();
        let mut sink = CheckedSink {
            status,
            append: |name: &str, value: ValueBytes<'_>| {
                let bytes = match value {
                    ValueBytes::Static(text) => text.as_bytes(),
                    ValueBytes::Bytes(bytes) => bytes,
                };
                if bytes.contains(&b'\n') {
                    return Err("not a field value");
                }
                sent.push((
                    name.to_string(),
                    String::from_utf8_lossy(bytes).into_owned(),
                ));
                Ok(())
            },
        };
        for (name, value) in headers {
            sink.header(name, *value);
        }
        sent
    }

    #[test]
    fn the_sink_keeps_framing_headers_and_bad_values_out() {
        let failing = Failing(3);
        let headers = [
            ("Content-Length", HeaderValue::Static("0")),
            ("transfer-encoding", HeaderValue::Static("chunked")),
            ("Connection", HeaderValue::Static("close")),
            ("Keep-Alive", HeaderValue::Static("timeout=5")),
            ("TE", HeaderValue::Static("trailers")),
            ("Trailer", HeaderValue::Static("Expires")),
            ("Host", HeaderValue::Static("evil.example")),
            ("Proxy-Connection", HeaderValue::Static("close")),
            ("Content-Type", HeaderValue::Static("text/html")),
            ("Upgrade", HeaderValue::Static("h2c")),
            ("X-Broken", HeaderValue::display(&failing)),
            ("X-Newline", HeaderValue::Static("a\nb")),
            ("Retry-After", HeaderValue::Seconds(5)),
        ];
        assert_eq!(
            sent(Status::ServiceUnavailable, &headers),
            [("Retry-After".to_string(), "5".to_string())]
        );
        assert_eq!(
            sent(
                Status::UpgradeRequired,
                &[("Upgrade", HeaderValue::Static("h2c"))]
            ),
            [("Upgrade".to_string(), "h2c".to_string())]
        );
    }

    #[test]
    fn only_visible_ascii_constants_go_as_static() {
        let mut kinds = Vec::new();
        let mut sink = CheckedSink {
            status: Status::Conflict,
            append: |_: &str, value: ValueBytes<'_>| {
                kinds.push(matches!(value, ValueBytes::Static(_)));
                Ok(())
            },
        };
        sink.header("X-Ascii", HeaderValue::Static("plain text\twith tab"));
        sink.header("X-Note", HeaderValue::Static("한국어"));
        sink.header("X-Del", HeaderValue::Static("\x7f"));
        assert_eq!(kinds, [true, false, false]);
    }

    #[test]
    fn statuses_without_content() {
        let bodiless: Vec<u16> = Status::ALL
            .iter()
            .filter(|status| has_no_content(**status))
            .map(|status| status.code())
            .filter(|code| *code >= 200)
            .collect();
        assert_eq!(bodiless, [204, 205, 304]);
        assert!(has_no_content(Status::Continue));
        assert!(!has_no_content(Status::NotFound));
    }
}
