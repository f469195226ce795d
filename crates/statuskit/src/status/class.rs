//! `StatusClass`: the five classes an HTTP status code falls into by its first digit.

use core::fmt;

/// The class of an HTTP status code, given by its first digit (RFC 9110, Section 15).
///
/// ```
/// use statuskit::{Status, StatusClass};
///
/// assert_eq!(Status::NotFound.class(), StatusClass::ClientError);
/// assert_eq!(StatusClass::from_code(503), Some(StatusClass::ServerError));
/// assert_eq!(StatusClass::from_code(99), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum StatusClass {
    /// 1xx: the request was received and is being processed (정보 전달).
    Informational,
    /// 2xx: the request was received, understood and accepted (성공).
    Success,
    /// 3xx: the client must take further action to complete the request (리다이렉션).
    Redirection,
    /// 4xx: the request is malformed or cannot be fulfilled (클라이언트 오류).
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request (서버 오류).
    ServerError,
}

impl StatusClass {
    /// Every class, in code order.
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class of any code in `100..=599`, registered or not; `None` outside that range.
    ///
    /// ```
    /// use statuskit::StatusClass;
    ///
    /// assert_eq!(StatusClass::from_code(299), Some(StatusClass::Success));
    /// assert_eq!(StatusClass::from_code(600), None);
    /// ```
    pub const fn from_code(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The class's first digit: 1 for `Informational` through 5 for `ServerError`.
    ///
    /// ```
    /// assert_eq!(statuskit::StatusClass::ClientError.digit(), 4);
    /// ```
    pub const fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The class's name in RFC 9110, e.g. `"Client Error"`.
    ///
    /// ```
    /// assert_eq!(statuskit::StatusClass::ClientError.name(), "Client Error");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            StatusClass::Informational => "Informational",
            StatusClass::Success => "Successful",
            StatusClass::Redirection => "Redirection",
            StatusClass::ClientError => "Client Error",
            StatusClass::ServerError => "Server Error",
        }
    }

    /// The class's Korean name, as the document titles its section, e.g. `"클라이언트 오류"`.
    ///
    /// ```
    /// assert_eq!(statuskit::StatusClass::ServerError.name_ko(), "서버 오류");
    /// ```
    pub const fn name_ko(self) -> &'static str {
        crate::generated::status::CLASS_TITLES_KO[self as usize]
    }
}

impl fmt::Display for StatusClass {
    /// Writes the class as RFC 9110 does: `4xx (Client Error)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx ({})", self.digit(), self.name())
    }
}
