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
mod info;
mod parse_error;
mod status;

pub use class::StatusClass;
pub use error::HttpError;
pub use parse_error::{ParseStatusError, UnknownStatusCode};
pub use status::Status;
pub use statuskit_derive::{HttpError, StatusEnum};
