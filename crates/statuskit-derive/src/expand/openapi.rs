//! The `utoipa::IntoResponses` impl a derived type gets: its generics and the description table
//! the runtime's `impl_openapi!` builds the responses from.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Member, Type};

use super::paths::generic_transparent_types;
use crate::attr;
use crate::prop::{self, ValueType};
use crate::table::KnownStatus;
use crate::valid::{Arm, HeaderSource, HttpErrorBody, Mapping, Title};

/// `utoipa::IntoResponses` through the runtime's macro, which expands to nothing without the
/// `utoipa` feature; `table` holds the macro's `korean`, `table`, `schemas` and `transparent`
/// inputs (see the runtime's `openapi` module).
pub(crate) fn openapi_impl(
    ident: &syn::Ident,
    generics: &syn::Generics,
    krate: &TokenStream,
    table: &TokenStream,
) -> TokenStream {
    // No `Self: Debug` here: `IntoResponses` does not need it.
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #krate::__private::impl_openapi!(
            { #impl_generics } { #ident #ty_generics } { #where_clause } { #table }
        );
    }
}

/// The `impl_openapi!` input of a checked input: the table of every fixed-status arm (one
/// entry per status for a chosen one) as one string literal, the schema functions it refers to
/// by index, and the field type of each transparent arm, in declaration order.
pub(crate) fn openapi_table(
    krate: &TokenStream,
    input: &DeriveInput,
    body: &HttpErrorBody<'_>,
    korean: bool,
) -> TokenStream {
    let entries: Vec<(&syn::Ident, &[syn::Attribute], &Fields, &Arm<'_>)> =
        match (body, &input.data) {
            (HttpErrorBody::Struct(arm), Data::Struct(data)) => {
                vec![(&input.ident, &input.attrs, &data.fields, arm)]
            }
            (HttpErrorBody::Enum(arms), _) => arms
                .iter()
                .map(|(variant, arm)| (&variant.ident, &variant.attrs[..], &variant.fields, arm))
                .collect(),
            // A struct body comes from a struct.
            (HttpErrorBody::Struct(_), _) => Vec::new(),
        };
    let mut table = Table::default();
    let mut transparent = Vec::new();
    for (ident, attrs, fields, arm) in entries {
        match &arm.mapping {
            Mapping::Transparent { ty, .. } => transparent.push(*ty),
            // A chosen arm is documented once per status it may answer.
            Mapping::Fixed(_) | Mapping::Chosen { .. } => {
                for known in arm.mapping.statuses() {
                    table.variant(krate, ident, attrs, fields, arm, known);
                }
            }
        }
    }
    let Table { text, schemas } = table;
    quote! {
        korean: #korean,
        table: #text,
        schemas: [#(#schemas),*],
        transparent: [#(#transparent),*],
    }
}

/// The table being written, in the runtime's format (`statuskit::__private::openapi::decode`):
/// each field `~` for none or `<length in bytes>:<text>`.
#[derive(Default)]
struct Table {
    text: String,
    /// The schema functions of extension fields, by the index the table gives them.
    schemas: Vec<TokenStream>,
}

impl Table {
    fn field(&mut self, text: Option<&str>) {
        match text {
            Some(text) => {
                self.text.push_str(&text.len().to_string());
                self.text.push(':');
                self.text.push_str(text);
            }
            None => self.text.push('~'),
        }
    }

    fn text(&mut self, text: &str) {
        self.field(Some(text));
    }

    fn value_type(&mut self, value_type: ValueType) {
        self.text(match value_type {
            ValueType::Any => "a",
            ValueType::String => "s",
            ValueType::Integer => "i",
            ValueType::Number => "n",
            ValueType::Boolean => "b",
        });
    }

    /// One variant's entry for `known`: what the runtime's `responses` needs to describe it.
    fn variant(
        &mut self,
        krate: &TokenStream,
        ident: &syn::Ident,
        attrs: &[syn::Attribute],
        fields: &Fields,
        arm: &Arm<'_>,
        known: &KnownStatus,
    ) {
        self.text(&ident.unraw().to_string());
        self.text(&known.code.to_string());
        self.field(attr::doc_comment(attrs).as_deref());
        self.field(attr::error_template(attrs).map(|t| t.value()).as_deref());
        self.text(if arm.expose { "1" } else { "0" });
        let title = match &arm.title {
            Some(Title::Text(text)) => Some(text.value()),
            // `korean` tells the runtime to title the rest in Korean.
            Some(Title::Korean) | None => None,
        };
        self.field(title.as_deref());
        self.field(arm.problem_type.as_ref().map(|uri| uri.value()).as_deref());
        self.text(&arm.headers.len().to_string());
        for header in &arm.headers {
            self.text(&header.name.value());
            match &header.value {
                HeaderSource::Static(value) => {
                    self.value_type(ValueType::String);
                    self.text(&value.value());
                }
                HeaderSource::Field { member, .. } => {
                    let field = field_type(fields, member);
                    self.value_type(field.map_or(ValueType::String, prop::header_value_type));
                    self.field(None);
                }
            }
        }
        self.text(&(arm.constants.len() + arm.extensions.len()).to_string());
        for constant in &arm.constants {
            self.text(&constant.name.value());
            self.value_type(prop::json_value_type(&constant.json));
            self.text(&constant.json);
            self.field(None);
        }
        let openapi = quote!(#krate::__private::openapi);
        for (member, name, _) in &arm.extensions {
            self.text(&name.value());
            let field = field_type(fields, member);
            self.value_type(
                field.map_or(ValueType::Any, |ty| prop::value_type(ty, ValueType::Any)),
            );
            self.field(None);
            match field {
                Some(ty) => {
                    self.text(&self.schemas.len().to_string());
                    self.schemas.push(quote! {
                        #openapi::SchemaOf::<#ty>(::core::marker::PhantomData).__statuskit_schema()
                    });
                }
                None => self.field(None),
            }
        }
    }
}

/// The type of the field `member` names.
fn field_type<'a>(fields: &'a Fields, member: &Member) -> Option<&'a Type> {
    fields
        .iter()
        .enumerate()
        .find(|(index, field)| match (member, &field.ident) {
            (Member::Named(name), Some(ident)) => name == ident,
            (Member::Unnamed(unnamed), None) => unnamed.index as usize == *index,
            _ => false,
        })
        .map(|(_, field)| &field.ty)
}

/// `generics` (the `HttpError` impl's) plus `Inner: Documented` for each generic transparent
/// type, `Box<Inner>` unboxed: a generic impl can ask `Inner` for its responses only when its
/// bounds prove it has some.
pub(crate) fn openapi_generics(
    input: &DeriveInput,
    krate: &TokenStream,
    body: &HttpErrorBody<'_>,
    generics: &syn::Generics,
) -> syn::Generics {
    let mut generics = generics.clone();
    // A borrowed inner error (`&'a E`) is asked for nothing: utoipa has no `IntoResponses` for
    // references, and the bound would never hold.
    let inners = generic_transparent_types(input, body)
        .into_iter()
        .map(prop::unboxed)
        .filter(|inner| !matches!(inner, Type::Reference(_)));
    for inner in inners {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#inner: #krate::__private::openapi::Documented));
    }
    generics
}
