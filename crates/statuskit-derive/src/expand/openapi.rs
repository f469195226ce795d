//! The `utoipa::IntoResponses` impl a derived type gets: its generics and the description table
//! the runtime's `impl_openapi!` builds the responses from.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Member, Type};

use super::{generic_transparent_types, status_path};
use crate::attr;
use crate::prop::{self, ValueType};
use crate::table::KnownStatus;
use crate::valid::{Arm, HeaderSource, HttpErrorBody, Mapping, Title};

/// `utoipa::IntoResponses` through the runtime's macro, which expands to nothing without the
/// `utoipa` feature; `table` is its `korean`, `variants` and `transparent` (see the runtime's
/// `openapi` module).
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

/// The `impl_openapi!` table of a checked input: a `VariantDoc` per fixed-status arm and the
/// field type of each transparent one, in declaration order.
pub(super) fn openapi_table(
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
    // Every generic parameter's name, lifetimes' too: what a field type may not mention to be
    // described by its own schema.
    let generic_names: Vec<&syn::Ident> = input
        .generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Type(param) => &param.ident,
            syn::GenericParam::Lifetime(param) => &param.lifetime.ident,
            syn::GenericParam::Const(param) => &param.ident,
        })
        .collect();
    let mut variants = Vec::new();
    let mut transparent = Vec::new();
    for (ident, attrs, fields, arm) in entries {
        match &arm.mapping {
            Mapping::Transparent { ty, .. } => transparent.push(*ty),
            // A chosen arm is documented once per status it may answer.
            Mapping::Fixed(_) | Mapping::Chosen { .. } => {
                for known in arm.mapping.statuses() {
                    variants.push(variant_doc(
                        krate,
                        ident,
                        attrs,
                        fields,
                        arm,
                        known,
                        &generic_names,
                    ));
                }
            }
        }
    }
    quote! {
        korean: #korean,
        variants: [#(#variants),*],
        transparent: [#(#transparent),*],
    }
}

/// One `VariantDoc`: what the runtime's `responses` needs to describe a fixed-status arm.
fn variant_doc(
    krate: &TokenStream,
    ident: &syn::Ident,
    attrs: &[syn::Attribute],
    fields: &Fields,
    arm: &Arm<'_>,
    known: &KnownStatus,
    generic_names: &[&syn::Ident],
) -> TokenStream {
    let some = |value: TokenStream| quote!(::core::option::Option::Some(#value));
    let none = || quote!(::core::option::Option::None);
    let openapi = quote!(#krate::__private::openapi);
    let value_type = |value_type: ValueType| {
        let variant = format_ident!("{}", value_type.name());
        quote!(#openapi::ValueType::#variant)
    };

    let name = ident.unraw().to_string();
    let status = status_path(krate, known);
    let description = attr::doc_comment(attrs).map_or_else(none, |text| some(quote!(#text)));
    let detail = attr::error_template(attrs).map_or_else(none, |template| {
        let template = template.value();
        some(quote!(#template))
    });
    let expose = arm.expose;
    let title = match &arm.title {
        Some(Title::Text(text)) => some(quote!(#text)),
        // `korean` tells the runtime to title the rest in Korean.
        Some(Title::Korean) | None => none(),
    };
    let problem_type = arm
        .problem_type
        .as_ref()
        .map_or_else(none, |uri| some(quote!(#uri)));
    let headers = arm.headers.iter().map(|header| {
        let name = &header.name;
        let (value_type, value) = match &header.value {
            HeaderSource::Static(value) => (value_type(ValueType::String), some(quote!(#value))),
            HeaderSource::Field { member, .. } => {
                let field = field_type(fields, member);
                let field = field.map_or(ValueType::String, prop::header_value_type);
                (value_type(field), none())
            }
        };
        quote! {
            #openapi::HeaderDoc { name: #name, value_type: #value_type, value: #value }
        }
    });
    let constants = arm.constants.iter().map(|constant| {
        let (name, json) = (&constant.name, &constant.json);
        let value_type = value_type(prop::json_value_type(json));
        let value = some(quote!(#json));
        quote! {
            #openapi::ExtensionDoc {
                name: #name,
                value_type: #value_type,
                value: #value,
                schema: #openapi::no_schema,
            }
        }
    });
    let fields = arm.extensions.iter().map(|(member, name, _)| {
        let field = field_type(fields, member);
        let value_type =
            value_type(field.map_or(ValueType::Any, |ty| prop::value_type(ty, ValueType::Any)));
        let value = none();
        // A function item in a block keeps the table a constant; it cannot name the impl's
        // generics, so a field whose type does is described by its value type alone.
        let schema = match field.filter(|ty| !prop::mentions_param(ty, generic_names)) {
            Some(ty) => quote!({
                fn __statuskit_schema() -> ::core::option::Option<
                    #krate::__private::utoipa::openapi::RefOr<#krate::__private::utoipa::openapi::schema::Schema>,
                > {
                    #[allow(unused_imports)]
                    use #openapi::{SchemaFallback as _, SchemaViaPartialSchema as _};
                    (#openapi::SchemaOf::<#ty>(::core::marker::PhantomData).__statuskit_schema())()
                }
                __statuskit_schema
            }),
            None => quote!(#openapi::no_schema),
        };
        quote! {
            #openapi::ExtensionDoc {
                name: #name,
                value_type: #value_type,
                value: #value,
                schema: #schema,
            }
        }
    });
    let extensions = constants.chain(fields);
    quote! {
        #openapi::VariantDoc {
            name: #name,
            status: #status,
            description: #description,
            detail: #detail,
            expose: #expose,
            title: #title,
            problem_type: #problem_type,
            headers: &[#(#headers),*],
            extensions: &[#(#extensions),*],
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
pub(super) fn openapi_generics(
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
