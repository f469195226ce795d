//! `#[status(…)]`: one status, a list joined by `|`, or `transparent`, and its options.

use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, LitInt, LitStr, Meta, Token};

use super::keys::{BY, EXPOSE, NONSTANDARD, TRANSPARENT};
use super::model::{StatusAttr, StatusValue};
use super::syntax::unexpected;
use crate::ctxt::Ctxt;

pub(crate) fn parse_status<'a>(cx: &Ctxt, attr: &'a Attribute) -> Option<StatusAttr<'a>> {
    let list = match &attr.meta {
        Meta::List(list) => list,
        // #[status]
        Meta::Path(_) => {
            cx.error_spanned_by(
                attr,
                "#[status] needs a status, e.g. #[status(404)] or #[status(NotFound)]",
            );
            return None;
        }
        // #[status = 404]
        Meta::NameValue(name_value) => {
            let value = name_value.value.to_token_stream();
            cx.error_spanned_by(
                attr,
                format_args!("write the status in parentheses: #[status({value})]"),
            );
            return None;
        }
    };
    // #[status()]
    if list.tokens.is_empty() {
        cx.error_spanned_by(
            attr,
            "#[status()] is empty; write a status, e.g. #[status(404)] or #[status(NotFound)]",
        );
        return None;
    }
    let parser = |input: ParseStream<'_>| parse_status_args(input);
    match parser.parse2(list.tokens.clone()) {
        Ok((mut values, options)) => Some(StatusAttr {
            original: attr,
            value: values.remove(0),
            more: values,
            by: options.by,
            nonstandard: options.nonstandard,
            expose: options.expose,
        }),
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}

/// The flags after the status in `#[status(…)]`.
#[derive(Default)]
struct StatusOptions {
    nonstandard: Option<Ident>,
    expose: Option<Ident>,
    by: Option<(Ident, syn::Path)>,
}

/// The statuses (one, or a list joined by `|`) and the options of a `#[status(…)]`.
fn parse_status_args(input: ParseStream<'_>) -> syn::Result<(Vec<StatusValue>, StatusOptions)> {
    let mut values = vec![parse_status_value(input)?];
    // #[status(404 | 409 | 500, by = db_status)]
    while input.peek(Token![|]) {
        let bar: Token![|] = input.parse()?;
        if input.is_empty() || input.peek(Token![,]) {
            return Err(syn::Error::new(
                bar.span,
                "a status follows `|`, as in #[status(404 | 409, by = choose)]",
            ));
        }
        let value = parse_status_value(input)?;
        if let StatusValue::Transparent(ident) = &value {
            return Err(syn::Error::new(
                ident.span(),
                "transparent cannot be one of a list of statuses; list codes or names, as in #[status(404 | 409, by = choose)]",
            ));
        }
        values.push(value);
    }
    if values.len() > 1
        && let StatusValue::Transparent(ident) = &values[0]
    {
        return Err(syn::Error::new(
            ident.span(),
            "transparent cannot be one of a list of statuses; list codes or names, as in #[status(404 | 409, by = choose)]",
        ));
    }
    let options = parse_status_options(input)?;
    Ok((values, options))
}

/// One status of a `#[status(…)]`: a code, a name, a phrase or `transparent`.
fn parse_status_value(input: ParseStream<'_>) -> syn::Result<StatusValue> {
    let value = if input.peek(Token![-]) && input.peek2(LitInt) {
        // #[status(-404)]: syn would fold the sign into the literal but span only the `-`.
        let minus: Token![-] = input.parse()?;
        let lit: LitInt = input.parse()?;
        let message = format!(
            "-{} is not an HTTP status code; codes run from 100 to 599",
            lit.base10_digits()
        );
        return Err(syn::Error::new_spanned(quote::quote!(#minus #lit), message));
    } else if input.peek(LitInt) {
        // #[status(404)]
        StatusValue::Code(input.parse()?)
    } else if input.peek(LitStr) {
        // #[status("Not Found")]
        StatusValue::Phrase(input.parse()?)
    } else if input.peek(Ident::peek_any) {
        let first = input.call(Ident::parse_any)?;
        if input.peek(Token![=]) {
            // #[status(code = 404)]
            let message = format!(
                "unknown key `{first}` in #[status]; write the status alone, as in #[status(404)]"
            );
            return Err(syn::Error::new(first.span(), message));
        }
        if input.peek(Token![::]) {
            // #[status(Status::NotFound)]
            let mut path = vec![first];
            while input.peek(Token![::]) {
                input.parse::<Token![::]>()?;
                path.push(input.call(Ident::parse_any)?);
            }
            match path.as_slice() {
                [.., qualifier, last] if qualifier == "Status" => StatusValue::Name(last.clone()),
                [first, .., last] => {
                    let written = path.iter().map(ToString::to_string).collect::<Vec<_>>();
                    let message = format!(
                        "expected a `Status` variant, found `{}`; write #[status({last})] if it names a status",
                        written.join("::")
                    );
                    return Err(syn::Error::new_spanned(
                        quote::quote!(#first #last),
                        message,
                    ));
                }
                // A path has two segments at least once `::` was seen.
                _ => return Err(input.error("expected a `Status` variant")),
            }
        } else if first == TRANSPARENT {
            // #[status(transparent)]
            StatusValue::Transparent(first)
        } else {
            // #[status(NotFound)]
            StatusValue::Name(first)
        }
    } else if input.peek(syn::LitFloat) {
        // #[status(404.0)]
        let lit: syn::LitFloat = input.parse()?;
        let message =
            format!("expected a whole number, found `{lit}`; write a code such as #[status(404)]");
        return Err(syn::Error::new(lit.span(), message));
    } else {
        // #[status(true)], #[status([404])]
        return Err(unexpected(
            input,
            "expected a status: a code like 404, a name like NotFound, a phrase like \"Not Found\", or transparent",
        ));
    };

    Ok(value)
}

/// The options after the statuses: `nonstandard`, `expose`, `by = path`.
fn parse_status_options(input: ParseStream<'_>) -> syn::Result<StatusOptions> {
    let mut options = StatusOptions::default();
    while !input.is_empty() {
        if !input.peek(Token![,]) {
            return Err(unexpected(
                input,
                "options follow a comma, as in #[status(420, nonstandard)], #[status(503, expose)] or #[status(404 | 409, by = choose)]",
            ));
        }
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        if !input.peek(Ident::peek_any) {
            return Err(unexpected(
                input,
                "expected an option: `nonstandard`, `expose` or `by = function`",
            ));
        }
        let option = input.call(Ident::parse_any)?;
        if option == BY {
            // #[status(404 | 409, by = db_status)]
            if options.by.is_some() {
                return Err(syn::Error::new(option.span(), "duplicate `by`; keep one"));
            }
            if !input.peek(Token![=]) {
                return Err(syn::Error::new(
                    option.span(),
                    "`by` names the function that chooses the status: write by = path::to_function",
                ));
            }
            input.parse::<Token![=]>()?;
            let path = input.parse::<syn::Path>().map_err(|_| {
                unexpected(
                    input,
                    "expected the path of a function `fn(&Field) -> Status`, as in by = db_status",
                )
            })?;
            options.by = Some((option, path));
            continue;
        }
        let slot = if option == NONSTANDARD {
            &mut options.nonstandard
        } else if option == EXPOSE {
            &mut options.expose
        } else {
            // #[status(404, foo)]
            let message = format!(
                "unknown option `{option}` in #[status]; the options are `nonstandard`, `expose` and `by = function`"
            );
            return Err(syn::Error::new(option.span(), message));
        };
        if slot.is_some() {
            // #[status(420, nonstandard, nonstandard)]
            return Err(syn::Error::new(
                option.span(),
                format_args!("duplicate `{option}`; keep one"),
            ));
        }
        *slot = Some(option);
    }
    Ok(options)
}
