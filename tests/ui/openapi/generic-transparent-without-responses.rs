//! A generic transparent wrapper documents its inner type's responses, so asking for those of a
//! wrapper around a type that has none is an error that says so; the .stderr beside it is the
//! expected message.

use statuskit::{HttpError, Status};
use utoipa::IntoResponses;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(transparent)]
#[error(transparent)]
struct Wrapper<E: std::error::Error>(E);

/// A hand-written `HttpError`, without `IntoResponses`.
#[derive(Debug, thiserror::Error)]
#[error("teapot")]
struct Teapot;

impl HttpError for Teapot {
    fn status(&self) -> Status {
        Status::ImATeapot
    }
}

fn main() {
    // What `#[utoipa::path(responses(Wrapper<Teapot>))]` expands to.
    let _ = <Wrapper<Teapot> as IntoResponses>::responses();
}
