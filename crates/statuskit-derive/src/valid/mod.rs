//! The rules: which statuses exist, which a type may use, and where `#[status]` may go.
//!
//! Every check records its error in the `Ctxt` and carries on, so one compile shows them all.
//!
//! `mod.rs` only declares the parts and re-exports what `expand` reads: `http_error.rs` and
//! `status_enum.rs` hold each derive's rules on a type's shape, `arm.rs` one arm's problem
//! members, `headers.rs` its headers, `template.rs` its detail templates (with `particle.rs`, the Korean
//! particle pairs) and `status.rs` the status lookups; `model.rs` is the
//! checked model they return. The parts use one another downwards only, and outside `valid`
//! the parsed input (`ast`, `attr`), `ctxt`, `prop`, `table` and `uri`.

mod arm;
mod headers;
mod http_error;
mod model;
mod particle;
mod status;
mod status_enum;
mod template;

pub(crate) use self::headers::HeaderSource;
pub(crate) use self::http_error::http_error;
pub(crate) use self::model::{Arm, HttpErrorBody, Mapping, Piece, Template, Title};
pub(crate) use self::status_enum::status_enum;
