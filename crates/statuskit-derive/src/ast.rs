//! The derive input as statuskit sees it: borrowed from syn, with attributes parsed.
//!
//! Every node keeps its `original` so later errors can point at the user's own tokens.

use syn::{Data, DeriveInput, Fields, Member};

use crate::attr::{self, Attrs, FieldAttrs};
use crate::ctxt::Ctxt;

/// The derive input; a union is kept only so its attributes and keyword can be reported.
pub(crate) enum Input<'a> {
    Struct(Struct<'a>),
    Enum(Enum<'a>),
    Union(Union<'a>),
}

pub(crate) struct Struct<'a> {
    pub(crate) original: &'a DeriveInput,
    pub(crate) attrs: Attrs<'a>,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Enum<'a> {
    pub(crate) attrs: Attrs<'a>,
    pub(crate) variants: Vec<Variant<'a>>,
}

pub(crate) struct Union<'a> {
    pub(crate) attrs: Attrs<'a>,
    pub(crate) union_token: &'a syn::token::Union,
}

pub(crate) struct Variant<'a> {
    pub(crate) original: &'a syn::Variant,
    pub(crate) attrs: Attrs<'a>,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Field<'a> {
    pub(crate) original: &'a syn::Field,
    /// `0` or `source`: how a pattern names the field.
    pub(crate) member: Member,
    pub(crate) attrs: FieldAttrs<'a>,
}

impl<'a> Input<'a> {
    /// Borrows `input`, parsing the attributes named `status` and `options` and recording errors in `cx`.
    pub(crate) fn from_syn(cx: &Ctxt, input: &'a DeriveInput, options: &str) -> Self {
        let attrs = Attrs::get(cx, &input.attrs, options);
        match &input.data {
            Data::Struct(data) => {
                let fields = Field::all(cx, &data.fields, options);
                Input::Struct(Struct {
                    original: input,
                    attrs,
                    fields,
                })
            }
            Data::Enum(data) => {
                let variants = data
                    .variants
                    .iter()
                    .map(|variant| Variant {
                        original: variant,
                        attrs: Attrs::get(cx, &variant.attrs, options),
                        fields: Field::all(cx, &variant.fields, options),
                    })
                    .collect();
                Input::Enum(Enum { attrs, variants })
            }
            Data::Union(data) => Input::Union(Union {
                attrs,
                union_token: &data.union_token,
            }),
        }
    }
}

impl Input<'_> {
    /// The `crate = path` option, if the user gave one.
    pub(crate) fn krate(&self) -> Option<&syn::Path> {
        let attrs = match self {
            Input::Struct(input) => &input.attrs,
            Input::Enum(input) => &input.attrs,
            Input::Union(input) => &input.attrs,
        };
        attrs.krate.as_ref().map(|(_, path)| path)
    }

    /// Whether the type says `#[http_error(title = "ko")]`.
    pub(crate) fn korean_titles(&self) -> bool {
        let attrs = match self {
            Input::Struct(input) => &input.attrs,
            Input::Enum(input) => &input.attrs,
            Input::Union(input) => &input.attrs,
        };
        attrs.title_ko.is_some()
    }
}

impl<'a> Field<'a> {
    /// The fields, with their attributes parsed when they are an `HttpError`'s.
    fn all(cx: &Ctxt, fields: &'a Fields, options: &str) -> Vec<Self> {
        fields
            .iter()
            .enumerate()
            .map(|(index, field)| Field {
                original: field,
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(index.into()),
                },
                attrs: if options == attr::HTTP_ERROR {
                    FieldAttrs::get(cx, &field.attrs)
                } else {
                    FieldAttrs::default()
                },
            })
            .collect()
    }
}
