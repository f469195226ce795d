//! The generated code: the same `match` a person would write, named by absolute paths.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Member, Type};

use crate::ast::Input;
use crate::attr;
use crate::ctxt::Ctxt;
use crate::fallback;
use crate::prop::{self, ValueType};
use crate::table::KnownStatus;
use crate::valid::{self, Arm, HeaderSource, HttpErrorBody, Mapping, Title};

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
    fn from_features() -> Self {
        Emit {
            responses: cfg!(feature = "responses"),
            openapi: cfg!(feature = "utoipa"),
        }
    }
}

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
    let hooks: Vec<_> = hooks(krate)
        .iter()
        .filter_map(|hook| hook_method(krate, hook, &arms))
        .collect();
    // `Some(self)` when `Self: Error` is provable, else `None`: the runtime's macro decides by
    // autoref dispatch, which the derive could not do from the type's tokens alone.
    let as_error = quote! {
        fn as_error(&self) -> ::core::option::Option<&dyn ::core::error::Error> {
            #krate::__private::as_error!(self)
        }
    };
    let log_hidden = log_hidden_method(krate, &arms);
    let methods = quote! {
        #(#hooks)*
        #log_hidden
        #as_error
    };
    let http_error = http_error_impl(&input.ident, &generics, krate, &status, &methods);
    let frameworks = if emit.responses {
        framework_impls(&input.ident, &generics, krate)
    } else {
        TokenStream::new()
    };
    let openapi = if emit.openapi {
        openapi_impl(
            &input.ident,
            &generics,
            krate,
            &openapi_table(krate, input, body, korean),
        )
    } else {
        TokenStream::new()
    };
    quote! {
        #http_error
        #frameworks
        #openapi
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

/// `utoipa::IntoResponses` through the runtime's macro, which expands to nothing without the
/// `utoipa` feature; `table` is its `korean`, `variants` and `transparent` (see the runtime's
/// `openapi` module).
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

/// The `impl_openapi!` table of a checked input: a `VariantDoc` per fixed-status arm and the
/// field type of each transparent one, in declaration order.
fn openapi_table(
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
    let mut variants = Vec::new();
    let mut transparent = Vec::new();
    for (ident, attrs, fields, arm) in entries {
        match &arm.mapping {
            Mapping::Transparent { ty, .. } => transparent.push(*ty),
            // A chosen arm is documented once per status it may answer.
            Mapping::Fixed(_) | Mapping::Chosen { .. } => {
                for known in arm.mapping.statuses() {
                    variants.push(variant_doc(krate, ident, attrs, fields, arm, known));
                }
            }
        }
    }
    quote! {
        korean: #korean,
        variants: [#(#variants),*],
        transparent: [#(#transparent),*],
    }
}

/// One `VariantDoc`: what the runtime's `responses` needs to describe a fixed-status arm.
fn variant_doc(
    krate: &TokenStream,
    ident: &syn::Ident,
    attrs: &[syn::Attribute],
    fields: &Fields,
    arm: &Arm<'_>,
    known: &KnownStatus,
) -> TokenStream {
    let some = |value: TokenStream| quote!(::core::option::Option::Some(#value));
    let none = || quote!(::core::option::Option::None);
    let openapi = quote!(#krate::__private::openapi);
    let value_type = |value_type: ValueType| {
        let variant = format_ident!("{}", value_type.name());
        quote!(#openapi::ValueType::#variant)
    };

    let name = ident.unraw().to_string();
    let status = status_path(krate, known);
    let description = attr::doc_comment(attrs).map_or_else(none, |text| some(quote!(#text)));
    let detail = attr::error_template(attrs).map_or_else(none, |template| {
        let template = template.value();
        some(quote!(#template))
    });
    let expose = arm.expose;
    let title = match &arm.title {
        Some(Title::Text(text)) => some(quote!(#text)),
        // `korean` tells the runtime to title the rest in Korean.
        Some(Title::Korean) | None => none(),
    };
    let problem_type = arm
        .problem_type
        .as_ref()
        .map_or_else(none, |uri| some(quote!(#uri)));
    let headers = arm.headers.iter().map(|header| {
        let name = &header.name;
        let (value_type, value) = match &header.value {
            HeaderSource::Static(value) => (value_type(ValueType::String), some(quote!(#value))),
            HeaderSource::Field { member, .. } => {
                let field = field_type(fields, member);
                let field = field.map_or(ValueType::String, prop::header_value_type);
                (value_type(field), none())
            }
        };
        quote! {
            #openapi::HeaderDoc { name: #name, value_type: #value_type, value: #value }
        }
    });
    let constants = arm.constants.iter().map(|constant| {
        let (name, json) = (&constant.name, &constant.json);
        let value_type = value_type(prop::json_value_type(json));
        let value = some(quote!(#json));
        quote!(#openapi::ExtensionDoc { name: #name, value_type: #value_type, value: #value })
    });
    let fields = arm.extensions.iter().map(|(member, name, _)| {
        let field = field_type(fields, member);
        let value_type =
            value_type(field.map_or(ValueType::Any, |ty| prop::value_type(ty, ValueType::Any)));
        let value = none();
        quote!(#openapi::ExtensionDoc { name: #name, value_type: #value_type, value: #value })
    });
    let extensions = constants.chain(fields);
    quote! {
        #openapi::VariantDoc {
            name: #name,
            status: #status,
            description: #description,
            detail: #detail,
            expose: #expose,
            title: #title,
            problem_type: #problem_type,
            headers: &[#(#headers),*],
            extensions: &[#(#extensions),*],
        }
    }
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

/// Which provided method of `HttpError` a [`Hook`] is.
#[derive(Clone, Copy, PartialEq)]
enum HookKind {
    ExposesDetail,
    FmtDetail,
    ProblemType,
    ProblemTitle,
    ProblemExtensions,
    Headers,
}

/// A provided method of `HttpError` that attributes may override and a transparent arm hands
/// to its field.
struct Hook {
    kind: HookKind,
    signature: TokenStream,
    method: syn::Ident,
    /// The arguments after `&self`, each with a leading comma.
    args: TokenStream,
    /// What arms without attributes for it answer: the trait's default, written out because a
    /// default method cannot be called from an override.
    rest: TokenStream,
}

fn hooks(krate: &TokenStream) -> Vec<Hook> {
    let hook = |kind, signature, method: &str, args, rest| Hook {
        kind,
        signature,
        method: format_ident!("{method}"),
        args,
        rest,
    };
    let none = quote!(::core::option::Option::None);
    let str_option = quote!(::core::option::Option<&'static str>);
    vec![
        hook(
            HookKind::ExposesDetail,
            quote!(fn exposes_detail(&self) -> bool),
            "exposes_detail",
            TokenStream::new(),
            quote!(!#krate::Status::is_server_error(#krate::HttpError::status(self))),
        ),
        // Only a transparent arm overrides it: the wrapped error vouched for its own text, not
        // for the wrapper's `Display`.
        hook(
            HookKind::FmtDetail,
            quote!(fn fmt_detail(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result),
            "fmt_detail",
            quote!(, f),
            quote!(::core::fmt::Display::fmt(self, f)),
        ),
        hook(
            HookKind::ProblemType,
            quote!(fn problem_type(&self) -> #str_option),
            "problem_type",
            TokenStream::new(),
            none.clone(),
        ),
        hook(
            HookKind::ProblemTitle,
            quote!(fn problem_title(&self) -> #str_option),
            "problem_title",
            TokenStream::new(),
            none,
        ),
        hook(
            HookKind::ProblemExtensions,
            quote!(fn problem_extensions(&self, members: &mut #krate::Extensions<'_>)),
            "problem_extensions",
            quote!(, members),
            quote!({}),
        ),
        hook(
            HookKind::Headers,
            quote!(fn headers(&self, sink: &mut dyn #krate::HeaderSink)),
            "headers",
            quote!(, sink),
            quote!({}),
        ),
    ]
}

/// What the attributes of an arm with its own statuses (fixed or chosen) make of `kind`: the
/// fields to bind and the body, or `None` when the arm has none for it and answers the default.
fn own_body(
    krate: &TokenStream,
    kind: HookKind,
    arm: &Arm<'_>,
) -> Option<(Vec<(Member, syn::Ident)>, TokenStream)> {
    let some = |value| quote!(::core::option::Option::Some(#value));
    match kind {
        HookKind::ExposesDetail => arm.expose.then(|| (Vec::new(), quote!(true))),
        HookKind::FmtDetail => None,
        HookKind::ProblemType => arm.problem_type.as_ref().map(|uri| (Vec::new(), some(uri))),
        HookKind::ProblemTitle => arm.title.as_ref().map(|title| {
            let body = match title {
                Title::Text(text) => some(text),
                // `None` when the spec has no Korean name: the canonical phrase stands in.
                Title::Korean => {
                    let status = match &arm.mapping {
                        Mapping::Fixed(known) => status_path(krate, known),
                        _ => quote!(#krate::HttpError::status(self)),
                    };
                    quote!(#krate::Status::name_ko(#status))
                }
            };
            (Vec::new(), body)
        }),
        HookKind::ProblemExtensions => {
            if arm.extensions.is_empty() && arm.constants.is_empty() {
                return None;
            }
            let mut bindings = Vec::new();
            let constants = arm.constants.iter().map(|constant| {
                let (name, value) = (&constant.name, &constant.value);
                quote!(#krate::Extensions::insert(members, #name, &#value);)
            });
            let fields = arm
                .extensions
                .iter()
                .enumerate()
                .map(|(index, (member, name, span))| {
                    // Spanned on the field's type, where a missing `Serialize` is to be fixed.
                    let binding = format_ident!("__field_{index}", span = *span);
                    bindings.push((member.clone(), binding.clone()));
                    quote_spanned!(*span=> #krate::Extensions::insert(members, #name, #binding);)
                });
            let body = quote!({ #(#constants)* #(#fields)* });
            Some((bindings, body))
        }
        HookKind::Headers => {
            if arm.headers.is_empty() {
                return None;
            }
            let mut bindings = Vec::new();
            let sends = arm.headers.iter().enumerate().map(|(index, header)| {
                let name = &header.name;
                match &header.value {
                    HeaderSource::Static(value) => {
                        quote!(sink.header(#name, #krate::HeaderValue::Static(#value));)
                    }
                    HeaderSource::Field {
                        member,
                        span,
                        shape,
                    } => {
                        // Spanned on the field's type, where a missing `Display` is to be fixed.
                        let binding = format_ident!("__field_{index}", span = *span);
                        bindings.push((member.clone(), binding.clone()));
                        let value = if shape.seconds {
                            quote_spanned!(*span=> #krate::HeaderValue::seconds(#binding))
                        } else {
                            quote_spanned!(*span=> #krate::__private::header_display(#binding))
                        };
                        if shape.optional {
                            quote! {
                                if let ::core::option::Option::Some(#binding) = #binding {
                                    sink.header(#name, #value);
                                }
                            }
                        } else {
                            quote!(sink.header(#name, #value);)
                        }
                    }
                }
            });
            let body = quote!({ #(#sends)* });
            Some((bindings, body))
        }
    }
}

/// The override of `hook`: a `match self` with an arm per struct or variant that has something
/// to say, or nothing when none has and the trait's default is right.
fn hook_method(
    krate: &TokenStream,
    hook: &Hook,
    arms: &[(TokenStream, &Arm<'_>)],
) -> Option<TokenStream> {
    let Hook {
        kind,
        signature,
        method,
        args,
        rest,
    } = hook;
    let mut match_arms = Vec::new();
    let mut any_default = false;
    for (path, arm) in arms {
        match &arm.mapping {
            Mapping::Transparent { member, ty } => {
                // Naming the field's type puts a missing-impl error on the whole type, not on
                // the first of its tokens as a span would on stable.
                match_arms.push(quote! {
                    #path { #member: inner, .. } => <#ty as #krate::HttpError>::#method(inner #args),
                });
            }
            Mapping::Fixed(_) | Mapping::Chosen { .. } => match own_body(krate, *kind, arm) {
                Some((bindings, body)) => {
                    let bindings = bindings
                        .iter()
                        .map(|(member, binding)| quote!(#member: #binding,));
                    match_arms.push(quote!(#path { #(#bindings)* .. } => #body,));
                }
                None => any_default = true,
            },
        }
    }
    if match_arms.is_empty() {
        return None;
    }
    // A `_` arm after arms that cover every variant would be an unreachable pattern, a warning
    // in users' `deny(warnings)` crates.
    let rest = any_default.then(|| quote!(_ => #rest,));
    Some(quote! {
        #signature {
            match self { #(#match_arms)* #rest }
        }
    })
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

/// For a type with arms whose status a function chooses, `log_hidden` also logs (with
/// `tracing`) a status the function answered outside its list; then it does what the trait's
/// default does. It runs once per response, where `status()` runs several times.
fn log_hidden_method(krate: &TokenStream, arms: &[(TokenStream, &Arm<'_>)]) -> Option<TokenStream> {
    let mut checks = Vec::new();
    let mut others = false;
    for (path, arm) in arms {
        match &arm.mapping {
            Mapping::Chosen { field, .. } => {
                let (pattern, argument) = chosen_pattern(path.clone(), field.as_ref());
                let check = chosen_status(krate, &arm.mapping, &argument, "check_chosen");
                checks.push(quote!(#pattern => #check,));
            }
            _ => others = true,
        }
    }
    if checks.is_empty() {
        return None;
    }
    let rest = others.then(|| quote!(_ => {}));
    Some(quote! {
        fn log_hidden(&self) {
            match self { #(#checks)* #rest }
            #krate::__private::log_hidden(self);
        }
    })
}

/// The pattern of an arm `path` whose status `by` chooses, and what `by` is given: the bound
/// field, or the whole value for an enum's default.
fn chosen_pattern(path: TokenStream, field: Option<&Member>) -> (TokenStream, TokenStream) {
    match field {
        Some(member) => (quote!(#path { #member: inner, .. }), quote!(inner)),
        None => (quote!(#path { .. }), quote!(self)),
    }
}

/// The runtime's `__private::#function(by(argument), &[listed…], fallback)` for a `Chosen`
/// mapping: `chosen_status` answers the status, `check_chosen` logs a status outside the list.
/// The fallback is the first 5xx listed, else 500.
fn chosen_status(
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
        HttpErrorBody::Struct(arm) => vec![&arm.mapping],
        HttpErrorBody::Enum(arms) => arms.iter().map(|(_, arm)| &arm.mapping).collect(),
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
        let expected = format!(
            ":: statuskit :: __private :: impl_openapi ! ({{ }} {{ ApiError }} {{ }} {{ \
             korean : false , variants : [{openapi} VariantDoc {{ \
             name : \"RateLimited\" , status : :: statuskit :: Status :: TooManyRequests , \
             description : :: core :: option :: Option :: Some (\"Too many calls;\\n retry later.\") , \
             detail : :: core :: option :: Option :: Some (\"slow down for {{retry_after}} s\") , \
             expose : false , title : :: core :: option :: Option :: None , \
             problem_type : :: core :: option :: Option :: Some (\"https://example.com/probs/slow-down\") , \
             headers : & [{openapi} HeaderDoc {{ name : \"Retry-After\" , \
             value_type : {openapi} ValueType :: Integer , value : :: core :: option :: Option :: None }}] , \
             extensions : & [{openapi} ExtensionDoc {{ name : \"limit\" , value_type : {openapi} ValueType :: Any , value : :: core :: option :: Option :: None }}] , }} , \
             {openapi} VariantDoc {{ name : \"Unauthorized\" , status : :: statuskit :: Status :: Unauthorized , \
             description : :: core :: option :: Option :: None , detail : :: core :: option :: Option :: None , \
             expose : false , title : :: core :: option :: Option :: None , \
             problem_type : :: core :: option :: Option :: None , \
             headers : & [{openapi} HeaderDoc {{ name : \"WWW-Authenticate\" , \
             value_type : {openapi} ValueType :: String , \
             value : :: core :: option :: Option :: Some (\"Bearer\") }}] , extensions : & [] , }}] , \
             transparent : [DbError] , }}) ;"
        );
        assert!(output.contains(&expected), "{output}");
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
            output.contains("korean : false , variants : [] , transparent : []"),
            "{output}"
        );
    }
}
