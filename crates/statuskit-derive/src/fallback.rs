//! What a rejected input expands to: every error, plus stub impls (`HttpError`, the framework
//! responses, an empty `IntoResponses`) so nothing else fails.
//!
//! Without the stubs, each use of the type as an `HttpError` (or of a `StatusEnum`'s methods)
//! would add an error of its own and bury the real one. A union gets no stub at all: it cannot
//! be derived for, and a stub `HttpError` impl would only add an error of its own when the union
//! is not `Display` (nor `Debug`, for actix-web's impl).
//!
//! `expand` calls it; it uses only the impl shells `expand` re-exports (from `expand/impls.rs`,
//! `status_enum.rs` and `openapi.rs`), never `expand/mod.rs` itself.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput};

use crate::expand::{
    Emit, StatusEnumBodies, framework_impls, http_error_impl, openapi_impl, status_enum_impls,
};

pub(crate) fn http_error(
    input: &DeriveInput,
    krate: &TokenStream,
    errors: &syn::Error,
    emit: Emit,
) -> TokenStream {
    let errors = errors.to_compile_error();
    if let Data::Union(_) = input.data {
        return errors;
    }
    let stub = quote!(#krate::Status::InternalServerError);
    let no_methods = TokenStream::new();
    let http_error = http_error_impl(&input.ident, &input.generics, krate, &stub, &no_methods);
    let frameworks = if emit.responses {
        framework_impls(&input.ident, &input.generics, krate)
    } else {
        TokenStream::new()
    };
    // An empty `IntoResponses`, so `responses(ApiError)` in a `#[utoipa::path]` adds no error.
    let empty = quote!(korean: false, table: "", schemas: [], transparent: []);
    let openapi = if emit.openapi {
        openapi_impl(&input.ident, &input.generics, krate, &empty)
    } else {
        TokenStream::new()
    };
    quote! {
        #errors
        #http_error
        #frameworks
        #openapi
    }
}

pub(crate) fn status_enum(
    input: &DeriveInput,
    krate: &TokenStream,
    errors: &syn::Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    let bodies = StatusEnumBodies {
        all: TokenStream::new(),
        statuses: TokenStream::new(),
        status: quote!(#krate::Status::InternalServerError),
        try_from: quote!(::core::result::Result::Err(status)),
    };
    let impls = status_enum_impls(input, krate, &bodies);
    quote! {
        #errors
        #impls
    }
}
