//! The impl shells accepted and rejected input share: which optional impls to emit, the
//! `HttpError` impl around a `status` body, and the framework responses.

use proc_macro2::TokenStream;
use quote::quote;

/// Which optional impls to emit: only those an enabled statuskit feature reads, so a feature
/// not in use costs nothing to compile.
#[derive(Clone, Copy)]
pub(crate) struct Emit {
    /// `impl_responses!`, the axum and actix-web impls: this crate's `responses` feature, which
    /// statuskit's `axum` and `actix-web` turn on.
    pub(crate) responses: bool,
    /// `utoipa::IntoResponses` (some sixty tokens a variant): this crate's `utoipa` feature,
    /// which statuskit's `utoipa` turns on.
    pub(crate) openapi: bool,
}

impl Emit {
    /// What the features this crate was built with ask for.
    pub(crate) fn from_features() -> Self {
        Emit {
            responses: cfg!(feature = "responses"),
            openapi: cfg!(feature = "utoipa"),
        }
    }
}

/// The `HttpError` impl around the body of `status` and any further methods; `fallback`
/// shares it.
pub(crate) fn http_error_impl(
    ident: &syn::Ident,
    generics: &syn::Generics,
    krate: &TokenStream,
    status: &TokenStream,
    methods: &TokenStream,
) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::HttpError for #ident #ty_generics #where_clause {
            fn status(&self) -> #krate::Status {
                #status
            }
            #methods
        }
    }
}

/// The response impls of the enabled framework integrations, through the runtime's macro.
pub(crate) fn framework_impls(
    ident: &syn::Ident,
    generics: &syn::Generics,
    krate: &TokenStream,
) -> TokenStream {
    let generics = response_generics(ident, generics);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #krate::__private::impl_responses!(
            { #impl_generics } { #ident #ty_generics } { #where_clause }
        );
    }
}

/// The generics of the framework impls: the `HttpError` impl's, and `Self: Debug` for a generic
/// type.
fn response_generics(ident: &syn::Ident, generics: &syn::Generics) -> syn::Generics {
    let (_, ty_generics, _) = generics.split_for_impl();
    // actix-web's `ResponseError` needs `Self: Debug`; `#[derive(Debug)]` on a generic type
    // proves that only under bounds the derive cannot see, so the framework impls ask for it.
    // (A non-generic type needs no such clause: it either is `Debug` or the user must fix it.)
    // `impl_responses!` takes one where clause for both frameworks, so axum's impl carries the
    // bound too; only the runtime's macro could split it.
    let mut generics = generics.clone();
    if generics.type_params().next().is_some() {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
    }
    generics
}
