//! `#[problem(…)]`: the problem members of a type or variant, and of a field.

use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, LitStr, Meta, Token};

use super::keys::{DETAIL, DETAIL_KO, EXTENSION, TITLE, TITLE_KO, TYPE, TYPE_BASE};
use super::model::{Attrs, Constant};
use super::syntax::{string_value, unexpected};
use crate::ctxt::Ctxt;

/// `#[problem(extension)]` or `#[problem(extension = "name")]` on a field: the name, if given.
pub(crate) fn parse_field_problem(cx: &Ctxt, attr: &Attribute) -> Option<Option<LitStr>> {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            "write #[problem(extension)] to add this field to the problem, or #[problem(extension = \"name\")] to rename it",
        );
        return None;
    }
    let mut extension = None;
    let parsed = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident(EXTENSION) {
            let name = if meta.input.peek(Token![=]) {
                Some(string_value(&meta, "#[problem(extension = \"name\")]")?)
            } else {
                None
            };
            if extension.is_some() {
                return Err(meta.error("duplicate `extension`; keep one"));
            }
            extension = Some(name);
            Ok(())
        } else if meta.path.is_ident(TYPE)
            || meta.path.is_ident(TITLE)
            || meta.path.is_ident(TITLE_KO)
            || meta.path.is_ident(DETAIL)
            || meta.path.is_ident(DETAIL_KO)
        {
            let key = meta.path.to_token_stream().to_string();
            Err(meta.error(format_args!(
                "`{key}` goes in #[problem(…)] on the variant or the type, not on a field"
            )))
        } else {
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            Err(meta.error(format_args!(
                "unknown key `{key}` in #[problem] on a field; the only one is `extension`, as in #[problem(extension)]"
            )))
        }
    });
    match parsed {
        Ok(()) if extension.is_none() => {
            cx.error_spanned_by(
                attr,
                "#[problem()] is empty; write #[problem(extension)] to add this field to the problem",
            );
            None
        }
        Ok(()) => extension,
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// `#[problem(type = "…", title = "…", detail = "…")]` on a type or variant, into `result`.
pub(crate) fn parse_problem(cx: &Ctxt, attr: &Attribute, result: &mut Attrs<'_>) {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            "write the problem's members in parentheses, e.g. #[problem(type = \"https://example.com/probs/out-of-credit\", title = \"Out of credit\")]",
        );
        return;
    }
    let parsed = attr.parse_nested_meta(|meta| {
        // #[problem(extension(code = "ORDER_NOT_FOUND", retryable = false))]
        if meta.path.is_ident(EXTENSION) {
            if !meta.input.peek(syn::token::Paren) {
                return Err(meta.error(
                    "`extension` alone goes on a field, to add it to the problem; here, list constant members: #[problem(extension(code = \"ORDER_NOT_FOUND\"))]",
                ));
            }
            return meta.parse_nested_meta(|member| {
                result.constants.push(parse_constant(&member)?);
                Ok(())
            });
        }
        // #[problem(type = "…")], #[problem(title = "Slow down", title_ko = "천천히")]
        let (key, slot) = if meta.path.is_ident(TYPE) {
            (TYPE, &mut result.problem_type)
        } else if meta.path.is_ident(TITLE) {
            (TITLE, &mut result.problem_title)
        } else if meta.path.is_ident(TITLE_KO) {
            (TITLE_KO, &mut result.problem_title_ko)
        } else if meta.path.is_ident(TYPE_BASE) {
            (TYPE_BASE, &mut result.type_base)
        } else if meta.path.is_ident(DETAIL) {
            (DETAIL, &mut result.problem_detail)
        } else if meta.path.is_ident(DETAIL_KO) {
            (DETAIL_KO, &mut result.problem_detail_ko)
        } else {
            // #[problem(kind = "…")]
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            return Err(meta.error(format_args!(
                "unknown key `{key}` in #[problem]; the keys are `type`, `title`, `title_ko`, `detail`, `detail_ko`, `type_base` and `extension(…)`"
            )));
        };
        let value = string_value(&meta, &format!("#[problem({key} = \"…\")]"))?;
        if slot.is_some() {
            return Err(syn::Error::new(
                meta.path.span(),
                format_args!("duplicate `{key}` in #[problem]; keep one"),
            ));
        }
        *slot = Some(value);
        Ok(())
    });
    if let Err(err) = parsed {
        cx.syn_error(err);
    }
}

/// `name = literal` inside `#[problem(extension(…))]`.
fn parse_constant(member: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<Constant> {
    let Some(ident) = member.path.get_ident() else {
        return Err(member.error(
            "a constant member's name is one identifier, as in extension(code = \"ORDER_NOT_FOUND\")",
        ));
    };
    let name = LitStr::new(&ident.unraw().to_string(), ident.span());
    let input = member.value()?;
    let minus: Option<Token![-]> = input.parse()?;
    let not_literal = |input: ParseStream<'_>| {
        unexpected(
            input,
            "a constant member is a string, integer, float or bool literal, as in code = \"ORDER_NOT_FOUND\"; for a value known only at run time, mark a field #[problem(extension)]",
        )
    };
    let lit: syn::Lit = match input.fork().parse::<syn::Lit>() {
        Ok(_) => input.parse()?,
        Err(_) => return Err(not_literal(input)),
    };
    let sign = if minus.is_some() { "-" } else { "" };
    let negative_only = |what: &str| {
        syn::Error::new_spanned(
            &lit,
            format!("a {what} cannot be negative; write the literal alone"),
        )
    };
    let (value, json) = match &lit {
        syn::Lit::Str(text) if minus.is_none() => {
            (text.to_token_stream(), json_string(&text.value()))
        }
        syn::Lit::Bool(flag) if minus.is_none() => (flag.to_token_stream(), flag.value.to_string()),
        syn::Lit::Str(_) => return Err(negative_only("string")),
        syn::Lit::Bool(_) => return Err(negative_only("bool")),
        syn::Lit::Int(int) => {
            let digits = format!("{sign}{}", int.base10_digits());
            let typed = if let Ok(n) = digits.parse::<i64>() {
                format!("{n}i64")
            } else if let Ok(n) = digits.parse::<u64>() {
                format!("{n}u64")
            } else {
                return Err(syn::Error::new_spanned(
                    int,
                    format!("{digits} does not fit a JSON integer (i64 or u64)"),
                ));
            };
            (LitInt::new(&typed, int.span()).to_token_stream(), digits)
        }
        syn::Lit::Float(float) => {
            let text = format!("{sign}{}", float.base10_digits());
            let number: f64 = text
                .parse()
                .map_err(|_| syn::Error::new_spanned(float, "not a number"))?;
            if !number.is_finite() {
                return Err(syn::Error::new_spanned(
                    float,
                    "the number is too large for JSON",
                ));
            }
            let typed = syn::LitFloat::new(&format!("{number:?}f64"), float.span());
            (typed.to_token_stream(), format!("{number:?}"))
        }
        _ => return Err(not_literal(input)),
    };
    Ok(Constant { name, value, json })
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if (c as u32) < 0x20 => json.push_str(&format!("\\u{:04x}", c as u32)),
            c => json.push(c),
        }
    }
    json.push('"');
    json
}
