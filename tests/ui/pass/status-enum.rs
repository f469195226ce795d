//! `StatusEnum` accepts any status, by variant name, code, name or phrase, including 1xx and 2xx.

use statuskit::{Status, StatusEnum};

#[derive(Debug, Clone, Copy, PartialEq, StatusEnum)]
enum Upload {
    Continue,
    Created,
    #[status(202)]
    Queued,
    #[status(Conflict)]
    Clash,
    #[status("content too large")]
    TooLarge,
    #[status(420, nonstandard)]
    Calm,
}

fn main() {
    assert_eq!(Upload::Queued.code(), 202);
    assert_eq!(Status::from(Upload::Clash), Status::Conflict);
    assert_eq!(Upload::ALL.len(), 6);
}
