//! The paths and arms the generated methods name a status by: a `Status` variant, the runtime's
//! call for a status chosen by `by`, and the field types a transparent arm bounds.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{DeriveInput, Member, Type};

use crate::prop;
use crate::table::KnownStatus;
use crate::valid::{HttpErrorBody, Mapping};

/// The field types of transparent arms that mention one of the input's type parameters.
pub(crate) fn generic_transparent_types<'a>(
    input: &DeriveInput,
    body: &'a HttpErrorBody<'_>,
) -> Vec<&'a Type> {
    let params: Vec<_> = input
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    if params.is_empty() {
        return Vec::new();
    }
    let mappings = match body {
        HttpErrorBody::Struct(arm) => vec![&arm.mapping],
        HttpErrorBody::Enum(arms) => arms.iter().map(|(_, arm)| &arm.mapping).collect(),
    };
    mappings
        .into_iter()
        .filter_map(|mapping| match mapping {
            Mapping::Transparent { ty, .. } if prop::mentions_param(ty, &params) => Some(*ty),
            _ => None,
        })
        .collect()
}

pub(crate) fn status_path(krate: &TokenStream, known: &KnownStatus) -> TokenStream {
    let variant = format_ident!("{}", known.variant);
    quote!(#krate::Status::#variant)
}

/// The pattern of an arm `path` whose status `by` chooses, and what `by` is given: the bound
/// field, or the whole value for an enum's default.
pub(crate) fn chosen_pattern(
    path: TokenStream,
    field: Option<&Member>,
) -> (TokenStream, TokenStream) {
    match field {
        Some(member) => (quote!(#path { #member: inner, .. }), quote!(inner)),
        None => (quote!(#path { .. }), quote!(self)),
    }
}

/// The runtime's `__private::#function(by(argument), &[listed…], fallback)` for a `Chosen`
/// mapping: `chosen_status` answers the status, `check_chosen` logs a status outside the list.
/// The fallback is the first 5xx listed, else 500.
pub(crate) fn chosen_status(
    krate: &TokenStream,
    mapping: &Mapping<'_>,
    argument: &TokenStream,
    function: &str,
) -> TokenStream {
    let Mapping::Chosen { statuses, by, .. } = mapping else {
        return TokenStream::new();
    };
    let listed = statuses.iter().map(|known| status_path(krate, known));
    let fallback = statuses.iter().find(|known| known.code >= 500).map_or_else(
        || quote!(#krate::Status::InternalServerError),
        |known| status_path(krate, known),
    );
    let function = format_ident!("{function}");
    let name = quote!(#by).to_string().replace(' ', "");
    let extra = (function == "check_chosen").then(|| quote!(, #name));
    quote!(#krate::__private::#function(#by(#argument), &[#(#listed),*], #fallback #extra))
}
