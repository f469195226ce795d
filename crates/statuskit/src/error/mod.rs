//! The error part: the `HttpError` trait an error type implements, the small types its hooks
//! write into, and what reads those hooks without knowing the type.
//!
//! - `http_error.rs`: the trait, whose hooks `#[derive(HttpError)]` fills;
//! - `pointers.rs`: `HttpError` for `&T` and `Box<T>`;
//! - `hooks.rs`: `HeaderSink`, `HeaderValue`, `Extensions`, what the hooks write into;
//! - `erased.rs` and `forward.rs`: `ErasedHttpError`, the trait object every builder above takes,
//!   and the blanket impl that forwards it to the hooks;
//! - `safe_ser.rs`: serialization of user values where a failing `Display` is an error;
//! - `log.rs`: what is logged with `tracing` instead of sent;
//! - `particle.rs`: the Korean particle after a formatted value, for `detail_ko` templates.
//!
//! It uses only `status/`. The trait's three provided methods that build a whole response
//! (`problem`, `problem_json`, `to_http_response`) forward to `problem/` and `response/`: a
//! trait's provided methods live in its definition, so that is the one place the part names what
//! stands above it.

pub(crate) mod erased;
mod forward;
pub(crate) mod hooks;
mod http_error;
pub(crate) mod log;
pub(crate) mod particle;
mod pointers;
#[cfg(feature = "problem")]
pub(crate) mod safe_ser;

pub use http_error::HttpError;
