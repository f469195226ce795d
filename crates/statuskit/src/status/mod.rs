//! The status part: `Status`, the enum of every registered status, its API (lookups, class
//! predicates, `Display`, `FromStr`), and what stands beside it: its class, its title and summary
//! in each language, the sentence for the person who sees an error (`notice.rs`), the
//! conversion errors, the typed subsets of `#[derive(StatusEnum)]`, and the
//! optional `serde` and `http` conversions.
//!
//! The enum itself and its per-status facts are generated (`crate::generated::status`), the
//! lookups over them are in `info.rs`; everything here is written by hand on top of them. This
//! part uses only the generated table: every other part stands on it.

pub(crate) mod class;
#[cfg(feature = "http")]
mod http;
pub(crate) mod info;
pub(crate) mod language;
mod notice;
pub(crate) mod parse_error;
#[cfg(feature = "serde")]
mod serde;
pub(crate) mod status_enum;

use core::fmt;
use core::str::FromStr;

pub use crate::generated::status::Status;
use crate::{ParseStatusError, StatusClass, UnknownStatusCode};
use info::{ALL, from_code, info};

impl Status {
    /// Every status, ascending by code.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::ALL.first(), Some(&Status::Continue));
    /// assert!(Status::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    /// ```
    pub const ALL: &'static [Status] = &ALL;

    /// The numeric code.
    ///
    /// ```
    /// assert_eq!(statuskit::Status::Conflict.code(), 409);
    /// ```
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The status with this code, or `None` when the spec knows no status by it.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::from_u16(404), Some(Status::NotFound));
    /// assert_eq!(Status::from_u16(299), None);
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Option<Status> {
        from_code(code)
    }

    /// The canonical reason phrase from the IANA registry (RFC 9110's name where it defines one).
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::ContentTooLarge.reason_phrase(), "Content Too Large");
    /// ```
    #[inline]
    pub const fn reason_phrase(self) -> &'static str {
        info(self).phrase
    }

    /// Other names the document uses for this status, such as `"Request Entity Too Large"` for 413.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert!(Status::ContentTooLarge.aliases().contains(&"Request Entity Too Large"));
    /// ```
    #[inline]
    pub const fn aliases(self) -> &'static [&'static str] {
        info(self).aliases
    }

    /// The class given by the first digit.
    ///
    /// ```
    /// use statuskit::{Status, StatusClass};
    ///
    /// assert_eq!(Status::TooManyRequests.class(), StatusClass::ClientError);
    /// ```
    #[inline]
    pub const fn class(self) -> StatusClass {
        match StatusClass::from_code(self.code()) {
            Some(class) => class,
            // Every generated variant has a code in 100..=599; the generator checks it.
            None => unreachable!(),
        }
    }

    /// Whether IANA registers the status permanently, obsolete ones such as 510 included:
    /// `false` for unofficial codes such as 420, the reserved 418 and temporary registrations
    /// such as 104.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert!(Status::NotFound.is_standard());
    /// assert!(!Status::EnhanceYourCalm.is_standard());
    /// ```
    #[inline]
    pub const fn is_standard(self) -> bool {
        info(self).standard
    }

    /// The Korean name the document glosses the status with, e.g. `"충돌"` for 409.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::Conflict.name_ko(), Some("충돌"));
    /// ```
    #[inline]
    pub const fn name_ko(self) -> Option<&'static str> {
        info(self).name_ko
    }

    /// The first sentence of the document's Korean explanation.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert!(Status::NotFound.summary_ko().contains("찾을 수 없을"));
    /// ```
    #[inline]
    pub const fn summary_ko(self) -> &'static str {
        info(self).summary_ko
    }

    /// One English sentence saying what the status means, from the registry file.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert!(Status::NotFound.summary_en().contains("did not find"));
    /// ```
    #[inline]
    pub const fn summary_en(self) -> &'static str {
        info(self).summary_en
    }

    /// The document that defines the status, as the registry cites it, e.g. `"RFC9110, Section 15.5.10"`.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::Conflict.reference(), "RFC9110, Section 15.5.10");
    /// ```
    #[inline]
    pub const fn reference(self) -> &'static str {
        info(self).reference
    }

    /// Where to read the defining document, when it is an RFC or an Internet-Draft.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(
    ///     Status::Conflict.reference_url(),
    ///     Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10")
    /// );
    /// assert_eq!(Status::EnhanceYourCalm.reference_url(), None);
    /// ```
    #[inline]
    pub const fn reference_url(self) -> Option<&'static str> {
        info(self).reference_url
    }

    /// Whether the status is 1xx.
    ///
    /// ```
    /// assert!(statuskit::Status::Continue.is_informational());
    /// ```
    #[inline]
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// Whether the status is 2xx.
    ///
    /// ```
    /// assert!(statuskit::Status::Ok.is_success());
    /// ```
    #[inline]
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// Whether the status is 3xx.
    ///
    /// ```
    /// assert!(statuskit::Status::Found.is_redirection());
    /// ```
    #[inline]
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// Whether the status is 4xx.
    ///
    /// ```
    /// assert!(statuskit::Status::NotFound.is_client_error());
    /// ```
    #[inline]
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// Whether the status is 5xx.
    ///
    /// ```
    /// assert!(statuskit::Status::BadGateway.is_server_error());
    /// ```
    #[inline]
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }

    /// Whether the status is 4xx or 5xx.
    ///
    /// ```
    /// assert!(statuskit::Status::Conflict.is_error());
    /// assert!(!statuskit::Status::Created.is_error());
    /// ```
    #[inline]
    pub const fn is_error(self) -> bool {
        self.code() >= 400
    }
}

impl fmt::Display for Status {
    /// Writes the code and the canonical phrase, `409 Conflict`, honouring width, fill and
    /// alignment (`{:<24}`) as `str` does.
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::Conflict.to_string(), "409 Conflict");
    /// assert_eq!(format!("[{:>14}]", Status::Conflict), "[  409 Conflict]");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let phrase = self.reason_phrase();
        let mut text = [0u8; 64];
        let len = 4 + phrase.len();
        if (f.width().is_none() && f.precision().is_none()) || len > text.len() {
            return write!(f, "{} {phrase}", self.code());
        }
        // Padding needs the whole text at once; build it on the stack, as the core has no heap.
        let code = self.code();
        for (i, digit) in [code / 100, code / 10 % 10, code % 10]
            .into_iter()
            .enumerate()
        {
            text[i] = b'0' + digit as u8;
        }
        text[3] = b' ';
        text[4..len].copy_from_slice(phrase.as_bytes());
        f.pad(core::str::from_utf8(&text[..len]).map_err(|_| fmt::Error)?)
    }
}

impl FromStr for Status {
    type Err = ParseStatusError;

    /// Accepts a code (`"409"`), a phrase or alias in any case (`"conflict"`,
    /// `"Request Entity Too Large"`), the Korean name or an older one (`"충돌"`,
    /// `"처리할 수 없는 개체"`), or a code and a name (`"409 Conflict"`).
    ///
    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!("409".parse(), Ok(Status::Conflict));
    /// assert_eq!("not found".parse(), Ok(Status::NotFound));
    /// assert_eq!("413 Request Entity Too Large".parse(), Ok(Status::ContentTooLarge));
    /// assert_eq!("처리할 수 없는 콘텐츠".parse(), Ok(Status::UnprocessableContent));
    /// assert!("409 Not Found".parse::<Status>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (code, phrase) = match s.split_once(' ') {
            Some((code, phrase)) if is_code(code) => (Some(code), Some(phrase.trim_start())),
            _ if is_code(s) => (Some(s), None),
            _ => (None, Some(s)),
        };
        let by_code = match code {
            Some(code) => match code.parse().ok().and_then(Status::from_u16) {
                Some(status) => Some(status),
                None => return Err(ParseStatusError::new()),
            },
            None => None,
        };
        let by_phrase = match phrase {
            Some(phrase) => match from_phrase(phrase) {
                Some(status) => Some(status),
                None => return Err(ParseStatusError::new()),
            },
            None => None,
        };
        match (by_code, by_phrase) {
            (Some(a), Some(b)) if a != b => Err(ParseStatusError::new()),
            (Some(status), _) | (None, Some(status)) => Ok(status),
            (None, None) => Err(ParseStatusError::new()),
        }
    }
}

fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())
}

fn from_phrase(phrase: &str) -> Option<Status> {
    Status::ALL.iter().copied().find(|status| {
        status.reason_phrase().eq_ignore_ascii_case(phrase)
            || status.name_ko() == Some(phrase)
            || status
                .aliases()
                .iter()
                .any(|alias| alias.eq_ignore_ascii_case(phrase))
    })
}

impl TryFrom<u16> for Status {
    type Error = UnknownStatusCode;

    /// ```
    /// use statuskit::Status;
    ///
    /// assert_eq!(Status::try_from(204), Ok(Status::NoContent));
    /// assert_eq!(Status::try_from(299).unwrap_err().code(), 299);
    /// ```
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Status::from_u16(code).ok_or(UnknownStatusCode::new(code))
    }
}

impl From<Status> for u16 {
    /// ```
    /// assert_eq!(u16::from(statuskit::Status::Gone), 410);
    /// ```
    fn from(status: Status) -> u16 {
        status.code()
    }
}
