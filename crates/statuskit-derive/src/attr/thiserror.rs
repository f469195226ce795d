//! What thiserror's attributes and the doc comments say, read for messages and OpenAPI.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, LitStr, Meta};

use super::keys::TRANSPARENT;
use super::model::DisplayOf;

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

/// Whether thiserror's `#[error]` among `attrs` makes the `Display` a field's text:
/// `#[error(transparent)]`, or a template that is one placeholder and nothing else
/// (`"{0}"`, `"{source}"`, `"{0:?}"`). Such a text is the field's to choose, and a field that
/// is not an `HttpError` (a driver's error, an upstream's) never vouched for it reaching a
/// client.
pub(crate) fn display_of(attrs: &[Attribute]) -> DisplayOf {
    if error_transparent(attrs).is_some() {
        return DisplayOf::Field;
    }
    match error_template(attrs) {
        Some(template) if is_lone_placeholder(&template.value()) => DisplayOf::Field,
        _ => DisplayOf::Own,
    }
}

/// `{name}` or `{name:spec}` and nothing else, `name` a field name or index.
fn is_lone_placeholder(template: &str) -> bool {
    let Some(inner) = template
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    else {
        return false;
    };
    let name = inner.split(':').next().unwrap_or(inner);
    let is_name = !name.is_empty()
        && (name.bytes().all(|b| b.is_ascii_digit())
            || name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    is_name && !inner.contains(['{', '}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_placeholder_is_a_fields_text() {
        for lone in ["{0}", "{source}", "{0:?}", "{inner:>8}"] {
            assert!(is_lone_placeholder(lone), "{lone}");
        }
        for own in ["db: {0}", "{0} {1}", "{{0}}", "{}", "plain", "{0}}"] {
            assert!(!is_lone_placeholder(own), "{own}");
        }
    }
}
