//! Derived statuskit code, with every attribute form, that must compile whatever statuskit
//! features are on: `no_std` without an allocator, each feature alone, all of them.
//!
//! Nothing here is gated on a feature: extension members are primitive types, which are
//! `serde::Serialize` when the `serde` feature asks for it and need nothing otherwise; every type
//! derives `Debug`, which `actix_web::ResponseError` requires; `Display` is written by hand, so no
//! `std` or thiserror is needed. CI checks it with
//! `cargo check -p statuskit-features --no-default-features [--features <one>]` and
//! `--all-features`.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(warnings)]

use core::fmt;

use statuskit::{HttpError, Status, StatusEnum};

/// Writes the variant's name as its `Display` text.
macro_rules! display_as_name {
    ($ty:ident $(<$($param:tt),*>)?) => {
        impl $(<$($param),*>)? fmt::Display for $ty $(<$($param),*>)? {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{self:?}")
            }
        }
    };
}

/// Every variant form of `#[derive(HttpError)]` on one enum.
#[derive(Debug, HttpError)]
#[status(500)]
#[problem(type = "https://example.com/probs/api", title = "API error")]
#[header(waive = "Upgrade")]
pub enum ApiError {
    /// By number.
    #[status(404)]
    Missing,
    /// By name.
    #[status(Conflict)]
    Taken(u32),
    /// By reason phrase.
    #[status("Too Many Requests")]
    #[problem(
        type = "https://example.com/probs/slow-down",
        title = "Slow down",
        title_ko = "천천히"
    )]
    Slow {
        /// An extension member under the field's name.
        #[problem(extension)]
        limit: u32,
        /// A header from a field.
        #[header("Retry-After")]
        retry_after: u64,
    },
    /// The enum's default status.
    Broken,
    /// A server error whose message is shown.
    #[status(503, expose)]
    Down(
        #[header("Retry-After")] u64,
        #[problem(extension = "reason")] &'static str,
    ),
    /// Not in the registry.
    #[status(420, nonstandard)]
    Calm,
    /// Optional header fields (sent when `Some`) and a `Duration` (whole seconds).
    #[status(429)]
    Later {
        /// Whole seconds.
        #[header("Retry-After")]
        retry_after: core::time::Duration,
        /// Sent only when `Some`.
        #[header("X-Limit")]
        limit: Option<u32>,
    },
    /// A redirect through the error path, with its required `Location`.
    #[status(307)]
    #[header("Location", "/maintenance")]
    Elsewhere,
    /// Header constants, both spellings.
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer")]
    #[header(name = "X-Reason", value = "token")]
    Unauthorized,
    /// A required header another layer sends.
    #[status(405)]
    #[header(waive = "Allow")]
    NotAllowed,
    /// Needs `Upgrade`, waived for the whole enum.
    #[status(426)]
    UpgradeRequired,
    /// A derived error, transparently.
    #[status(transparent)]
    Ko(KoError),
    /// A hand-written `HttpError` (no `IntoResponses`), transparently.
    #[status(transparent)]
    Manual(Manual),
}

display_as_name!(ApiError);

impl core::error::Error for ApiError {}

/// Korean titles.
#[derive(Debug, HttpError)]
#[http_error(title = "ko")]
pub enum KoError {
    /// The Korean name of 409.
    #[status(409)]
    Taken,
    /// Its own title wins.
    #[status(404)]
    #[problem(title = "Own title", title_ko = "자체 제목")]
    Own,
}

display_as_name!(KoError);

/// `HttpError` written by hand.
#[derive(Debug)]
pub struct Manual;

display_as_name!(Manual);

impl HttpError for Manual {
    fn status(&self) -> Status {
        Status::ImATeapot
    }
}

/// The derive under another path to statuskit.
mod renamed {
    pub(crate) use statuskit as sk;
}

/// A struct, with `crate = path`, a problem type and Korean titles.
#[derive(Debug, HttpError)]
#[http_error(crate = renamed::sk, title = "ko")]
#[status(Gone)]
#[problem(type = "https://example.com/probs/gone")]
pub struct Deleted {
    /// An extension member of a borrowed type.
    #[problem(extension = "what")]
    pub what: &'static str,
}

display_as_name!(Deleted);

/// Generics, a lifetime and a where clause, with a generic transparent variant.
#[derive(Debug, HttpError)]
pub enum Wrapped<'a, E, T: fmt::Debug>
where
    T: Clone,
{
    /// The wrapped error's own status and hooks.
    #[status(transparent)]
    Inner(E),
    /// A value of the generic type.
    #[status(BadRequest)]
    Value(T),
    /// A borrowed name.
    #[status(422)]
    Name(&'a str),
    /// A borrowed error, transparently (`&T` is an `HttpError` when `T` is).
    #[status(transparent)]
    Borrowed(&'a Manual),
}

impl<E: fmt::Display, T: fmt::Debug + Clone> fmt::Display for Wrapped<'_, E, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Inner(inner) => inner.fmt(f),
            Self::Value(value) => write!(f, "bad value {value:?}"),
            Self::Name(name) => write!(f, "bad name {name}"),
            Self::Borrowed(inner) => inner.fmt(f),
        }
    }
}

/// A tuple struct, transparently.
#[derive(Debug, HttpError)]
#[status(transparent)]
pub struct Boxless(pub ApiError);

display_as_name!(Boxless);

/// Raw identifiers.
#[derive(Debug, HttpError)]
#[allow(non_camel_case_types)]
pub enum r#Error {
    /// A keyword variant.
    #[status(r#Conflict)]
    r#match,
    /// A keyword field, transparently.
    #[status(transparent)]
    r#type {
        /// The wrapped error.
        r#type: Manual,
    },
}

display_as_name!(r#Error);

/// Statuses chosen at run time, constant members and type URIs resolved against a base.
#[derive(Debug, HttpError)]
#[status(400 | 422, by = classify)]
#[problem(
    type_base = "https://errors.example.com/",
    extension(service = "orders", version = 2)
)]
pub enum Mapped {
    /// Chosen from the field.
    #[status(404 | 409 | 503, by = code_status)]
    #[problem(type = "db", extension(code = "DB", retryable = true, ratio = -0.5))]
    Db(u16),
    /// Chosen from the whole value by the enum's default.
    Invalid,
}

display_as_name!(Mapped);

/// The status of a database error code.
fn code_status(code: &u16) -> Status {
    Status::from_u16(*code).unwrap_or(Status::ServiceUnavailable)
}

/// The status of the enum's other variants.
fn classify(_: &Mapped) -> Status {
    Status::UnprocessableContent
}

/// No variants at all.
#[derive(Debug, HttpError)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

/// Every form of `#[derive(StatusEnum)]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, StatusEnum)]
pub enum GetUser {
    /// By variant name.
    Ok,
    /// By number.
    #[status(304)]
    Unchanged,
    /// By name.
    #[status(NotFound)]
    Missing,
    /// By reason phrase.
    #[status("Too Many Requests")]
    Slow,
    /// Not in the registry.
    #[status(EnhanceYourCalm, nonstandard)]
    Calm,
}

/// `crate = path` and raw identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, StatusEnum)]
#[status_enum(crate = renamed::sk)]
pub enum Created {
    /// By variant name.
    Created,
    /// A raw status name on a raw variant.
    #[status(r#Accepted)]
    r#Later,
}

/// The `const` items the derive makes, checked at compile time.
const _: () = {
    assert!(GetUser::Ok.code() == 200);
    assert!(GetUser::Unchanged.code() == 304);
    assert!(GetUser::Missing.code() == 404);
    assert!(GetUser::Slow.code() == 429);
    assert!(GetUser::Calm.code() == 420);
    assert!(GetUser::ALL.len() == 5);
    assert!(Created::r#Later.code() == 202);
    assert!(matches!(Created::ALL, [Created::Created, Created::Later]));
};

/// Every derived type is an `HttpError`; called by nothing, it only has to compile.
pub fn statuses() -> [Status; 8] {
    fn status(error: &(impl HttpError + ?Sized)) -> Status {
        error.status()
    }
    let wrapped: Wrapped<'_, KoError, u8> = Wrapped::Inner(KoError::Taken);
    let name: Wrapped<'_, Manual, u8> = Wrapped::Name("x");
    [
        status(&ApiError::Slow {
            limit: 1,
            retry_after: 2,
        }),
        status(&ApiError::Down(3, "maintenance")),
        status(&Deleted { what: "user" }),
        status(&wrapped),
        status(&name),
        status(&Boxless(ApiError::Missing)),
        status(&r#Error::r#type { r#type: Manual }),
        Status::from(GetUser::Slow),
    ]
}
