//! Typed HTTP status codes with a bilingual (Korean/English) reference, and a derive that maps
//! error types to HTTP responses.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod class;
mod error;
mod generated;
mod hooks;
#[cfg(feature = "http")]
mod http;
mod info;
#[cfg(feature = "tracing")]
mod log;
mod parse_error;
#[cfg(feature = "problem")]
mod problem;
mod response;
mod status;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use class::StatusClass;
pub use error::HttpError;
pub use hooks::{ExtensionValue, Extensions, HeaderSink, HeaderValue};
pub use parse_error::{ParseStatusError, UnknownStatusCode};
#[cfg(feature = "problem")]
pub use problem::Problem;
pub use status::Status;
pub use statuskit_derive::{HttpError, StatusEnum};
