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

/// How a `#[header]` field's value goes out, read off the shape of its type.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) struct HeaderShape {
    /// `Option<T>`: the header is sent only when the field is `Some`.
    pub(crate) optional: bool,
    /// `Duration` (`core::time::Duration`, as `std` re-exports it): sent as whole seconds,
    /// which `Retry-After` takes; other types are sent as their `Display` text.
    pub(crate) seconds: bool,
}

/// The [`HeaderShape`] of a field of type `ty`. Read from the path's last segment, as serde and
/// clap read `Option`: a type alias hides the shape, and is then sent through `Display`.
pub(crate) fn header_shape(ty: &Type) -> HeaderShape {
    let (optional, ty) = match option_inner(ty) {
        Some(inner) => (true, inner),
        None => (false, ty),
    };
    let seconds = last_segment(ty).is_some_and(|last| last.ident == "Duration");
    HeaderShape { optional, seconds }
}

/// The OpenAPI value type of a `#[header]` field of type `ty`: an `Option`'s inner type's, and
/// an integer for a `Duration`.
pub(crate) fn header_value_type(ty: &Type) -> ValueType {
    let inner = option_inner(ty).unwrap_or(ty);
    if header_shape(inner).seconds {
        ValueType::Integer
    } else {
        value_type(inner, ValueType::String)
    }
}

/// `T` of `Box<T>`, or `ty` itself when it is no box.
pub(crate) fn unboxed(ty: &Type) -> &Type {
    let Type::Path(path) = ty else {
        return ty;
    };
    let Some(last) = path.path.segments.last().filter(|last| last.ident == "Box") else {
        return ty;
    };
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first() {
            Some(syn::GenericArgument::Type(inner)) if args.args.len() == 1 => inner,
            _ => ty,
        },
        _ => ty,
    }
}

/// Whether `ty` is an `Option` (by its last segment, as [`header_shape`] reads it): an extension
/// member of that type may be `null`, so OpenAPI does not list it as required.
pub(crate) fn is_option(ty: &Type) -> bool {
    option_inner(ty).is_some()
}

/// `T` of `Option<T>`, behind references.
fn option_inner(ty: &Type) -> Option<&Type> {
    let last = last_segment(ty)?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>()[..] {
        [syn::GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}

/// The last segment of `ty`'s path once references and parentheses are stripped.
fn last_segment(mut ty: &Type) -> Option<&syn::PathSegment> {
    loop {
        ty = match ty {
            Type::Reference(reference) => &reference.elem,
            Type::Paren(paren) => &paren.elem,
            Type::Group(group) => &group.elem,
            Type::Path(path) if path.qself.is_none() => return path.path.segments.last(),
            _ => return None,
        };
    }
}

/// How a header value or an extension member of type `ty` is documented in OpenAPI (the
/// runtime's `openapi::ValueType`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum ValueType {
    Any,
    String,
    Integer,
    Number,
    Boolean,
}

/// The value type of a constant member written as the JSON text `json`.
pub(crate) fn json_value_type(json: &str) -> ValueType {
    match json.as_bytes().first() {
        Some(b'"') => ValueType::String,
        Some(b't' | b'f') => ValueType::Boolean,
        _ if json.contains(['.', 'e', 'E']) => ValueType::Number,
        _ => ValueType::Integer,
    }
}

/// The value type of `ty`, by the last segment of its path once references are stripped;
/// `otherwise` when it is not a number, a boolean or a string.
pub(crate) fn value_type(ty: &Type, otherwise: ValueType) -> ValueType {
    let Some(last) = last_segment(ty) else {
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
    #[test]
    fn header_shapes() {
        let shape = |ty: syn::Type| {
            let shape = super::header_shape(&ty);
            (shape.optional, shape.seconds)
        };
        assert_eq!(shape(syn::parse_quote!(u64)), (false, false));
        assert_eq!(shape(syn::parse_quote!(Option<String>)), (true, false));
        assert_eq!(
            shape(syn::parse_quote!(std::option::Option<&'a str>)),
            (true, false)
        );
        assert_eq!(
            shape(syn::parse_quote!(core::time::Duration)),
            (false, true)
        );
        assert_eq!(shape(syn::parse_quote!(Option<Duration>)), (true, true));
        assert_eq!(shape(syn::parse_quote!(&Option<Duration>)), (true, true));
        assert_eq!(shape(syn::parse_quote!(Vec<Duration>)), (false, false));
        assert_eq!(
            super::header_value_type(&syn::parse_quote!(Option<Duration>)),
            super::ValueType::Integer
        );
        assert_eq!(
            super::header_value_type(&syn::parse_quote!(Option<u32>)),
            super::ValueType::Integer
        );
        assert_eq!(
            super::header_value_type(&syn::parse_quote!(Option<Challenge>)),
            super::ValueType::String
        );
    }

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
