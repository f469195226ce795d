//! The checked model `valid` hands to `expand`: each struct or variant of an `HttpError` as an
//! `Arm`, with where its status comes from and its problem members and headers.

use proc_macro2::Span;
use syn::{LitStr, Member, Type};

use super::headers::Header;
pub(crate) use super::template::{Piece, Template};
use crate::attr::Constant;
use crate::table::KnownStatus;

/// Where a type or variant takes its status from, once checked.
#[derive(Clone)]
pub(crate) enum Mapping<'a> {
    /// One status, known at compile time.
    Fixed(&'static KnownStatus),
    /// The status of the one field, which must itself be an `HttpError`.
    Transparent { member: Member, ty: &'a Type },
    /// One of `statuses`, chosen at run time by the function `by`, which is given the one field
    /// or, for an enum's default, the whole value.
    Chosen {
        statuses: Vec<&'static KnownStatus>,
        by: syn::Path,
        field: Option<Member>,
    },
}

impl Mapping<'_> {
    /// The statuses the arm may answer with; none for a transparent one, whose are its field's.
    pub(crate) fn statuses(&self) -> &[&'static KnownStatus] {
        match self {
            Mapping::Fixed(known) => core::slice::from_ref(known),
            Mapping::Chosen { statuses, .. } => statuses,
            Mapping::Transparent { .. } => &[],
        }
    }
}

/// A struct or variant of a checked `#[derive(HttpError)]`: one arm of each generated `match`.
pub(crate) struct Arm<'a> {
    pub(crate) mapping: Mapping<'a>,
    /// `#[status(…, expose)]` on the arm, or on the enum for a variant that takes its default.
    pub(crate) expose: bool,
    /// `#[problem(type = "…")]` on the arm, else on the enum, resolved against the type's
    /// `type_base`.
    pub(crate) problem_type: Option<LitStr>,
    /// `#[problem(extension(…))]` constants: the arm's, then the enum's whose names it does not
    /// use.
    pub(crate) constants: Vec<Constant>,
    /// Where the arm's problem title comes from; `None` for the canonical phrase.
    pub(crate) title: Option<Title>,
    /// `#[problem(title_ko = "…")]` on the arm, else on the enum: the title for Korean clients.
    pub(crate) title_ko: Option<LitStr>,
    /// `#[problem(detail = "…")]`: the detail for English (and other non-Korean) clients; the
    /// `Display` text without it.
    pub(crate) detail: Option<Template>,
    /// `#[problem(detail_ko = "…")]`: the detail for Korean clients, particles chosen at run
    /// time; the `Display` text without it.
    pub(crate) detail_ko: Option<Template>,
    /// The arm's `Display` is a foreign error's text (a `by = fn` arm over a field,
    /// `#[error(transparent)]` or `#[error("{0}")]` over a field that is not an `HttpError`): no
    /// `detail` goes out unless the arm says `expose` or has a template of its own.
    pub(crate) foreign: bool,
    /// `#[http_error(title = "ko")]` on the type: its problems are Korean unless the client
    /// asks otherwise; transparent arms follow it too.
    pub(crate) korean: bool,
    /// `#[problem(extension)]` fields, with the member names they get and the spans of their
    /// types, for a missing `Serialize`.
    pub(crate) extensions: Vec<(Member, LitStr, Span)>,
    /// `#[header]`s: the arm's constants, then its fields, in order.
    pub(crate) headers: Vec<Header>,
}

/// The source of a problem title.
pub(crate) enum Title {
    /// `#[problem(title = "…")]`
    Text(LitStr),
    /// `#[http_error(title = "ko")]`: the status's Korean name.
    Korean,
}

/// A checked `#[derive(HttpError)]`.
// One per derive, built once and read in place: boxing the struct's arm would save nothing.
#[allow(clippy::large_enum_variant)]
pub(crate) enum HttpErrorBody<'a> {
    Struct(Arm<'a>),
    Enum(Vec<(&'a syn::Variant, Arm<'a>)>),
}
