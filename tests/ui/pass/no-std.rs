//! The expansion names only `core` and `statuskit`, so `#![no_std]` crates can derive.
#![no_std]

use core::fmt;

use statuskit::{HttpError, Status, StatusEnum};

#[derive(Debug, HttpError)]
#[status(InternalServerError)]
enum ApiError {
    #[status(404)]
    Missing,
    #[status(transparent)]
    Inner(Inner),
    Other,
}

#[derive(Debug, HttpError)]
#[status(409)]
struct Inner;

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("api error")
    }
}

impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("inner")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, StatusEnum)]
enum Subset {
    Ok,
    NotFound,
}

fn main() {
    assert_eq!(ApiError::Missing.status(), Status::NotFound);
    assert_eq!(ApiError::Inner(Inner).status(), Status::Conflict);
    assert_eq!(ApiError::Other.status(), Status::InternalServerError);
    assert_eq!(Subset::try_from(Status::Ok), Ok(Subset::Ok));
    assert_eq!(Subset::NotFound.code(), 404);
}
