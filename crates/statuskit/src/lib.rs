//! Typed HTTP status codes with a bilingual (Korean/English) reference, and a derive that maps
//! error types to HTTP responses.
//!
//! [`Status`] has one variant per status in the IANA registry (plus the unofficial ones the team's
//! document explains); each variant's documentation is the reference entry for that status.
//!
//! ```
//! use statuskit::{Status, StatusClass};
//!
//! let status: Status = "409".parse().unwrap();
//! assert_eq!(status, Status::Conflict);
//! assert_eq!(status.to_string(), "409 Conflict");
//! assert_eq!(status.class(), StatusClass::ClientError);
//! assert_eq!(status.name_ko(), Some("충돌"));
//! assert_eq!(Status::from_u16(413).map(Status::reason_phrase), Some("Content Too Large"));
//! ```
//!
//! `#[derive(HttpError)]` maps an error type to its statuses, checked against the same spec at
//! compile time (`#[status(Conflit)]` is an error that suggests `Conflict`); with the `problem`,
//! `http`, `axum` or `actix-web` feature the error also answers as an RFC 9457 problem response.
//!
//! ```
//! use statuskit::{HttpError, Status};
//!
//! #[derive(Debug, HttpError)]
//! #[status(500)] // the default for variants without their own
//! enum ApiError {
//!     #[status(404)]
//!     UserNotFound(u64),
//!     #[status(Conflict)]
//!     DuplicateEmail,
//!     #[status("too many requests")]
//!     RateLimited,
//!     Db(String),
//! }
//!
//! impl core::fmt::Display for ApiError {
//!     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
//!         match self {
//!             ApiError::UserNotFound(id) => write!(f, "user {id} not found"),
//!             ApiError::DuplicateEmail => f.write_str("email already used"),
//!             ApiError::RateLimited => f.write_str("slow down"),
//!             ApiError::Db(message) => write!(f, "database: {message}"),
//!         }
//!     }
//! }
//!
//! assert_eq!(ApiError::UserNotFound(7).status(), Status::NotFound);
//! assert_eq!(ApiError::DuplicateEmail.status(), Status::Conflict);
//! assert_eq!(ApiError::RateLimited.status().code(), 429);
//! assert_eq!(ApiError::Db("down".into()).status(), Status::InternalServerError);
//! // A server error's message stays on the server unless the variant says `expose`.
//! assert!(!ApiError::Db("postgres://admin:secret@db".into()).exposes_detail());
//! ```
//!
//! # Features
//!
//! - `std` (default): implies `alloc`. Without it the crate is `no_std` and needs no allocator.
//! - `serde`: `Status` serializes as its number; deserializing an unknown number is an error naming it.
//! - `http`: conversions to and from `http::StatusCode` (implies `std`); with `problem` too,
//!   `HttpError::to_http_response`.
//! - `problem`: RFC 9457 problem details: `Problem` and `HttpError::problem`/`problem_json`
//!   (implies `alloc` and `serde`; adds serde_json).
//! - `axum`: `IntoResponse` for `#[derive(HttpError)]` types, [`Status`] and `Problem`, and
//!   `statuskit::axum::ProblemLayer`, which makes every error response of a service a problem in
//!   the client's language and media type (implies `http` and `problem`).
//! - `tower-http`: `ProblemLayer` also reads the request id from tower-http's `RequestId`
//!   (implies `axum`).
//! - `actix-web`: `ResponseError` for `#[derive(HttpError)]` types and [`Status`], `Responder` for
//!   [`Status`] and `Problem`, and `statuskit::actix::ProblemMiddleware`, the same as
//!   `ProblemLayer` (implies `std` and `problem`).
//! - `tracing`: server errors whose message is hidden are logged with their `source()` chain.
//! - `utoipa`: `utoipa::ToSchema` for `Problem`, and `utoipa::IntoResponses` for
//!   `#[derive(HttpError)]` types: one response per status, with an example per variant (implies
//!   `std` and `problem`).
//!
#![doc = include_str!("generated/reference.md")]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

// The crate is laid out by part, each part using only those listed after it:
// `layer` (the request-aware ProblemLayer and ProblemMiddleware) > `response` (framework
// responses) > `problem` (RFC 9457) > `error` (the HttpError trait and its hooks) > `status`
// (the Status enum) > `generated`. `openapi` stands beside `response`, on `problem` and below.
mod error;
mod generated;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod layer;
// Public with `utoipa` for `statuskit::openapi::LayerResponses`; what derived code calls in it
// is hidden.
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub mod openapi;
#[cfg(not(feature = "utoipa"))]
mod openapi;
#[cfg(feature = "problem")]
mod problem;
mod response;
mod status;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

#[cfg(feature = "actix-web")]
pub use layer::actix;
#[cfg(feature = "axum")]
pub use layer::axum;

pub use error::HttpError;
pub use error::hooks::{ExtensionValue, Extensions, HeaderSink, HeaderValue};
#[cfg(feature = "utoipa")]
pub use openapi::EndpointResponses;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use problem::Problem;
pub use status::Status;
pub use status::class::StatusClass;
pub use status::language::Language;
pub use status::parse_error::{ParseStatusError, UnknownStatusCode};
pub use status::status_enum::StatusEnum;
pub use statuskit_derive::{HttpError, StatusEnum};
