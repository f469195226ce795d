//! Errors of the conversions into `Status`.

use core::fmt;

/// A number that names no status in the spec (`Status::try_from(299)`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct UnknownStatusCode {
    code: u16,
}

impl UnknownStatusCode {
    pub(crate) const fn new(code: u16) -> Self {
        UnknownStatusCode { code }
    }

    /// The number that was rejected.
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown HTTP status code {}", self.code)
    }
}

impl core::error::Error for UnknownStatusCode {}

/// Text that is neither a known code, nor a known phrase, nor a matching `"CODE Phrase"` pair.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ParseStatusError {
    _private: (),
}

impl ParseStatusError {
    pub(crate) const fn new() -> Self {
        ParseStatusError { _private: () }
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected an HTTP status such as `409`, `Conflict` or `409 Conflict`")
    }
}

impl core::error::Error for ParseStatusError {}
