//! The `utoipa::IntoResponses` impl a derived type gets: its generics and the description table
//! the runtime's `impl_openapi!` builds the responses from.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, LitStr, Member, Type};

use super::paths::generic_transparent_types;
use crate::attr;
use crate::prop::{self, ValueType};
use crate::table::KnownStatus;
use crate::valid::{Arm, HeaderSource, HttpErrorBody, Mapping, Piece, Template, Title};

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

/// `AnswersStatus<CODE>` for each status the type's own arms answer, or for every `CODE` when
/// it has a transparent arm (whose field's statuses the derive cannot see): what
/// `EndpointResponses` checks an endpoint's statuses against. Behind `with_openapi!`, which
/// drops them when the user's statuskit has no `utoipa` (a proc-macro's features are not its
/// runtime's: the derive may have `utoipa` while a crate's statuskit does not).
pub(crate) fn answers_impls(
    input: &DeriveInput,
    krate: &TokenStream,
    body: &HttpErrorBody<'_>,
    generics: &syn::Generics,
) -> TokenStream {
    let arms: Vec<&Arm<'_>> = match body {
        HttpErrorBody::Struct(arm) => vec![arm],
        HttpErrorBody::Enum(arms) => arms.iter().map(|(_, arm)| arm).collect(),
    };
    let ident = &input.ident;
    let answers = quote!(#krate::__private::openapi::AnswersStatus);
    if arms
        .iter()
        .any(|arm| matches!(arm.mapping, Mapping::Transparent { .. }))
    {
        let mut any = generics.clone();
        any.params
            .push(syn::parse_quote!(const __STATUSKIT_CODE: u16));
        let (impl_generics, _, _) = any.split_for_impl();
        let (_, ty_generics, where_clause) = generics.split_for_impl();
        return quote! {
            #krate::__private::with_openapi! {
                impl #impl_generics #answers<__STATUSKIT_CODE> for #ident #ty_generics #where_clause {}
            }
        };
    }
    let mut codes: Vec<u16> = arms
        .iter()
        .flat_map(|arm| arm.mapping.statuses().iter().map(|known| known.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #krate::__private::with_openapi! {
            #(impl #impl_generics #answers<#codes> for #ident #ty_generics #where_clause {})*
        }
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
        // The doc comment describes the example; it is never shown as its `detail`.
        self.field(attr::doc_comment(attrs).as_deref());
        let Details { english, korean } = details(attrs, fields, arm);
        self.field(english.as_deref());
        self.field(korean.as_deref());
        self.text(if arm.expose { "1" } else { "0" });
        let title = match &arm.title {
            Some(Title::Text(text)) => Some(text.value()),
            // `korean` tells the runtime to title the rest in Korean.
            Some(Title::Korean) | None => None,
        };
        self.field(title.as_deref());
        self.field(arm.title_ko.as_ref().map(LitStr::value).as_deref());
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
            // A constant is always sent.
            self.text("1");
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
            // A field is always sent, as `null` when it is a `None`.
            self.text(if field.is_some_and(prop::is_option) {
                "0"
            } else {
                "1"
            });
            match field {
                Some(ty) => {
                    self.text(&self.schemas.len().to_string());
                    self.schemas.push(quote! {
                        (
                            #openapi::SchemaOf::<#ty>(::core::marker::PhantomData).__statuskit_schema(),
                            #openapi::DefaultOf::<#ty>(::core::marker::PhantomData).__statuskit_default(),
                        )
                    });
                }
                None => self.field(None),
            }
        }
    }
}

/// The `detail` templates an arm's example shows, per language: what its default value would
/// send, as far as the derive can know it. `None` for a language falls back to English, and
/// `None` for English shows no `detail` at all.
struct Details {
    english: Option<String>,
    korean: Option<String>,
}

/// The arm's `detail` templates: its own `#[problem(detail = "…", detail_ko = "…")]` first. A
/// variant whose text is a foreign error's (see [`foreign_text`]) sends no other unless it says
/// `expose` (a language without a template of its own then shows the other's, as the runtime
/// sends it), so its example shows none; otherwise the `#[error("…")]` format string is the
/// `Display` the runtime sends.
fn details(attrs: &[syn::Attribute], fields: &Fields, arm: &Arm<'_>) -> Details {
    let english = arm.detail.as_ref().map(table_template);
    let korean = arm.detail_ko.as_ref().map(table_template);
    if foreign_text(attrs, fields, arm) && !arm.expose {
        return Details {
            english: english.clone().or_else(|| korean.clone()),
            korean: korean.or(english),
        };
    }
    Details {
        english: english.or_else(|| attr::error_template(attrs).map(|template| template.value())),
        korean,
    }
}

/// A checked template in the table's `#[error]`-like syntax: each placeholder as `{name}` (the
/// runtime shows it as `‹name›`), literal braces doubled, particle pairs as written.
fn table_template(template: &Template) -> String {
    let mut text = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(literal) => text.push_str(&literal.replace('{', "{{").replace('}', "}}")),
            Piece::Field { name, particle, .. } => {
                text.push('{');
                text.push_str(name);
                text.push('}');
                text.extend(particle.map(|particle| particle.written()));
            }
        }
    }
    text
}

/// Whether the arm's `Display` text is a foreign error's: its status is chosen by a function
/// (`by = f`, which reads a foreign error), it says `#[error(transparent)]`, or its template is
/// one placeholder alone (`"{0}"`, `"{source:?}"`) over its only field. The runtime keeps that
/// text home; the derive cannot tell whether the field is itself an `HttpError`, so a lone
/// placeholder counts as foreign here.
fn foreign_text(attrs: &[syn::Attribute], fields: &Fields, arm: &Arm<'_>) -> bool {
    if arm.foreign
        || matches!(arm.mapping, Mapping::Chosen { .. })
        || attr::error_transparent(attrs).is_some()
    {
        return true;
    }
    fields.len() == 1
        && attr::error_template(attrs).is_some_and(|template| lone_placeholder(&template.value()))
}

/// Whether `template` is exactly one `{…}` placeholder, spaces aside.
fn lone_placeholder(template: &str) -> bool {
    let Some(inner) = template
        .trim()
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    else {
        return false;
    };
    !inner.starts_with('{') && !inner.contains(['{', '}'])
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

#[cfg(test)]
mod tests {
    #[test]
    fn a_lone_placeholder_is_one_brace_pair_and_nothing_else() {
        for lone in ["{0}", " {source:?} ", "{inner}"] {
            assert!(super::lone_placeholder(lone), "{lone}");
        }
        for not in ["{{0}}", "db: {0}", "{0} {1}", "{0}{1}", "", "{}x"] {
            assert!(!super::lone_placeholder(not), "{not}");
        }
    }
}
