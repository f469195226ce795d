//! Derived queries on the checked input that the expansion needs.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Ident, Type};

/// Whether `ty` mentions one of the type parameters `params`, and so needs an `HttpError` bound.
///
/// Tokens are compared rather than walking syn's type tree, which would need syn's `visit`
/// feature and cost every user compile time; a false positive only adds a redundant bound.
pub(crate) fn mentions_param(ty: &Type, params: &[&Ident]) -> bool {
    mentions(ty.to_token_stream(), params)
}

fn mentions(tokens: TokenStream, params: &[&Ident]) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}
