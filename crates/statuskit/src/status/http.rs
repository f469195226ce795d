//! Conversions between `Status` and `http::StatusCode` (the `http` feature).

use crate::{Status, UnknownStatusCode};

impl From<Status> for http::StatusCode {
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(http::StatusCode::from(Status::Conflict), http::StatusCode::CONFLICT);
    /// ```
    fn from(status: Status) -> Self {
        match http::StatusCode::from_u16(status.code()) {
            Ok(code) => code,
            // `http` accepts every code in 100..=999 and every `Status` is in 100..=599.
            Err(_) => unreachable!("status code out of range"),
        }
    }
}

impl TryFrom<http::StatusCode> for Status {
    type Error = UnknownStatusCode;

    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::try_from(http::StatusCode::NOT_FOUND), Ok(Status::NotFound));
    /// assert!(Status::try_from(http::StatusCode::from_u16(299).unwrap()).is_err());
    /// ```
    fn try_from(code: http::StatusCode) -> Result<Self, Self::Error> {
        Status::try_from(code.as_u16())
    }
}
