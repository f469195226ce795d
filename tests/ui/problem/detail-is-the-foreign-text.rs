//! #[derive(HttpError)] rejects this input (a template over a foreign error that is the foreign text alone, which would send it after all); the .stderr beside it is the expected message.

use statuskit::{HttpError, Status};

#[derive(Debug)]
struct DriverError;

impl std::fmt::Display for DriverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("duplicate key value violates unique constraint \"reviews_pkey\"")
    }
}

impl std::error::Error for DriverError {}

fn db_status(_: &DriverError) -> Status {
    Status::Conflict
}

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(409)]
    #[problem(detail = "{0}")]
    Duplicate(DriverError),
    #[error("database: {0}")]
    #[status(404 | 409 | 500, by = db_status)]
    #[problem(detail = "the review was not saved", detail_ko = " {0} ")]
    Db(DriverError),
}

fn main() {}
