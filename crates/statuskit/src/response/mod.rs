//! Responses built from an `HttpError`: the plain `http` builder and the framework impls, which
//! `impl_responses!` emits in the user's crate because of the orphan rule.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(all(feature = "http", feature = "problem"))]
pub(crate) mod http;
mod macros;
#[cfg(any(all(feature = "http", feature = "problem"), feature = "actix-web"))]
mod wire;

#[cfg(any(all(feature = "http", feature = "problem"), feature = "actix-web"))]
use wire::{CheckedSink, InformationalStatus, ValueBytes, has_no_content};
