//! The impls of `#[derive(StatusEnum)]`: inherent constants and methods, `StatusEnum`,
//! `From`, `TryFrom` and `Display`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use super::paths::status_path;
use crate::table::KnownStatus;

pub(crate) fn impl_status_enum(
    input: &DeriveInput,
    krate: &TokenStream,
    variants: &[(&syn::Variant, &KnownStatus)],
) -> TokenStream {
    let names: Vec<_> = variants.iter().map(|(variant, _)| &variant.ident).collect();
    let statuses: Vec<_> = variants
        .iter()
        .map(|(_, known)| status_path(krate, known))
        .collect();
    let bodies = StatusEnumBodies {
        all: quote!(#(Self::#names),*),
        statuses: quote!(#(#statuses),*),
        status: if variants.is_empty() {
            quote!(match *self {})
        } else {
            quote!(match self { #(Self::#names => #statuses,)* })
        },
        try_from: quote! {
            match status {
                #(#statuses => ::core::result::Result::Ok(Self::#names),)*
                other => ::core::result::Result::Err(other),
            }
        },
    };
    let mut impls = status_enum_impls(input, krate, &bodies);
    if super::Emit::from_features().openapi {
        impls.extend(endpoint_statuses(input, krate, variants));
    }
    impls
}

/// `EndpointStatuses<E>` for every `E` answering each of the enum's statuses, so
/// `EndpointResponses<E, Self>` with a status `E` never answers is an unmet bound that names
/// the status and `E`.
fn endpoint_statuses(
    input: &DeriveInput,
    krate: &TokenStream,
    variants: &[(&syn::Variant, &KnownStatus)],
) -> TokenStream {
    let ident = &input.ident;
    let codes = variants.iter().map(|(_, known)| known.code);
    let mut generics = input.generics.clone();
    generics.params.push(syn::parse_quote! {
        __StatuskitError: ?::core::marker::Sized
            #(+ #krate::__private::openapi::AnswersStatus<#codes>)*
    });
    let (impl_generics, _, _) = generics.split_for_impl();
    let (_, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #krate::__private::with_openapi! {
            impl #impl_generics #krate::__private::openapi::EndpointStatuses<__StatuskitError>
                for #ident #ty_generics #where_clause {}
        }
    }
}

/// What differs between a `StatusEnum`'s real impls and `fallback`'s stubs.
pub(crate) struct StatusEnumBodies {
    /// The elements of `ALL`.
    pub(crate) all: TokenStream,
    /// The elements of `StatusEnum::STATUSES`.
    pub(crate) statuses: TokenStream,
    /// The body of `status(&self)`.
    pub(crate) status: TokenStream,
    /// The body of `try_from(status)`.
    pub(crate) try_from: TokenStream,
}

/// The inherent methods and trait impls of a `StatusEnum` around their bodies.
pub(crate) fn status_enum_impls(
    input: &DeriveInput,
    krate: &TokenStream,
    bodies: &StatusEnumBodies,
) -> TokenStream {
    let ident = &input.ident;
    let vis = &input.vis;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let StatusEnumBodies {
        all,
        statuses,
        status,
        try_from,
    } = bodies;
    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            /// Every variant, in declaration order.
            #vis const ALL: &'static [Self] = &[#all];

            /// The status this variant stands for.
            #vis const fn status(&self) -> #krate::Status {
                #status
            }

            /// The numeric code of the status, e.g. 404.
            #vis const fn code(&self) -> u16 {
                #krate::Status::code(self.status())
            }

            /// The canonical reason phrase of the status, e.g. `"Not Found"`.
            #vis const fn reason_phrase(&self) -> &'static str {
                #krate::Status::reason_phrase(self.status())
            }
        }

        #[automatically_derived]
        impl #impl_generics #krate::StatusEnum for #ident #ty_generics #where_clause {
            const STATUSES: &'static [#krate::Status] = &[#statuses];
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ident #ty_generics> for #krate::Status #where_clause {
            fn from(value: #ident #ty_generics) -> Self {
                value.status()
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::convert::TryFrom<#krate::Status> for #ident #ty_generics #where_clause {
            /// The status itself, when it is not one of this enum's.
            type Error = #krate::Status;

            fn try_from(status: #krate::Status) -> ::core::result::Result<Self, #krate::Status> {
                #try_from
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            /// Writes the code and the canonical phrase, as `Status` does: `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.status(), f)
            }
        }
    }
}
