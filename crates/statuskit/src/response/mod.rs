//! The response part: responses built from an `HttpError`, a `Status` or a `Problem`: the plain
//! `http` builder (`http.rs`), and the axum and actix-web impls (`axum.rs`, `actix.rs`), which
//! `impl_responses!` (`macros.rs`) emits in the user's crate because of the orphan rule; the
//! rules every integration keeps to stay valid HTTP (`wire.rs`); and the thread mark under which
//! the integrations attach a response's structured problem for a layer (`polling.rs`).
//!
//! It uses `problem/`, `error/` and `status/`; the layers above use it.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(all(feature = "http", feature = "problem"))]
pub(crate) mod http;
mod macros;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod polling;
#[cfg(any(all(feature = "http", feature = "problem"), feature = "actix-web"))]
mod wire;
