//! The generated code: the same `match` a person would write, named by absolute paths.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::{DeriveInput, Fields, Member};

use crate::ast::Input;
use crate::attr;
use crate::ctxt::Ctxt;
use crate::fallback;
use crate::prop;
use crate::table::KnownStatus;
use crate::valid::{self, HttpErrorBody, Mapping};

/// `#[derive(HttpError)]`: the impl, or every error found and a stub impl.
pub(crate) fn derive_http_error(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let ast = Input::from_syn(&cx, input, attr::HTTP_ERROR);
    let krate = krate(&ast);
    let body = valid::http_error(&cx, &ast);
    match (cx.check(), body) {
        (Ok(()), Some(body)) => impl_http_error(input, &krate, &body),
        (Err(errors), _) => fallback::http_error(input, &krate, &errors),
        (Ok(()), None) => fallback::http_error(input, &krate, &internal_error()),
    }
}

/// `#[derive(StatusEnum)]`: the impls, or every error found and stub impls.
pub(crate) fn derive_status_enum(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let ast = Input::from_syn(&cx, input, attr::STATUS_ENUM);
    let krate = krate(&ast);
    let variants = valid::status_enum(&cx, &ast);
    match (cx.check(), variants) {
        (Ok(()), Some(variants)) => impl_status_enum(input, &krate, &variants),
        (Err(errors), _) => fallback::status_enum(input, &krate, &errors),
        (Ok(()), None) => fallback::status_enum(input, &krate, &internal_error()),
    }
}

/// Only reachable through a bug: every check that rejects input also records an error.
fn internal_error() -> syn::Error {
    syn::Error::new(
        Span::call_site(),
        "statuskit-derive rejected this input without saying why; please report it",
    )
}

/// The path of the statuskit crate: `::statuskit` unless `crate = path` says otherwise.
fn krate(ast: &Input<'_>) -> TokenStream {
    match ast.krate() {
        Some(path) => quote!(#path),
        None => quote!(::statuskit),
    }
}

fn impl_http_error(
    input: &DeriveInput,
    krate: &TokenStream,
    body: &HttpErrorBody<'_>,
) -> TokenStream {
    let generics = bounded_generics(input, krate, body);
    let (status, exposes_detail) = match body {
        HttpErrorBody::Struct(Mapping::Fixed(known)) => (status_path(krate, known), None),
        HttpErrorBody::Struct(Mapping::Transparent { member, ty }) => {
            let status = quote!(<#ty as #krate::HttpError>::status(&self.#member));
            let exposes = quote!(<#ty as #krate::HttpError>::exposes_detail(&self.#member));
            (status, Some(exposes))
        }
        HttpErrorBody::Enum(arms) if arms.is_empty() => (quote!(match *self {}), None),
        HttpErrorBody::Enum(arms) => enum_bodies(krate, arms),
    };
    let ident = &input.ident;
    http_error_impl(ident, &generics, krate, &status, exposes_detail.as_ref())
}

/// The `HttpError` impl around the bodies of its methods; `fallback` shares it.
pub(crate) fn http_error_impl(
    ident: &syn::Ident,
    generics: &syn::Generics,
    krate: &TokenStream,
    status: &TokenStream,
    exposes_detail: Option<&TokenStream>,
) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let exposes_detail = exposes_detail.map(|body| {
        quote! {
            fn exposes_detail(&self) -> bool {
                #body
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::HttpError for #ident #ty_generics #where_clause {
            fn status(&self) -> #krate::Status {
                #status
            }
            #exposes_detail
        }
    }
}

/// The `status` match and, when some variant is transparent, the `exposes_detail` match.
fn enum_bodies(
    krate: &TokenStream,
    arms: &[(&syn::Variant, Mapping<'_>)],
) -> (TokenStream, Option<TokenStream>) {
    let mut status_arms = Vec::new();
    let mut exposes_arms = Vec::new();
    let mut any_fixed = false;
    for (variant, mapping) in arms {
        let name = &variant.ident;
        match mapping {
            Mapping::Fixed(known) => {
                let pattern = match &variant.fields {
                    Fields::Unit => quote!(Self::#name),
                    Fields::Unnamed(_) => quote!(Self::#name(..)),
                    Fields::Named(_) => quote!(Self::#name { .. }),
                };
                let status = status_path(krate, known);
                status_arms.push(quote!(#pattern => #status,));
                any_fixed = true;
            }
            Mapping::Transparent { member, ty } => {
                let pattern = match member {
                    Member::Unnamed(_) => quote!(Self::#name(inner)),
                    Member::Named(field) => quote!(Self::#name { #field: inner }),
                };
                // Naming the field's type puts a missing-impl error on the whole type, not on
                // the first of its tokens as a span would on stable.
                status_arms.push(quote!(#pattern => <#ty as #krate::HttpError>::status(inner),));
                exposes_arms
                    .push(quote!(#pattern => <#ty as #krate::HttpError>::exposes_detail(inner),));
            }
        }
    }
    let status = quote!(match self { #(#status_arms)* });
    if exposes_arms.is_empty() {
        return (status, None);
    }
    // The other variants keep the trait's default policy; a `_` arm after only transparent
    // variants would be an unreachable pattern, a warning in users' `deny(warnings)` crates.
    let rest = any_fixed
        .then(|| quote!(_ => !#krate::Status::is_server_error(#krate::HttpError::status(self)),));
    let exposes = quote!(match self { #(#exposes_arms)* #rest });
    (status, Some(exposes))
}

/// The user's generics plus `Field: HttpError` for transparent fields whose type is generic.
fn bounded_generics(
    input: &DeriveInput,
    krate: &TokenStream,
    body: &HttpErrorBody<'_>,
) -> syn::Generics {
    let mut generics = input.generics.clone();
    let params: Vec<_> = input
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    if params.is_empty() {
        return generics;
    }
    let transparent_types = match body {
        HttpErrorBody::Struct(mapping) => vec![mapping],
        HttpErrorBody::Enum(arms) => arms.iter().map(|(_, mapping)| mapping).collect(),
    };
    for mapping in transparent_types {
        if let Mapping::Transparent { ty, .. } = mapping {
            if prop::mentions_param(ty, &params) {
                generics
                    .make_where_clause()
                    .predicates
                    .push(syn::parse_quote!(#ty: #krate::HttpError));
            }
        }
    }
    generics
}

fn status_path(krate: &TokenStream, known: &KnownStatus) -> TokenStream {
    let variant = format_ident!("{}", known.variant);
    quote!(#krate::Status::#variant)
}

fn impl_status_enum(
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
    status_enum_impls(input, krate, &bodies)
}

/// What differs between a `StatusEnum`'s real impls and `fallback`'s stubs.
pub(crate) struct StatusEnumBodies {
    /// The elements of `ALL`.
    pub(crate) all: TokenStream,
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
