//! Raw identifiers as type, variant, field and status names.
#![allow(non_camel_case_types)]

use statuskit::{HttpError, Status, StatusEnum};

#[derive(Debug, thiserror::Error, HttpError)]
#[status(r#InternalServerError)]
enum r#enum {
    #[error("match")]
    #[status(r#Conflict)]
    r#match,
    #[error(transparent)]
    #[status(transparent)]
    r#type { r#type: r#struct },
    #[error("loop")]
    r#loop,
}

#[derive(Debug, thiserror::Error, HttpError)]
#[error("struct")]
#[status(410)]
struct r#struct;

#[derive(Debug, Clone, Copy, PartialEq, StatusEnum)]
enum r#fn {
    r#Ok,
    #[status(404)]
    r#in,
}

fn main() {
    assert_eq!(r#enum::r#match.status(), Status::Conflict);
    assert_eq!(r#enum::r#type { r#type: r#struct }.status(), Status::Gone);
    assert_eq!(r#enum::r#loop.status(), Status::InternalServerError);
    assert_eq!(r#fn::try_from(Status::NotFound), Ok(r#fn::r#in));
}
