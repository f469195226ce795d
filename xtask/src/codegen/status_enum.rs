//! `crates/statuskit/src/generated/status.rs`: the `Status` enum with its bilingual rustdoc,
//! `ALL`, the code lookup and the per-status facts.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use statuskit_spec::{Class, Registration, Spec, StatusRecord};

use super::links::Linker;
use super::markdown::for_rustdoc_linked;
use super::rust::{comment_safe, format_rust};

/// The generated Rust source.
pub(crate) fn generate(spec: &Spec, registry_date: Option<&str>) -> Result<String, String> {
    let statuses = &spec.statuses;
    let linker = Linker::new(spec);
    let variants = statuses.iter().map(|status| {
        let docs = doc_attrs(&variant_doc(spec, &linker, status));
        let aliases = search_aliases(status);
        let ident = ident(&status.variant);
        let code = Literal::u16_unsuffixed(status.code);
        quote! { #docs #[doc(alias(#(#aliases),*))] #ident = #code, }
    });
    // `status/info.rs` indexes the table with a `u8`.
    if statuses.len() > usize::from(u8::MAX) {
        let count = statuses.len();
        return Err(format!(
            "{count} statuses: the runtime's lookup table holds at most 255"
        ));
    }
    let count = Literal::usize_unsuffixed(statuses.len());
    let infos = statuses.iter().map(info);
    let class_titles = Class::ALL.iter().map(|&class| {
        let section = spec.classes.iter().find(|c| c.class == class);
        section
            .and_then(|c| c.title_ko.clone())
            .unwrap_or_else(|| default_title_ko(class).to_owned())
    });
    let enum_doc = doc_attrs(&format!(
        "{ENUM_DOC}\n\n{}",
        super::freshness::as_of(registry_date)
    ));
    let tokens = quote! {
        //! The `Status` enum and the facts of every status, generated from the spec. It names
        //! nothing of the crate's: the hand-written `status` part is built on top of it.

        #enum_doc
        #[non_exhaustive]
        #[repr(u16)]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum Status {
            #(#variants)*
        }

        /// What the spec knows of one status.
        pub(crate) struct StatusInfo {
            /// The status these facts are of.
            pub(crate) status: Status,
            /// Canonical reason phrase from the registry.
            pub(crate) phrase: &'static str,
            /// Older or informal names the document uses; `FromStr` accepts them.
            pub(crate) aliases: &'static [&'static str],
            /// Korean name from the document's gloss, if it gives one.
            pub(crate) name_ko: Option<&'static str>,
            /// First sentence of the document's Korean explanation.
            pub(crate) summary_ko: &'static str,
            /// One English sentence from the registry file.
            pub(crate) summary_en: &'static str,
            /// Defining document, as the registry writes it.
            pub(crate) reference: &'static str,
            /// Where to read the defining document, when it is an RFC or an Internet-Draft.
            pub(crate) reference_url: Option<&'static str>,
            /// Permanently registered with IANA.
            pub(crate) standard: bool,
        }

        /// What the spec says of every status, ascending by code.
        pub(crate) const INFO: &[StatusInfo; #count] = &[#(#infos)*];

        /// The Korean title of each class section in the document, from 1xx to 5xx.
        pub(crate) const CLASS_TITLES_KO: [&str; 5] = [#(#class_titles),*];
    };
    format_rust(tokens)
}

const ENUM_DOC: &str =
    "An HTTP status code: every status in the IANA registry, and the unofficial ones the
document explains.

Each variant's documentation is the team's reference for it: the canonical phrase, an English
summary, the Korean name and the document's full Korean explanation, the class, and the
defining RFC. The discriminant is the code, so `Status::Conflict as u16 == 409`.

상태 코드 하나하나의 설명은 팀 문서(`spec/status-codes.md`)에서 그대로 옮겨 왔다.";

fn info(status: &StatusRecord) -> TokenStream {
    let ident = ident(&status.variant);
    let phrase = &status.phrase;
    let aliases = &status.aliases;
    let name_ko = match &status.name_ko {
        Some(name) => quote! { Some(#name) },
        None => quote! { None },
    };
    let summary_ko = status.summary_ko.as_deref().unwrap_or_default();
    let summary_en = &status.summary_en;
    let reference = &status.reference.text;
    let reference_url = match &status.reference.url {
        Some(url) => quote! { Some(#url) },
        None => quote! { None },
    };
    let standard = status.standard;
    quote! {
        StatusInfo {
            status: Status::#ident,
            phrase: #phrase,
            aliases: &[#(#aliases),*],
            name_ko: #name_ko,
            summary_ko: #summary_ko,
            summary_en: #summary_en,
            reference: #reference,
            reference_url: #reference_url,
            standard: #standard,
        },
    }
}

/// What rustdoc's search should find a variant by, besides its name: the code, the canonical
/// phrase, the Korean name and the document's older names. rustdoc rejects aliases with quotes
/// and ones equal to the item's name.
fn search_aliases(status: &StatusRecord) -> Vec<String> {
    let mut aliases = vec![status.code.to_string(), status.phrase.clone()];
    aliases.extend(status.name_ko.iter().cloned());
    aliases.extend(status.aliases.iter().cloned());
    let mut seen = std::collections::BTreeSet::new();
    aliases.retain(|alias| {
        let alias = alias.trim();
        !alias.is_empty()
            && !alias.contains(['"', '\'', '\\'])
            && alias != status.variant
            && seen.insert(alias.to_owned())
    });
    aliases
}

/// The rustdoc of one variant, in Markdown.
fn variant_doc(spec: &Spec, linker: &Linker, status: &StatusRecord) -> String {
    let mut doc = format!("**{} {}**", status.code, status.phrase);
    if let Some(name) = &status.name_ko {
        doc += &format!(" · {name}");
    }
    doc += "\n\n";
    doc += &for_rustdoc_linked(&status.summary_en, linker, Some(status.code));
    doc += "\n\n";
    match &status.description_ko {
        Some(description) => doc += &for_rustdoc_linked(description, linker, Some(status.code)),
        None => doc += "문서에 아직 설명이 없다.",
    }
    // The document's English paragraphs for the status, when it has some.
    if let Some(description) = &status.description_en {
        doc += "\n\n";
        doc += &for_rustdoc_linked(description, linker, Some(status.code));
    }
    let class = status.class;
    let class_title = spec
        .classes
        .iter()
        .find(|c| c.class == class)
        .and_then(|c| c.title_ko.as_deref())
        .unwrap_or(default_title_ko(class));
    // `*`, not the document's `-`: a description that ends in a list must not run into this one.
    doc += "\n\n";
    doc += &format!(
        "* 분류 · Class: [`StatusClass::{}`](crate::StatusClass::{}) ({}xx {}, {})\n",
        class_variant(class),
        class_variant(class),
        class.digit(),
        class.rfc_name(),
        class_title
    );
    doc += &format!("* 등록 · Registration: {}\n", registration(status));
    doc += &match &status.reference.url {
        Some(url) => format!("* 정의 · Reference: [{}]({url})\n", status.reference.text),
        None => format!("* 정의 · Reference: {}\n", status.reference.text),
    };
    if !status.aliases.is_empty() {
        let aliases: Vec<String> = status.aliases.iter().map(|a| format!("`{a}`")).collect();
        doc += &format!("* 다른 이름 · Also known as: {}\n", aliases.join(", "));
    }
    doc
}

fn registration(status: &StatusRecord) -> String {
    match status.registration {
        Registration::Permanent => "IANA, permanent (정식 등록)".to_owned(),
        Registration::Temporary => match &status.expires {
            Some(date) => format!("IANA, temporary until {date} (임시 등록, {date}까지)"),
            None => "IANA, temporary (임시 등록)".to_owned(),
        },
        Registration::Obsolete => "IANA, obsolete (폐기됨)".to_owned(),
        Registration::Reserved => "IANA, reserved: no new use (예약됨, 사용하지 않음)".to_owned(),
        Registration::Unofficial => "not registered, unofficial (비공식)".to_owned(),
    }
}

/// `#[doc = " line"]` per line, which prettyplease prints as `/// line`; what rustc refuses in
/// a comment is written as a character reference (`comment_safe`).
pub(crate) fn doc_attrs(doc: &str) -> TokenStream {
    let lines = doc.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {}", comment_safe(line))
        }
    });
    quote! { #(#[doc = #lines])* }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn class_variant(class: Class) -> &'static str {
    match class {
        Class::Informational => "Informational",
        Class::Success => "Success",
        Class::Redirection => "Redirection",
        Class::ClientError => "ClientError",
        Class::ServerError => "ServerError",
    }
}

/// Korean class names for a document without class sections.
fn default_title_ko(class: Class) -> &'static str {
    match class {
        Class::Informational => "정보",
        Class::Success => "성공",
        Class::Redirection => "리다이렉션",
        Class::ClientError => "클라이언트 오류",
        Class::ServerError => "서버 오류",
    }
}

#[cfg(test)]
mod tests {
    use syn::{Expr, ExprLit, Item, Lit, Meta};

    use crate::codegen::project_spec;
    use crate::files::project_root;

    /// The `#[doc(alias(…))]` strings of every variant in the committed generated source.
    fn aliases_in_generated_source() -> Vec<(String, u16, Vec<String>)> {
        let path = project_root().join("crates/statuskit/src/generated/status.rs");
        let file = syn::parse_file(&std::fs::read_to_string(path).unwrap()).unwrap();
        let status = file
            .items
            .iter()
            .find_map(|item| match item {
                Item::Enum(e) if e.ident == "Status" => Some(e),
                _ => None,
            })
            .expect("the generated source defines `Status`");
        status
            .variants
            .iter()
            .map(|variant| {
                let Some((
                    _,
                    Expr::Lit(ExprLit {
                        lit: Lit::Int(code),
                        ..
                    }),
                )) = &variant.discriminant
                else {
                    panic!("{} has no code", variant.ident)
                };
                let mut aliases = Vec::new();
                for attr in variant.attrs.iter().filter(|a| a.path().is_ident("doc")) {
                    // `#[doc(alias("404", "찾을 수 없음"))]`: the list reads as a call.
                    let Meta::List(list) = &attr.meta else {
                        continue;
                    };
                    let Ok(call) = syn::parse2::<syn::ExprCall>(list.tokens.clone()) else {
                        continue;
                    };
                    assert!(matches!(&*call.func, Expr::Path(p) if p.path.is_ident("alias")));
                    aliases.extend(call.args.into_iter().filter_map(|arg| match arg {
                        Expr::Lit(ExprLit {
                            lit: Lit::Str(s), ..
                        }) => Some(s.value()),
                        _ => None,
                    }));
                }
                (
                    variant.ident.to_string(),
                    code.base10_parse().unwrap(),
                    aliases,
                )
            })
            .collect()
    }

    #[test]
    fn every_variant_is_found_by_its_code_and_korean_and_older_names() {
        let spec = project_spec();
        let generated = aliases_in_generated_source();
        assert_eq!(generated.len(), spec.statuses.len());
        for (status, (variant, code, aliases)) in spec.statuses.iter().zip(&generated) {
            assert_eq!((variant, *code), (&status.variant, status.code));
            let has = |name: &str| aliases.iter().any(|a| a == name);
            assert!(
                has(&code.to_string()),
                "{variant}: no alias {code}: {aliases:?}"
            );
            if let Some(name) = &status.name_ko {
                assert!(has(name), "{variant}: no Korean alias {name}: {aliases:?}");
            }
            for older in &status.aliases {
                assert!(has(older), "{variant}: no alias {older}: {aliases:?}");
            }
        }
        let not_found = &generated.iter().find(|(v, ..)| v == "NotFound").unwrap().2;
        assert_eq!(not_found, &["404", "Not Found", "찾을 수 없음"]);
        let too_large = &generated
            .iter()
            .find(|(v, ..)| v == "ContentTooLarge")
            .unwrap()
            .2;
        assert!(too_large.iter().any(|a| a == "Request Entity Too Large"));
    }
}
