//! The small types `HttpError`'s hooks write into: response headers and problem extension members.
//!
//! They exist with every feature set, so code written by `#[derive(HttpError)]` compiles whatever
//! features are enabled; without the features that consume them, writing into them does nothing.

use core::fmt;

/// A response header value handed to a [`HeaderSink`].
///
/// Constants stay `Static`, so the integrations can use them without formatting; values taken
/// from fields (a `retry_after: u64`, a challenge string) are `Display`ed only when a response is
/// written, into a stack buffer when they are short.
///
/// ```
/// use statuskit::HeaderValue;
///
/// let seconds = 120_u64;
/// assert_eq!(HeaderValue::Static("Bearer").to_string(), "Bearer");
/// assert_eq!(HeaderValue::display(&seconds).to_string(), "120");
/// assert_eq!(HeaderValue::Static("Bearer").as_static(), Some("Bearer"));
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum HeaderValue<'a> {
    /// A constant, e.g. the `"Bearer"` of `#[header("WWW-Authenticate", "Bearer")]`.
    Static(&'static str),
    /// A value formatted with `Display`, e.g. a field marked `#[header("Retry-After")]`.
    Display(&'a dyn fmt::Display),
    /// A whole number of seconds (RFC 9110 `delta-seconds`), e.g. a `Duration` field marked
    /// `#[header("Retry-After")]`.
    Seconds(u64),
}

impl<'a> HeaderValue<'a> {
    /// A value formatted with `Display`; a helper for generated code, where the field's type is
    /// not known.
    ///
    /// ```
    /// let seconds = 30_u32;
    /// assert_eq!(statuskit::HeaderValue::display(&seconds).to_string(), "30");
    /// ```
    pub fn display<T: fmt::Display>(value: &'a T) -> Self {
        HeaderValue::Display(value)
    }

    /// A duration as whole seconds, rounded up so that a client told to wait is never told a
    /// shorter wait than meant (`Retry-After: 0` for a 300 ms pause would invite a retry storm).
    ///
    /// ```
    /// use core::time::Duration;
    /// use statuskit::HeaderValue;
    ///
    /// assert_eq!(HeaderValue::seconds(&Duration::from_secs(120)).to_string(), "120");
    /// assert_eq!(HeaderValue::seconds(&Duration::from_millis(1500)).to_string(), "2");
    /// ```
    pub fn seconds(duration: &core::time::Duration) -> Self {
        let whole = duration.as_secs();
        HeaderValue::Seconds(if duration.subsec_nanos() > 0 {
            whole.saturating_add(1)
        } else {
            whole
        })
    }

    /// The value when it is a constant, which needs no formatting.
    ///
    /// ```
    /// let seconds = 30_u32;
    /// assert_eq!(statuskit::HeaderValue::display(&seconds).as_static(), None);
    /// ```
    pub fn as_static(&self) -> Option<&'static str> {
        match self {
            HeaderValue::Static(value) => Some(value),
            HeaderValue::Display(_) | HeaderValue::Seconds(_) => None,
        }
    }
}

impl fmt::Display for HeaderValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderValue::Static(value) => f.write_str(value),
            HeaderValue::Display(value) => value.fmt(f),
            HeaderValue::Seconds(seconds) => seconds.fmt(f),
        }
    }
}

impl fmt::Debug for HeaderValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderValue::Static(value) => f.debug_tuple("Static").field(value).finish(),
            HeaderValue::Display(value) => f
                .debug_tuple("Display")
                .field(&format_args!("{value}"))
                .finish(),
            HeaderValue::Seconds(seconds) => f.debug_tuple("Seconds").field(seconds).finish(),
        }
    }
}

/// Receives the headers an error adds to its response, see [`HttpError::headers`].
///
/// Closures taking `(&'static str, HeaderValue<'_>)` are sinks, which is handy in tests:
///
/// ```
/// use statuskit::{HeaderSink, HeaderValue};
///
/// let mut seen = Vec::new();
/// let mut sink = |name: &'static str, value: HeaderValue<'_>| seen.push((name, value.to_string()));
/// sink.header("Retry-After", HeaderValue::display(&120_u64));
/// assert_eq!(seen, [("Retry-After", "120".to_owned())]);
/// ```
///
/// [`HttpError::headers`]: crate::HttpError::headers
pub trait HeaderSink {
    /// Adds one header. A name may come more than once (two `WWW-Authenticate` challenges): each
    /// call appends a value. Names are matched case-insensitively, as HTTP does.
    fn header(&mut self, name: &'static str, value: HeaderValue<'_>);
}

impl<F: FnMut(&'static str, HeaderValue<'_>)> HeaderSink for F {
    fn header(&mut self, name: &'static str, value: HeaderValue<'_>) {
        self(name, value);
    }
}

/// A value that may become a problem extension member: anything `serde::Serialize` with the
/// `serde` feature, anything at all without it (members are then dropped, since no problem body
/// is written).
#[cfg(feature = "serde")]
pub trait ExtensionValue: serde_core::Serialize {}
#[cfg(feature = "serde")]
impl<T: ?Sized + serde_core::Serialize> ExtensionValue for T {}

/// A value that may become a problem extension member: anything `serde::Serialize` with the
/// `serde` feature, anything at all without it (members are then dropped, since no problem body
/// is written).
#[cfg(not(feature = "serde"))]
pub trait ExtensionValue {}
#[cfg(not(feature = "serde"))]
impl<T: ?Sized> ExtensionValue for T {}

/// Names RFC 9457 gives the standard members; an extension by one of them would make the body
/// ambiguous, so it is dropped.
const RESERVED: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// Receives a problem's extension members, see [`HttpError::problem_extensions`].
///
/// It writes straight into the response body being built (or into a `Problem`'s `extensions`), so
/// adding a member costs one serialization and no intermediate `serde_json::Value`.
///
/// ```
/// # #[cfg(feature = "problem")] {
/// use statuskit::{Extensions, HttpError, Status};
///
/// struct OutOfCredit { balance: i64 }
///
/// impl core::fmt::Display for OutOfCredit {
///     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
///         f.write_str("your current balance is too low")
///     }
/// }
///
/// impl HttpError for OutOfCredit {
///     fn status(&self) -> Status {
///         Status::Forbidden
///     }
///     fn problem_extensions(&self, members: &mut Extensions<'_>) {
///         members.insert("balance", &self.balance);
///     }
/// }
///
/// let problem = OutOfCredit { balance: 30 }.problem();
/// assert_eq!(problem.extensions["balance"], 30);
/// # }
/// ```
///
/// [`HttpError::problem_extensions`]: crate::HttpError::problem_extensions
pub struct Extensions<'a> {
    backend: Backend<'a>,
}

enum Backend<'a> {
    /// Nothing consumes the members. Only the lifetime's holder when `problem` is off: without
    /// that feature nothing builds an `Extensions` at all.
    #[allow(dead_code)]
    Discard(core::marker::PhantomData<&'a mut ()>),
    /// Members go into an owned `Problem`.
    #[cfg(feature = "problem")]
    Map(&'a mut serde_json::Map<alloc::string::String, serde_json::Value>),
    /// Members are appended as `,"name":value` to a JSON object being written.
    #[cfg(feature = "problem")]
    Json(&'a mut alloc::vec::Vec<u8>),
}

impl<'a> Extensions<'a> {
    /// Members are appended to an object being written, each as `,"name":value`.
    #[cfg(feature = "problem")]
    pub(crate) fn json(out: &'a mut alloc::vec::Vec<u8>) -> Self {
        Extensions {
            backend: Backend::Json(out),
        }
    }

    /// Members are inserted into a map.
    #[cfg(feature = "problem")]
    pub(crate) fn map(
        map: &'a mut serde_json::Map<alloc::string::String, serde_json::Value>,
    ) -> Self {
        Extensions {
            backend: Backend::Map(map),
        }
    }

    /// Adds the member `name`. Names of the standard members (`type`, `title`, `status`,
    /// `detail`, `instance`) are ignored, and so is a value that fails to serialize (a map with
    /// non-string keys, a `Display` inside it that returns an error): a response body must stay
    /// valid JSON whatever a field holds. With `tracing`, a value left out is logged at warn
    /// level.
    pub fn insert<T: ?Sized + ExtensionValue>(&mut self, name: &str, value: &T) {
        if RESERVED.contains(&name) {
            return;
        }
        match &mut self.backend {
            Backend::Discard(_) => {
                let _ = value;
            }
            #[cfg(feature = "problem")]
            Backend::Map(map) => match serde_json::to_value(crate::error::safe_ser::Safe(value)) {
                Ok(value) => {
                    map.insert(name.into(), value);
                }
                Err(_) => crate::error::log::extension_skipped(name),
            },
            #[cfg(feature = "problem")]
            Backend::Json(out) => {
                let start = out.len();
                out.push(b',');
                let written = crate::error::safe_ser::write_json(out, name).and_then(|()| {
                    out.push(b':');
                    crate::error::safe_ser::write_json(out, value)
                });
                if written.is_err() {
                    out.truncate(start);
                    crate::error::log::extension_skipped(name);
                }
            }
        }
    }
}

impl fmt::Debug for Extensions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extensions").finish_non_exhaustive()
    }
}
