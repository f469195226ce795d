//! The provided methods of `HttpError` a derived impl overrides: one `match self` per hook,
//! with an arm per variant that has something to say and a transparent arm handing the call to
//! its field.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::Member;

use super::detail::write_template;
use super::paths::{chosen_pattern, chosen_status, status_path};
use crate::valid::{Arm, HeaderSource, Mapping, Template, Title};

/// The methods a derived `HttpError` overrides beside `status` and `as_error`, for `arms`;
/// `korean` for a type with `#[http_error(title = "ko")]`.
pub(crate) fn overrides(
    krate: &TokenStream,
    arms: &[(TokenStream, &Arm<'_>)],
    korean: bool,
) -> Vec<TokenStream> {
    let mut methods: Vec<_> = hooks(krate)
        .iter()
        .map(|hook| (hook.kind, hook_method(krate, hook, arms)))
        .collect();
    // `problem_title_in`'s default answers `problem_title` in every language, which is wrong
    // once `problem_title` is a Korean type's Korean name: answer "the status's title" then.
    let titled = methods
        .iter()
        .any(|(kind, method)| *kind == HookKind::ProblemTitle && method.is_some());
    for (kind, method) in &mut methods {
        if *kind == HookKind::ProblemTitleIn && method.is_none() && titled {
            *method = Some(quote! {
                fn problem_title_in(&self, _: #krate::Language) -> ::core::option::Option<&'static str> {
                    ::core::option::Option::None
                }
            });
        }
    }
    let mut methods: Vec<TokenStream> = methods
        .into_iter()
        .filter_map(|(_, method)| method)
        .collect();
    if korean {
        methods.push(quote! {
            fn default_language(&self) -> #krate::Language {
                #krate::Language::Korean
            }
        });
    }
    methods.extend(log_hidden_method(krate, arms));
    methods
}

/// Which provided method of `HttpError` a [`Hook`] is.
#[derive(Clone, Copy, PartialEq)]
enum HookKind {
    ExposesDetail,
    FmtDetail,
    FmtDetailIn,
    ProblemType,
    ProblemTitle,
    ProblemTitleIn,
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
        // A transparent arm overrides it (the wrapped error vouched for its own text, not for
        // the wrapper's `Display`), and so does an arm with a template in the type's language.
        hook(
            HookKind::FmtDetail,
            quote!(fn fmt_detail(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result),
            "fmt_detail",
            quote!(, f),
            quote!(::core::fmt::Display::fmt(self, f)),
        ),
        hook(
            HookKind::FmtDetailIn,
            quote! {
                fn fmt_detail_in(
                    &self,
                    language: #krate::Language,
                    f: &mut ::core::fmt::Formatter<'_>,
                ) -> ::core::option::Option<::core::fmt::Result>
            },
            "fmt_detail_in",
            quote!(, language, f),
            quote!(::core::option::Option::None),
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
            HookKind::ProblemTitleIn,
            quote!(fn problem_title_in(&self, language: #krate::Language) -> #str_option),
            "problem_title_in",
            quote!(, language),
            quote!(::core::option::Option::None),
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
        // A foreign text stays home unless the arm says `expose` or writes its own; a template
        // is shown as `Display` is, a server error's hidden.
        HookKind::ExposesDetail if arm.expose => Some((Vec::new(), quote!(true))),
        HookKind::ExposesDetail
            if arm.foreign && arm.detail.is_none() && arm.detail_ko.is_none() =>
        {
            Some((Vec::new(), quote!(false)))
        }
        HookKind::ExposesDetail => None,
        // The template in the type's own language, else the `Display`; for a foreign text
        // kept home, the other language's template rather than the text.
        HookKind::FmtDetail => {
            let (own, other) = if arm.korean {
                (&arm.detail_ko, &arm.detail)
            } else {
                (&arm.detail, &arm.detail_ko)
            };
            let keeps_home = arm.foreign && !arm.expose;
            let template = own.as_ref().or(other.as_ref().filter(|_| keeps_home))?;
            let mut bindings = Vec::new();
            let body = write_template(krate, template, &mut bindings);
            Some((bindings, body))
        }
        // Each language's template, else the `Display`; no answer for an arm without one, whose
        // detail is `fmt_detail`'s in every language.
        HookKind::FmtDetailIn => {
            if arm.detail.is_none() && arm.detail_ko.is_none() {
                return None;
            }
            let mut bindings = Vec::new();
            let display = quote!(::core::fmt::Display::fmt(self, f));
            // A foreign text kept home never stands in for a missing template: the other
            // language's template does.
            let keeps_home = arm.foreign && !arm.expose;
            let mut text = |template: &Option<Template>, other: &Option<Template>| match template
                .as_ref()
                .or(other.as_ref().filter(|_| keeps_home))
            {
                Some(template) => write_template(krate, template, &mut bindings),
                None => display.clone(),
            };
            let korean = text(&arm.detail_ko, &arm.detail);
            let other = text(&arm.detail, &arm.detail_ko);
            let body = quote! {
                ::core::option::Option::Some(match language {
                    #krate::Language::Korean => #korean,
                    _ => #other,
                })
            };
            Some((bindings, body))
        }
        HookKind::ProblemType => arm.problem_type.as_ref().map(|uri| (Vec::new(), some(uri))),
        // The title in the type's own language: a Korean type's `title_ko` first.
        HookKind::ProblemTitle => match (&arm.title, &arm.title_ko) {
            (_, Some(korean)) if arm.korean => Some((Vec::new(), some(korean))),
            (Some(Title::Text(text)), _) => Some((Vec::new(), some(text))),
            // `None` when the spec has no Korean name: the canonical phrase stands in.
            (Some(Title::Korean), _) => {
                let status = match &arm.mapping {
                    Mapping::Fixed(known) => status_path(krate, known),
                    _ => quote!(#krate::HttpError::status(self)),
                };
                Some((Vec::new(), quote!(#krate::Status::name_ko(#status))))
            }
            (None, _) => None,
        },
        // The arm's own title per language; a Korean name comes from the runtime.
        HookKind::ProblemTitleIn => {
            let text = match &arm.title {
                Some(Title::Text(text)) => Some(text),
                _ => None,
            };
            let body = match (text, &arm.title_ko) {
                (None, None) => return None,
                (Some(text), None) => some(text),
                (text, Some(korean)) => {
                    let other = text.map_or_else(|| quote!(::core::option::Option::None), some);
                    let korean = some(korean);
                    quote! {
                        match language {
                            #krate::Language::Korean => #korean,
                            _ => #other,
                        }
                    }
                }
            };
            Some((Vec::new(), body))
        }
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
            // The title in the wrapper's language, not the field's: a transparent variant
            // speaks the language of every other variant.
            Mapping::Transparent { member, ty } if *kind == HookKind::ProblemTitle => {
                let language = if arm.korean {
                    quote!(#krate::Language::Korean)
                } else {
                    quote!(#krate::Language::English)
                };
                let title = quote!(<#ty as #krate::HttpError>::problem_title_in(inner, #language));
                let body = if arm.korean {
                    quote! {
                        #title.or(#krate::Status::name_ko(<#ty as #krate::HttpError>::status(inner)))
                    }
                } else {
                    title
                };
                match_arms.push(quote!(#path { #member: inner, .. } => #body,));
            }
            // The wrapped error's text in the wrapper's language, as its title is.
            Mapping::Transparent { member, ty } if *kind == HookKind::FmtDetail => {
                let language = if arm.korean {
                    quote!(#krate::Language::Korean)
                } else {
                    quote!(#krate::Language::English)
                };
                match_arms.push(quote! {
                    #path { #member: inner, .. } => {
                        match <#ty as #krate::HttpError>::fmt_detail_in(inner, #language, f) {
                            ::core::option::Option::Some(written) => written,
                            ::core::option::Option::None => <#ty as #krate::HttpError>::fmt_detail(inner, f),
                        }
                    }
                });
            }
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
