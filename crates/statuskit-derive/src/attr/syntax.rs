//! Token-level helpers every attribute parser shares: the string after `key =`, and an error
//! naming the next token.

use proc_macro2::TokenTree;
use syn::LitStr;
use syn::parse::ParseStream;

/// The string after `key =`; `example` shows how to write it.
pub(crate) fn string_value(
    meta: &syn::meta::ParseNestedMeta<'_>,
    example: &str,
) -> syn::Result<LitStr> {
    let value = meta.value()?;
    if value.peek(LitStr) {
        return value.parse();
    }
    // #[problem(title = Slow)], #[problem(title = 1)]
    let token: TokenTree = value.parse()?;
    Err(syn::Error::new_spanned(
        &token,
        format!("expected a string, found `{token}`; write {example}"),
    ))
}

/// An error at the next token, naming it.
pub(crate) fn unexpected(input: ParseStream<'_>, what_instead: &str) -> syn::Error {
    let next = input.fork().parse::<TokenTree>().ok();
    match next {
        Some(token) => {
            syn::Error::new_spanned(&token, format!("unexpected `{token}`; {what_instead}"))
        }
        None => input.error(what_instead),
    }
}
