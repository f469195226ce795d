//! The expansion is warning-free in strict crates, for public and private types alike.
#![deny(warnings, missing_docs, unreachable_pub, unused_qualifications, unused_results)]
#![deny(rust_2018_idioms, missing_debug_implementations, deprecated)]

use statuskit::{HttpError, StatusEnum};

/// A public error.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
pub enum PublicError {
    /// Missing.
    #[error("missing")]
    #[status(404)]
    Missing,
    /// Wrapped.
    #[error(transparent)]
    #[status(transparent)]
    Inner(#[from] PublicInner),
}

/// A public struct error.
#[derive(Debug, thiserror::Error, HttpError)]
#[error("inner")]
#[status(503)]
pub struct PublicInner;

// Only transparent variants: `exposes_detail` must have no `_` arm (it would be unreachable).
#[derive(Debug, thiserror::Error, HttpError)]
enum PrivateError {
    #[error("only")]
    #[status(transparent)]
    Only(PublicError),
    #[error("inner")]
    #[status(transparent)]
    Inner { source: PublicInner },
}

/// A public subset.
#[derive(Debug, Clone, Copy, StatusEnum)]
pub enum PublicSubset {
    /// 200.
    Ok,
    /// 404.
    NotFound,
}

#[derive(Debug, Clone, Copy, StatusEnum)]
enum PrivateSubset {
    Created,
}

fn main() {
    let _status = PublicError::Missing.status();
    let _ = PrivateError::Only(PublicError::Missing).exposes_detail();
    let _ = PrivateError::Inner { source: PublicInner }.status();
    let _ = PublicSubset::NotFound;
    let _ = PrivateSubset::Created;
}
