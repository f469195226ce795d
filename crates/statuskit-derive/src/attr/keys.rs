//! The names of statuskit's attributes and of their keys, one constant each, as serde_derive's
//! `symbol.rs` keeps them.

/// `#[status(404)]`: the status of a type or variant.
pub(crate) const STATUS: &str = "status";
/// `#[http_error(crate = path)]`: options of `HttpError` as a whole.
pub(crate) const HTTP_ERROR: &str = "http_error";
/// `#[problem(type = "…", title = "…")]`: the RFC 9457 members of a type or variant.
pub(crate) const PROBLEM: &str = "problem";
/// `#[header("Retry-After")]` on a field, `#[header("WWW-Authenticate", "Bearer")]` on a variant.
pub(crate) const HEADER: &str = "header";
/// `#[status_enum(crate = path)]`: options of `StatusEnum` as a whole.
pub(crate) const STATUS_ENUM: &str = "status_enum";
/// `#[status(transparent)]`: take the status from the one field.
pub(crate) const TRANSPARENT: &str = "transparent";
/// `#[status(420, nonstandard)]`: accept a status the IANA registry does not list as permanent.
pub(crate) const NONSTANDARD: &str = "nonstandard";
/// `#[status(503, expose)]`: show the `Display` text as `detail` even for a server error.
pub(crate) const EXPOSE: &str = "expose";
/// `#[http_error(crate = path)]`: where to find the statuskit crate.
pub(crate) const CRATE: &str = "crate";
/// `#[http_error(title = "ko")]`: titles in Korean; `#[problem(title = "…")]`: a title.
pub(crate) const TITLE: &str = "title";
/// `#[problem(title_ko = "…")]`: the title for Korean clients.
pub(crate) const TITLE_KO: &str = "title_ko";
/// `#[problem(detail = "order {0} not found")]`: the detail for English (default) clients.
pub(crate) const DETAIL: &str = "detail";
/// `#[problem(detail_ko = "주문 {0}을(를) 찾을 수 없습니다")]`: the detail for Korean clients.
pub(crate) const DETAIL_KO: &str = "detail_ko";
/// `#[problem(type = "…")]`: the problem type URI.
pub(crate) const TYPE: &str = "type";
/// `#[problem(extension)]` on a field: add it to the problem's members.
pub(crate) const EXTENSION: &str = "extension";
/// `#[header(name = "…")]`
pub(crate) const NAME: &str = "name";
/// `#[header(value = "…")]`
pub(crate) const VALUE: &str = "value";
/// `#[header(waive = "WWW-Authenticate")]`: a header the status requires is added elsewhere.
pub(crate) const WAIVE: &str = "waive";
/// The only language `#[http_error(title = …)]` knows.
pub(crate) const KOREAN: &str = "ko";
/// `#[status(404 | 409, by = path::to_fn)]`: the function that chooses among the statuses.
pub(crate) const BY: &str = "by";
/// `#[problem(type_base = "https://errors.example.com/")]`: what relative `type`s resolve against.
pub(crate) const TYPE_BASE: &str = "type_base";
