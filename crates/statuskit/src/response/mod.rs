//! Responses built from an `HttpError`: the plain `http` builder and the framework impls, which
//! `impl_responses!` emits in the user's crate because of the orphan rule.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(all(feature = "http", feature = "problem"))]
pub(crate) mod http;
mod macros;

use core::fmt::{self, Write as _};

use crate::HeaderValue;

/// Hands `value`'s bytes to `f`: a constant as it is, anything else formatted into a stack
/// buffer, or into a `String` when it is longer than the buffer.
#[cfg_attr(
    not(any(all(feature = "http", feature = "problem"), feature = "actix-web")),
    allow(dead_code)
)]
pub(crate) fn with_bytes<R>(value: HeaderValue<'_>, f: impl FnOnce(&[u8]) -> R) -> R {
    match value {
        HeaderValue::Static(text) => f(text.as_bytes()),
        HeaderValue::Display(display) => {
            let mut buf = StackBuf {
                bytes: [0; 64],
                len: 0,
            };
            if write!(buf, "{display}").is_ok() {
                f(&buf.bytes[..buf.len])
            } else {
                #[cfg(feature = "alloc")]
                {
                    f(alloc::string::ToString::to_string(display).as_bytes())
                }
                #[cfg(not(feature = "alloc"))]
                {
                    f(&[])
                }
            }
        }
    }
}

/// Whether `bytes` may be sent as a header value as they are (RFC 9110 `field-value`, as the
/// `http` crate checks it): visible ASCII, obs-text, space and tab.
#[cfg_attr(not(all(feature = "http", feature = "problem")), allow(dead_code))]
pub(crate) fn is_valid_value(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| (b >= 0x20 && b != 0x7f) || b == b'\t')
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

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;

    #[test]
    fn with_bytes_formats_short_and_long_values() {
        let short = 120_u64;
        assert_eq!(
            with_bytes(HeaderValue::display(&short), <[u8]>::to_vec),
            b"120"
        );
        let long = "x".repeat(300);
        assert_eq!(
            with_bytes(HeaderValue::display(&long), <[u8]>::to_vec),
            long.as_bytes()
        );
        assert_eq!(
            with_bytes(HeaderValue::Static("Bearer"), <[u8]>::to_vec),
            b"Bearer"
        );
    }

    #[test]
    fn is_valid_value_rejects_control_characters() {
        assert!(is_valid_value(b"Bearer realm=\"api\"\t"));
        assert!(!is_valid_value(b"a\r\nSet-Cookie: x"));
        assert!(!is_valid_value(b"\x7f"));
    }
}
