//! The problem part: `Problem`, the RFC 9457 problem details object, built from an error's hooks
//! and written as JSON; `ProblemRecord`, the structured problem an integration attaches to a
//! response so a layer can write it again; and the record's problem+json writer.
//!
//! It uses `error/` and `status/`, never the parts that send responses.

#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod json;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod record;
mod serde;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::error::erased::ErasedHttpError;
use crate::{Extensions, Status};

/// An RFC 9457 problem details object, the body of an `application/problem+json` response.
///
/// [`HttpError::problem`] builds one from an error with the safe defaults applied; integrations
/// write the same body straight to bytes ([`HttpError::problem_json`]) without building it.
/// It also parses problem bodies received from elsewhere: an absent `type` is `about:blank` (as
/// RFC 9457 says), an absent `title` empty, `status` is required, and unknown members land in
/// [`extensions`](Problem::extensions).
///
/// ```
/// use statuskit::{Problem, Status};
///
/// let mut problem = Problem::new(Status::Conflict);
/// problem.detail = Some("email already used".into());
/// assert_eq!(
///     serde_json::to_string(&problem).unwrap(),
///     r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"email already used"}"#,
/// );
///
/// let parsed: Problem = serde_json::from_str(r#"{"status":404,"title":"Not Found","hint":1}"#).unwrap();
/// assert_eq!(parsed.type_uri, "about:blank");
/// assert_eq!(parsed.extensions["hint"], 1);
/// ```
/// Its serde impls are in `problem/serde.rs`.
///
/// [`HttpError::problem`]: crate::HttpError::problem
/// [`HttpError::problem_json`]: crate::HttpError::problem_json
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// A URI reference identifying the problem type (`"type"` on the wire); `"about:blank"`
    /// when the problem has no semantics beyond its status.
    pub type_uri: String,
    /// A short human-readable summary of the problem type.
    pub title: String,
    /// The HTTP status code of the response carrying the problem.
    pub status: u16,
    /// An explanation specific to this occurrence; omitted when `None`.
    pub detail: Option<String>,
    /// A URI reference identifying this occurrence; omitted when `None`.
    pub instance: Option<String>,
    /// Extension members, written beside the standard ones.
    pub extensions: serde_json::Map<String, serde_json::Value>,
}

fn about_blank() -> String {
    Problem::ABOUT_BLANK.into()
}

impl Problem {
    /// The media type of a JSON problem body.
    ///
    /// ```
    /// assert_eq!(statuskit::Problem::CONTENT_TYPE, "application/problem+json");
    /// ```
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem type of a problem that means no more than its status.
    ///
    /// ```
    /// assert_eq!(statuskit::Problem::ABOUT_BLANK, "about:blank");
    /// ```
    pub const ABOUT_BLANK: &'static str = "about:blank";

    /// The bare problem for a status: `about:blank`, the canonical reason phrase as title, no
    /// detail, instance or extensions.
    ///
    /// ```
    /// use statuskit::{Problem, Status};
    ///
    /// let problem = Problem::new(Status::NotFound);
    /// assert_eq!((problem.title.as_str(), problem.status), ("Not Found", 404));
    /// ```
    pub fn new(status: Status) -> Self {
        Problem {
            type_uri: about_blank(),
            title: status.reason_phrase().into(),
            status: status.code(),
            detail: None,
            instance: None,
            extensions: serde_json::Map::new(),
        }
    }

    /// The problem as a compact JSON body.
    ///
    /// ```
    /// use statuskit::{Problem, Status};
    ///
    /// let body = Problem::new(Status::Gone).to_json();
    /// assert_eq!(body, br#"{"type":"about:blank","title":"Gone","status":410}"#);
    /// ```
    pub fn to_json(&self) -> Vec<u8> {
        // Serializing strings, numbers and a string-keyed map cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// Builds the owned problem of `err`; see [`HttpError::problem`].
pub(crate) fn build(err: &dyn ErasedHttpError) -> Problem {
    let status = err.status();
    let mut problem = Problem {
        type_uri: err.problem_type().unwrap_or(Problem::ABOUT_BLANK).into(),
        title: title(err, status).into(),
        status: status.code(),
        detail: detail(err),
        instance: None,
        extensions: serde_json::Map::new(),
    };
    err.problem_extensions(&mut Extensions::map(&mut problem.extensions));
    problem
}

/// Writes the JSON body of `err`; see [`HttpError::problem_json`].
///
/// The object is written member by member rather than through a `Problem`, so the `Display`
/// text is escaped as it is formatted and nothing but the output buffer is allocated. Every
/// string goes through serde_json, so quotes, control characters and non-ASCII text stay valid
/// JSON.
pub(crate) fn write(err: &dyn ErasedHttpError, out: &mut Vec<u8>) {
    let status = err.status();
    out.extend_from_slice(b"{\"type\":");
    write_str(out, err.problem_type().unwrap_or(Problem::ABOUT_BLANK));
    out.extend_from_slice(b",\"title\":");
    write_str(out, title(err, status));
    out.extend_from_slice(b",\"status\":");
    push_u16(out, status.code());
    if err.exposes_detail() {
        let start = out.len();
        out.extend_from_slice(b",\"detail\":\"");
        if fmt::write(&mut JsonStrContents(out), format_args!("{}", Detail(err))).is_ok() {
            out.push(b'"');
        } else {
            // The error's `Display` failed, perhaps halfway: drop the member, keep the body.
            out.truncate(start);
            crate::error::log::detail_failed(status);
        }
    }
    err.problem_extensions(&mut Extensions::json(out));
    out.push(b'}');
}

/// The title of `err` in its own language (see [`HttpError::default_language`]).
fn title(err: &dyn ErasedHttpError, status: Status) -> &'static str {
    title_in(err, status, err.default_language())
}

/// The title of `err` in `language`: its own, else the status's.
pub(crate) fn title_in(
    err: &dyn ErasedHttpError,
    status: Status,
    language: crate::Language,
) -> &'static str {
    err.problem_title_in(language)
        .unwrap_or(status.title_in(language))
}

/// The `detail` `err` shows the client in its own language: its [`HttpError::fmt_detail`] text when
/// [`HttpError::exposes_detail`] allows it, and `None` too when that text fails to format.
pub(crate) fn detail(err: &dyn ErasedHttpError) -> Option<String> {
    if !err.exposes_detail() {
        return None;
    }
    // Most details fit, so the text is written without growing the buffer.
    let mut text = String::with_capacity(64);
    match fmt::write(&mut text, format_args!("{}", Detail(err))) {
        Ok(()) => Some(text),
        Err(_) => {
            crate::error::log::detail_failed(err.status());
            None
        }
    }
}

/// An error's detail text, as a `Display`.
struct Detail<'a>(&'a dyn ErasedHttpError);

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_detail(f)
    }
}

/// Appends what is written to it as the inside of a JSON string, escaped by serde_json chunk by
/// chunk, so a long detail is escaped as it is formatted, with no buffer of its own.
struct JsonStrContents<'a>(&'a mut Vec<u8>);

impl fmt::Write for JsonStrContents<'_> {
    fn write_str(&mut self, chunk: &str) -> fmt::Result {
        let at = self.0.len();
        write_str(self.0, chunk);
        // serde_json wrote `"chunk"`; escapes never span chunks, so dropping the quotes leaves
        // the contents, ready for the next chunk.
        self.0.remove(at);
        self.0.pop();
        Ok(())
    }
}

fn write_str(out: &mut Vec<u8>, value: &str) {
    // A `str` always serializes, and formats nothing on the way.
    #[cfg(feature = "std")]
    let _ = serde_json::to_writer(&mut *out, value);
    #[cfg(not(feature = "std"))]
    if let Ok(json) = serde_json::to_vec(value) {
        out.extend_from_slice(&json);
    }
}

pub(crate) fn push_u16(out: &mut Vec<u8>, mut n: u16) {
    let mut digits = [0_u8; 5];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_u16_writes_every_width() {
        for n in [0_u16, 7, 42, 409, 65535] {
            let mut out = Vec::new();
            push_u16(&mut out, n);
            assert_eq!(out, alloc::format!("{n}").into_bytes());
        }
    }
}
