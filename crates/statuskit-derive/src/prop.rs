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

/// How a header value or an extension member of type `ty` is documented in OpenAPI.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum ValueType {
    Any,
    String,
    Integer,
    Number,
    Boolean,
}

impl ValueType {
    /// The variant's name in the runtime's `openapi::ValueType`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            ValueType::Any => "Any",
            ValueType::String => "String",
            ValueType::Integer => "Integer",
            ValueType::Number => "Number",
            ValueType::Boolean => "Boolean",
        }
    }
}

/// The value type of `ty`, by the last segment of its path once references are stripped;
/// `otherwise` when it is not a number, a boolean or a string.
pub(crate) fn value_type(ty: &Type, otherwise: ValueType) -> ValueType {
    let mut ty = ty;
    loop {
        ty = match ty {
            Type::Reference(reference) => &reference.elem,
            Type::Paren(paren) => &paren.elem,
            Type::Group(group) => &group.elem,
            _ => break,
        };
    }
    let Type::Path(path) = ty else {
        return otherwise;
    };
    let Some(last) = path.path.segments.last() else {
        return otherwise;
    };
    match last.ident.to_string().as_str() {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => ValueType::Integer,
        "f32" | "f64" => ValueType::Number,
        "bool" => ValueType::Boolean,
        "String" | "str" | "Cow" => ValueType::String,
        _ => otherwise,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_types_follow_the_last_segment_behind_references() {
        let cases: [(Type, ValueType); 8] = [
            (syn::parse_quote!(u64), ValueType::Integer),
            (syn::parse_quote!(&'static isize), ValueType::Integer),
            (syn::parse_quote!(core::primitive::f32), ValueType::Number),
            (syn::parse_quote!(bool), ValueType::Boolean),
            (syn::parse_quote!(&str), ValueType::String),
            (
                syn::parse_quote!(std::borrow::Cow<'static, str>),
                ValueType::String,
            ),
            (syn::parse_quote!(Vec<u8>), ValueType::Any),
            (syn::parse_quote!([u8; 4]), ValueType::Any),
        ];
        for (ty, expected) in cases {
            let written = ty.to_token_stream().to_string();
            assert_eq!(value_type(&ty, ValueType::Any), expected, "{written}");
        }
        let header = syn::parse_quote!(std::time::Duration);
        assert_eq!(value_type(&header, ValueType::String), ValueType::String);
    }
}
