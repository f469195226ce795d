//! `crate = path` for a renamed or re-exported statuskit: nothing names `::statuskit` then.

mod errors {
    pub(crate) use statuskit as sk;
}

use errors::sk::{HttpError, Status, StatusEnum};

#[derive(Debug, HttpError)]
#[http_error(crate = errors::sk)]
#[status(Gone)]
struct Gone;

#[derive(Debug, HttpError)]
#[http_error(crate = "errors::sk")]
enum Wrapped {
    #[status(transparent)]
    Gone(Gone),
}

#[derive(Debug, Clone, Copy, PartialEq, StatusEnum)]
#[status_enum(crate = errors::sk)]
enum Delete {
    NoContent,
}

impl core::fmt::Display for Gone {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("gone")
    }
}

impl core::fmt::Display for Wrapped {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("wrapped")
    }
}

fn main() {
    assert_eq!(Wrapped::Gone(Gone).status(), Status::Gone);
    assert_eq!(Delete::NoContent.code(), 204);
}
