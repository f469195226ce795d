//! What thiserror's attributes and the doc comments say, read for messages and OpenAPI.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, LitStr, Meta};

use super::keys::TRANSPARENT;

/// thiserror's `#[error("…")]`, read for the OpenAPI examples' `detail`.
const ERROR: &str = "error";

/// The doc comment among `attrs`: each line with one leading space stripped, joined with `\n`,
/// trimmed; `None` without one. `#[doc = …]` values that are not literals are skipped.
pub(crate) fn doc_comment(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        let Meta::NameValue(doc) = &attr.meta else {
            continue;
        };
        if !doc.path.is_ident("doc") {
            continue;
        }
        if let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &doc.value
        {
            let text = text.value();
            lines.extend(
                text.lines()
                    .map(|line| line.strip_prefix(' ').unwrap_or(line).to_owned()),
            );
        }
    }
    let joined = lines.join("\n");
    let trimmed = joined.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The format string of thiserror's `#[error("…", args…)]` among `attrs`; `None` for
/// `#[error(transparent)]`, other forms, or no such attribute. Syntax errors are thiserror's to
/// report.
pub(crate) fn error_template(attrs: &[Attribute]) -> Option<LitStr> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident(ERROR))
        .find_map(|attr| {
            let Meta::List(list) = &attr.meta else {
                return None;
            };
            let first = |input: ParseStream<'_>| {
                let lit = input.parse::<LitStr>()?;
                input.parse::<TokenStream>()?;
                Ok(lit)
            };
            first.parse2(list.tokens.clone()).ok()
        })
}

/// thiserror's `#[error(transparent)]` among `attrs`: the variant forwards its `Display` and
/// `source` to the one field, which makes it look transparent to statuskit too when it is not.
pub(crate) fn error_transparent(attrs: &[Attribute]) -> Option<&Attribute> {
    attrs.iter().find(|attr| {
        attr.path().is_ident(ERROR)
            && matches!(&attr.meta, Meta::List(list)
                if list.tokens.to_string().trim() == TRANSPARENT)
    })
}
