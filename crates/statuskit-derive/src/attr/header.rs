//! `#[header(…)]`: a header to send, from a field or a constant, or one to waive.

use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, LitStr, Meta, Token};

use super::keys::{NAME, VALUE, WAIVE};
use super::syntax::unexpected;
use crate::ctxt::Ctxt;

/// What a `#[header(…)]` says.
pub(crate) enum HeaderArgs {
    /// A header to send, with its constant value if any.
    Send { name: LitStr, value: Option<LitStr> },
    /// `#[header(waive = "…")]`
    Waive(LitStr),
}

/// `#[header("Name")]`, `#[header("Name", "value")]`, `#[header(name = "…", value = "…")]` or
/// `#[header(waive = "…")]`.
pub(crate) fn parse_header(cx: &Ctxt, attr: &Attribute) -> Option<HeaderArgs> {
    let Meta::List(list) = &attr.meta else {
        cx.error_spanned_by(
            attr,
            "write the header in parentheses: #[header(\"Retry-After\")] on a field, #[header(\"WWW-Authenticate\", \"Bearer\")] on a variant",
        );
        return None;
    };
    let parser = |input: ParseStream<'_>| parse_header_args(input);
    match parser.parse2(list.tokens.clone()) {
        Ok(HeaderKeys {
            waive: Some(waive),
            name: None,
            value: None,
        }) => Some(HeaderArgs::Waive(waive)),
        Ok(HeaderKeys { waive: Some(_), .. }) => {
            cx.error_spanned_by(
                attr,
                "a waiver names a header not to send; write it alone: #[header(waive = \"…\")]",
            );
            None
        }
        Ok(HeaderKeys {
            name: Some(name),
            value,
            ..
        }) => Some(HeaderArgs::Send { name, value }),
        Ok(HeaderKeys { name: None, .. }) => {
            cx.error_spanned_by(
                attr,
                "#[header] needs a name, as in #[header(\"Retry-After\")] or #[header(name = \"Retry-After\")]",
            );
            None
        }
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// The keys of a `#[header(…)]`, each checked for syntax only.
#[derive(Default)]
struct HeaderKeys {
    name: Option<LitStr>,
    value: Option<LitStr>,
    waive: Option<LitStr>,
}

fn parse_header_args(input: ParseStream<'_>) -> syn::Result<HeaderKeys> {
    if input.peek(LitStr) {
        // #[header("Name")], #[header("Name", "value")]
        let name: LitStr = input.parse()?;
        let mut value = None;
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.peek(LitStr) {
                value = Some(input.parse()?);
                if input.peek(Token![,]) {
                    input.parse::<Token![,]>()?;
                }
            }
        }
        if !input.is_empty() {
            return Err(unexpected(
                input,
                "#[header] takes a name and, on a variant, a value: #[header(\"WWW-Authenticate\", \"Bearer\")]",
            ));
        }
        return Ok(HeaderKeys {
            name: Some(name),
            value,
            waive: None,
        });
    }
    let mut keys = HeaderKeys::default();
    while !input.is_empty() {
        if !input.peek(Ident::peek_any) {
            return Err(unexpected(
                input,
                "expected a header name as a string, e.g. #[header(\"Retry-After\")]",
            ));
        }
        let key = input.call(Ident::parse_any)?;
        let slot = if key == NAME {
            &mut keys.name
        } else if key == VALUE {
            &mut keys.value
        } else if key == WAIVE {
            &mut keys.waive
        } else {
            let message = format!(
                "unknown key `{key}` in #[header]; the keys are `name`, `value` and `waive`, or write #[header(\"Name\", \"value\")]"
            );
            return Err(syn::Error::new(key.span(), message));
        };
        input.parse::<Token![=]>()?;
        if !input.peek(LitStr) {
            return Err(unexpected(
                input,
                &format!("expected a string, as in #[header({key} = \"…\")]"),
            ));
        }
        if slot.is_some() {
            return Err(syn::Error::new(
                key.span(),
                format_args!("duplicate `{key}` in #[header]; keep one"),
            ));
        }
        *slot = Some(input.parse()?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(keys)
}
