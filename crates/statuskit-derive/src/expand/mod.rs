//! The generated code: the same `match` a person would write, named by absolute paths.
//!
//! `mod.rs` assembles the impls and writes `status()`; `hooks.rs` the other methods of
//! `HttpError`, with `detail.rs` writing its detail templates; `openapi.rs` the `IntoResponses` impl; `status_enum.rs` `StatusEnum`'s.
//! They share `paths.rs` (how a status is named) and `impls.rs` (the impl shells, which
//! `fallback` uses too). `mod.rs` may use every child, the parsed input (`ast`, `attr`),
//! `ctxt`, `valid` and `fallback`; the children use only their shared siblings, `valid`,
//! `prop`, `attr` and `table`.

mod detail;
mod hooks;
mod impls;
mod openapi;
mod paths;
mod status_enum;

pub(crate) use self::impls::{Emit, framework_impls, http_error_impl};
pub(crate) use self::openapi::openapi_impl;
use self::openapi::{answers_impls, openapi_generics, openapi_table};
use self::paths::{chosen_pattern, chosen_status, generic_transparent_types, status_path};
use self::status_enum::impl_status_enum;
pub(crate) use self::status_enum::{StatusEnumBodies, status_enum_impls};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, Fields};

use crate::ast::Input;
use crate::attr;
use crate::ctxt::Ctxt;
use crate::fallback;
use crate::valid::{self, Arm, HttpErrorBody, Mapping};

/// `#[derive(HttpError)]`: the impl, or every error found and a stub impl.
pub(crate) fn derive_http_error(input: &DeriveInput) -> TokenStream {
    derive_http_error_with(input, Emit::from_features())
}

/// `derive_http_error`, with the optional impls `emit` asks for.
pub(crate) fn derive_http_error_with(input: &DeriveInput, emit: Emit) -> TokenStream {
    let cx = Ctxt::new();
    let ast = Input::from_syn(&cx, input, attr::HTTP_ERROR);
    let krate = krate(&ast);
    let body = valid::http_error(&cx, &ast);
    match (cx.check(), body) {
        (Ok(()), Some(body)) => impl_http_error(input, &krate, &body, ast.korean_titles(), emit),
        (Err(errors), _) => fallback::http_error(input, &krate, &errors, emit),
        (Ok(()), None) => fallback::http_error(input, &krate, &internal_error(), emit),
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
    korean: bool,
    emit: Emit,
) -> TokenStream {
    let generics = bounded_generics(input, krate, body);
    let (status, arms) = match body {
        HttpErrorBody::Struct(arm) => {
            let status = match &arm.mapping {
                Mapping::Fixed(known) => status_path(krate, known),
                Mapping::Transparent { member, ty } => {
                    quote!(<#ty as #krate::HttpError>::status(&self.#member))
                }
                Mapping::Chosen { field, .. } => {
                    let argument = match field {
                        Some(member) => quote!(&self.#member),
                        None => quote!(self),
                    };
                    chosen_status(krate, &arm.mapping, &argument, "chosen_status")
                }
            };
            (status, vec![(quote!(Self), arm)])
        }
        HttpErrorBody::Enum(arms) if arms.is_empty() => (quote!(match *self {}), Vec::new()),
        HttpErrorBody::Enum(arms) => {
            let status = status_match(krate, arms);
            let arms = arms
                .iter()
                .map(|(variant, arm)| {
                    let name = &variant.ident;
                    (quote!(Self::#name), arm)
                })
                .collect();
            (status, arms)
        }
    };
    let overrides = hooks::overrides(krate, &arms, korean);
    // `Some(self)` when `Self: Error` is provable, else `None`: the runtime's macro decides by
    // autoref dispatch, which the derive could not do from the type's tokens alone. Its
    // `dyn Error` vtable makes the type compile its `Debug` and `Error` methods, so it must cost
    // nothing until read: `#[inline]` keeps it out of a crate that never calls it, and the
    // response builders' trait object (`ErasedHttpError`) has it only with `tracing`, whose log
    // is its one reader in statuskit (BENCHMARKS.md, compile time).
    let as_error = quote! {
        #[inline]
        fn as_error(&self) -> ::core::option::Option<&dyn ::core::error::Error> {
            #krate::__private::as_error!(self)
        }
    };
    let methods = quote! {
        #(#overrides)*
        #as_error
    };
    let http_error = http_error_impl(&input.ident, &generics, krate, &status, &methods);
    let frameworks = if emit.responses {
        framework_impls(&input.ident, &generics, krate)
    } else {
        TokenStream::new()
    };
    let openapi = if emit.openapi {
        let mut openapi = openapi_impl(
            &input.ident,
            &openapi_generics(input, krate, body, &generics),
            krate,
            &openapi_table(krate, input, body, korean),
        );
        openapi.extend(answers_impls(input, krate, body, &generics));
        openapi
    } else {
        TokenStream::new()
    };
    quote! {
        #http_error
        #frameworks
        #openapi
    }
}

/// The `status` match of an enum.
fn status_match(krate: &TokenStream, arms: &[(&syn::Variant, Arm<'_>)]) -> TokenStream {
    let status_arms = arms.iter().map(|(variant, arm)| {
        let name = &variant.ident;
        match &arm.mapping {
            Mapping::Fixed(known) => {
                let pattern = match &variant.fields {
                    Fields::Unit => quote!(Self::#name),
                    Fields::Unnamed(_) => quote!(Self::#name(..)),
                    Fields::Named(_) => quote!(Self::#name { .. }),
                };
                let status = status_path(krate, known);
                quote!(#pattern => #status,)
            }
            Mapping::Transparent { member, ty } => {
                // Naming the field's type puts a missing-impl error on the whole type, not on
                // the first of its tokens as a span would on stable.
                quote!(Self::#name { #member: inner, .. } => <#ty as #krate::HttpError>::status(inner),)
            }
            Mapping::Chosen { field, .. } => {
                let (pattern, argument) = chosen_pattern(quote!(Self::#name), field.as_ref());
                let status = chosen_status(krate, &arm.mapping, &argument, "chosen_status");
                quote!(#pattern => #status,)
            }
        }
    });
    quote!(match self { #(#status_arms)* })
}

/// The user's generics plus `Field: HttpError` for transparent fields whose type is generic.
fn bounded_generics(
    input: &DeriveInput,
    krate: &TokenStream,
    body: &HttpErrorBody<'_>,
) -> syn::Generics {
    let mut generics = input.generics.clone();
    for ty in generic_transparent_types(input, body) {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#ty: #krate::HttpError));
    }
    generics
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(input: DeriveInput, derive: fn(&DeriveInput) -> TokenStream) -> String {
        derive(&input).to_string()
    }

    const ALL: Emit = Emit {
        responses: true,
        openapi: true,
    };

    /// The whole expansion, as with statuskit's `axum` (or `actix-web`) and `utoipa` on.
    fn with_openapi(input: &DeriveInput) -> TokenStream {
        derive_http_error_with(input, ALL)
    }

    /// Each optional impl appears exactly when its flag is on, for accepted and rejected input
    /// alike; the `HttpError` impl always does.
    #[test]
    fn each_optional_impl_only_when_asked_for() {
        let accepted: DeriveInput = syn::parse_quote! {
            #[status(404)]
            struct Missing<T>(T);
        };
        let rejected: DeriveInput = syn::parse_quote! {
            #[status(299)]
            struct Odd;
        };
        for input in [&accepted, &rejected] {
            for responses in [false, true] {
                for openapi in [false, true] {
                    let emit = Emit { responses, openapi };
                    let output = derive_http_error_with(input, emit).to_string();
                    assert!(output.contains(":: HttpError for"), "{output}");
                    assert_eq!(output.contains("impl_responses"), responses, "{output}");
                    assert_eq!(output.contains("impl_openapi"), openapi, "{output}");
                    // A rejected type's stub impl has `status` alone.
                    let accepted_input = std::ptr::eq(input, &accepted);
                    assert_eq!(output.contains("fn as_error"), accepted_input, "{output}");
                }
            }
        }
        // `Self: Debug` is actix-web's, so the framework impls ask for it and `IntoResponses`
        // does not.
        let output = derive_http_error_with(
            &accepted,
            Emit {
                responses: false,
                openapi: true,
            },
        )
        .to_string();
        assert!(!output.contains("Debug"), "{output}");
        let output = derive_http_error_with(
            &accepted,
            Emit {
                responses: true,
                openapi: false,
            },
        )
        .to_string();
        assert!(
            output.contains("where Missing < T > : :: core :: fmt :: Debug"),
            "{output}"
        );
    }

    #[test]
    fn status_is_the_match_a_person_would_write() {
        let output = expand(
            syn::parse_quote! {
                #[status(500)]
                enum ApiError {
                    #[status(404)]
                    Missing(u64),
                    #[status(Conflict)]
                    Duplicate { email: String },
                    Db,
                }
            },
            with_openapi,
        );
        let expected = quote! {
            fn status(&self) -> ::statuskit::Status {
                match self {
                    Self::Missing(..) => ::statuskit::Status::NotFound,
                    Self::Duplicate { .. } => ::statuskit::Status::Conflict,
                    Self::Db => ::statuskit::Status::InternalServerError,
                }
            }
        };
        assert!(output.contains(&expected.to_string()), "{output}");
        assert!(!output.contains("compile_error"), "{output}");
    }

    /// A template is one `write_fmt` over the fields it names, a particle pair the runtime's
    /// `Particled`; a foreign arm without one hides its text.
    #[test]
    fn templates_and_foreign_text_are_the_code_a_person_would_write() {
        let output = expand(
            syn::parse_quote! {
                enum ApiError {
                    #[error("order {0} not found")]
                    #[status(404)]
                    #[problem(detail = "order {0:>4} not found", detail_ko = "주문 {0}을(를) 찾을 수 없습니다")]
                    Missing(u64),
                    #[error(transparent)]
                    #[status(409)]
                    Db(DbError),
                }
            },
            with_openapi,
        );
        let english = quote! {
            Self::Missing { 0: __detail_0, .. } => f.write_fmt(::core::format_args!("order {0:>4} not found", __detail_0)),
        };
        assert!(output.contains(&english.to_string()), "{output}");
        let korean = quote! {
            ::statuskit::Language::Korean => f.write_fmt(::core::format_args!(
                "주문 {0} 찾을 수 없습니다",
                ::statuskit::__private::Particled(
                    &::core::format_args!("{}", __detail_0),
                    ::statuskit::__private::Particle::EulReul,
                )
            )),
        };
        assert!(output.contains(&korean.to_string()), "{output}");
        let hidden = quote! {
            fn exposes_detail(&self) -> bool {
                match self {
                    Self::Db { .. } => false,
                    _ => !::statuskit::Status::is_server_error(::statuskit::HttpError::status(self)),
                }
            }
        };
        assert!(output.contains(&hidden.to_string()), "{output}");
    }

    #[test]
    fn a_crate_path_replaces_every_statuskit_path() {
        let http_error = expand(
            syn::parse_quote! {
                #[http_error(crate = my::sk)]
                enum ApiError {
                    #[status(404)]
                    Missing,
                    #[status(transparent)]
                    Inner(Inner),
                }
            },
            with_openapi,
        );
        let status_enum = expand(
            syn::parse_quote! {
                #[status_enum(crate = my::sk)]
                enum Subset { Ok, NotFound }
            },
            derive_status_enum,
        );
        for output in [http_error, status_enum] {
            assert!(output.contains("my :: sk :: Status"), "{output}");
            assert!(!output.contains("statuskit"), "{output}");
        }
    }

    #[test]
    fn the_openapi_table_comes_from_the_same_attributes() {
        let output = expand(
            syn::parse_quote! {
                #[status(500)]
                enum ApiError {
                    /// Too many calls;
                    ///  retry later.
                    #[error("slow down for {retry_after} s", retry_after = 1)]
                    #[status(429)]
                    #[problem(type = "https://example.com/probs/slow-down")]
                    RateLimited {
                        #[header("Retry-After")]
                        retry_after: &'static u64,
                        #[problem(extension)]
                        limit: Vec<u8>,
                    },
                    #[error(transparent)]
                    #[status(transparent)]
                    Db(DbError),
                    #[header("WWW-Authenticate", "Bearer")]
                    #[status(401)]
                    r#Unauthorized,
                }
            },
            with_openapi,
        );
        let openapi = ":: statuskit :: __private :: openapi ::";
        // The table in the runtime's format: each field `<length>:<text>` or `~` for none.
        let expected = format!(
            ":: statuskit :: __private :: impl_openapi ! ({{ }} {{ ApiError }} {{ }} {{ \
             korean : false , table : \"11:RateLimited3:42929:Too many calls;\\n retry later.29:slow down for {{retry_after}} s~1:0~~35:https://example.com/probs/slow-down1:111:Retry-After1:i~1:15:limit1:a~1:11:012:Unauthorized3:401~~~1:0~~~1:116:WWW-Authenticate1:s6:Bearer1:0\" , \
             schemas : [({openapi} SchemaOf :: < Vec < u8 > > (:: core :: marker :: PhantomData) . __statuskit_schema () , \
             {openapi} DefaultOf :: < Vec < u8 > > (:: core :: marker :: PhantomData) . __statuskit_default () ,)] , \
             transparent : [DbError] , }}) ;"
        );
        assert!(output.contains(&expected), "{output}");
        // A transparent variant may answer any status: every one is accepted for an endpoint.
        assert!(
            output.contains(&format!(
                ":: statuskit :: __private :: with_openapi ! {{ impl < const __STATUSKIT_CODE : u16 > {openapi} AnswersStatus < __STATUSKIT_CODE > for ApiError {{ }} }}"
            )),
            "{output}"
        );
    }

    /// A variant whose text is a foreign error's documents no `detail` template unless it says
    /// `expose`; the doc comment describes the example and never stands in for the detail.
    #[test]
    fn foreign_text_has_no_detail_template() {
        let output = expand(
            syn::parse_quote! {
                enum ApiError {
                    /// The database refused.
                    #[error("db: {0}")]
                    #[status(404 | 409, by = db_status)]
                    Db(DbError),
                    #[error(transparent)]
                    #[status(409)]
                    Io(std::io::Error),
                    #[error("{0}")]
                    #[status(422)]
                    Lone(String),
                    #[error("{0}")]
                    #[status(503, expose)]
                    Shown(String),
                    #[error("name {0} is taken")]
                    #[status(409)]
                    Taken(String),
                }
            },
            with_openapi,
        );
        // Per variant: name, code, description, detail, Korean detail, expose, …
        for entry in [
            "2:Db3:40421:The database refused.~~1:0",
            "2:Db3:40921:The database refused.~~1:0",
            "2:Io3:409~~~1:0",
            "4:Lone3:422~~~1:0",
            "5:Shown3:503~3:{0}~1:1",
            "5:Taken3:409~17:name {0} is taken~1:0",
        ] {
            assert!(output.contains(entry), "{entry}: {output}");
        }
    }

    #[test]
    fn errors_come_with_a_stub_impl() {
        let output = expand(
            syn::parse_quote! {
                enum ApiError {
                    #[status(Conflit)]
                    Duplicate,
                    #[status(299)]
                    Odd,
                }
            },
            with_openapi,
        );
        assert_eq!(output.matches("compile_error").count(), 2, "{output}");
        assert!(
            output.contains("impl :: statuskit :: HttpError for ApiError"),
            "{output}"
        );
        assert!(
            output.contains(":: statuskit :: Status :: InternalServerError"),
            "{output}"
        );
        assert!(
            output.contains("korean : false , table : \"\" , schemas : [] , transparent : []"),
            "{output}"
        );
    }
}
