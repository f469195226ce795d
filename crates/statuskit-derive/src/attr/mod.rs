//! Parsing of `#[status(…)]`, `#[http_error(…)]` and `#[status_enum(…)]` into plain values.
//!
//! Only syntax is checked here; whether a code or name exists is `valid`'s business.
//!
//! `mod.rs` dispatches each attribute to its parser (`status.rs`, `problem.rs`, `header.rs`,
//! and its own `#[http_error]`/`#[status_enum]` options) and re-exports what the rest of the
//! crate reads. The parsers use only the shared files below them: `keys.rs` (the names),
//! `syntax.rs` (token helpers) and `model.rs` (the values they produce); `thiserror.rs` reads
//! other derives' attributes. Outside `attr`, only `ctxt` is used.

use quote::ToTokens;
use syn::{Attribute, LitStr, Meta};

mod header;
mod keys;
mod model;
mod problem;
mod status;
mod syntax;
mod thiserror;

use self::header::{HeaderArgs, parse_header};
use self::keys::{CRATE, HEADER, KOREAN, PROBLEM, TITLE};
pub(crate) use self::keys::{HTTP_ERROR, STATUS, STATUS_ENUM};
pub(crate) use self::model::{
    Attrs, Constant, DisplayOf, FieldAttrs, HeaderAttr, StatusAttr, StatusValue,
};
use self::problem::{parse_field_problem, parse_problem};
use self::status::parse_status;
use self::syntax::string_value;
pub(crate) use self::thiserror::{doc_comment, error_template, error_transparent};
use crate::ctxt::Ctxt;

impl<'a> FieldAttrs<'a> {
    /// Parses the `#[problem]` and `#[header]` attributes of a field, recording errors in `cx`.
    pub(crate) fn get(cx: &Ctxt, attrs: &'a [Attribute]) -> Self {
        let mut result = FieldAttrs::default();
        for attr in attrs {
            if attr.path().is_ident(PROBLEM) {
                let Some(name) = parse_field_problem(cx, attr) else {
                    continue;
                };
                if result.extension.is_some() {
                    cx.error_spanned_by(attr, "duplicate #[problem(extension)]; keep one");
                } else {
                    result.extension = Some((attr, name));
                }
            } else if attr.path().is_ident(HEADER) {
                let header = match parse_header(cx, attr) {
                    Some(HeaderArgs::Send { name, value }) => HeaderAttr {
                        original: attr,
                        name,
                        value,
                    },
                    Some(HeaderArgs::Waive(name)) => {
                        cx.error_spanned_by(
                            attr,
                            format_args!(
                                "waive a header on the variant or the type, not on a field: #[header(waive = {:?})]",
                                name.value()
                            ),
                        );
                        continue;
                    }
                    None => continue,
                };
                if result.header.is_some() {
                    cx.error_spanned_by(
                        attr,
                        "a field is the value of one header; keep one #[header(…)]",
                    );
                } else {
                    result.header = Some(header);
                }
            }
        }
        result
    }
}

impl<'a> Attrs<'a> {
    /// Parses the statuskit attributes among `attrs`, recording every error in `cx`.
    ///
    /// `options` is the name of the derive's own options attribute (`http_error` or `status_enum`).
    pub(crate) fn get(cx: &Ctxt, attrs: &'a [Attribute], options: &str) -> Self {
        let mut result = Attrs {
            display: thiserror::display_of(attrs),
            ..Attrs::default()
        };
        for attr in attrs {
            if attr.path().is_ident(STATUS) {
                result.status_written = true;
                let Some(parsed) = parse_status(cx, attr) else {
                    continue;
                };
                if result.status.is_some() {
                    cx.error_spanned_by(attr, "duplicate #[status] attribute; keep one");
                } else {
                    result.status = Some(parsed);
                }
            } else if attr.path().is_ident(options) {
                let Some(parsed) = parse_options(cx, attr, options) else {
                    continue;
                };
                if let Some(path) = parsed.krate {
                    if result.krate.is_some() {
                        cx.error_spanned_by(
                            attr,
                            format_args!("duplicate #[{options}(crate = …)]; keep one"),
                        );
                    } else {
                        result.krate = Some((attr, path));
                    }
                }
                if parsed.title_ko {
                    if result.title_ko.is_some() {
                        cx.error_spanned_by(
                            attr,
                            format_args!("duplicate #[{options}(title = …)]; keep one"),
                        );
                    } else {
                        result.title_ko = Some(attr);
                    }
                }
            } else if options == HTTP_ERROR && attr.path().is_ident(PROBLEM) {
                result.problem_attr.get_or_insert(attr);
                parse_problem(cx, attr, &mut result);
            } else if options == HTTP_ERROR && attr.path().is_ident(HEADER) {
                match parse_header(cx, attr) {
                    Some(HeaderArgs::Send { name, value }) => result.headers.push(HeaderAttr {
                        original: attr,
                        name,
                        value,
                    }),
                    Some(HeaderArgs::Waive(name)) => result.waived.push(name),
                    None => {}
                }
            }
        }
        result
    }
}

/// What one `#[http_error(…)]` or `#[status_enum(…)]` says.
struct Options {
    krate: Option<syn::Path>,
    title_ko: bool,
}

fn parse_options(cx: &Ctxt, attr: &Attribute, options: &str) -> Option<Options> {
    if !matches!(attr.meta, Meta::List(_)) {
        cx.error_spanned_by(
            attr,
            format_args!(
                "write #[{options}(crate = path)], e.g. #[{options}(crate = ::my_statuskit)]"
            ),
        );
        return None;
    }
    let mut krate = None;
    let mut title_ko = false;
    let result = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident(CRATE) {
            // #[http_error(crate = ::my_statuskit)]
            let value = meta.value()?;
            let path = if value.peek(LitStr) {
                // #[http_error(crate = "my_statuskit")], as serde spells it
                value.parse::<LitStr>()?.parse::<syn::Path>()?
            } else {
                value.call(syn::Path::parse_mod_style)?
            };
            if krate.is_some() {
                return Err(meta.error("duplicate `crate` key; keep one"));
            }
            krate = Some(path);
            Ok(())
        } else if options == HTTP_ERROR && meta.path.is_ident(TITLE) {
            // #[http_error(title = "ko")]
            let language = string_value(&meta, "#[http_error(title = \"ko\")]")?;
            if language.value() != KOREAN {
                return Err(syn::Error::new(
                    language.span(),
                    format_args!(
                        "unknown title language {:?}; the only one is \"ko\" (titles are the English reason phrases without it)",
                        language.value()
                    ),
                ));
            }
            if title_ko {
                return Err(meta.error("duplicate `title` key; keep one"));
            }
            title_ko = true;
            Ok(())
        } else {
            // #[http_error(krate = x)]
            let key = meta.path.to_token_stream().to_string().replace(' ', "");
            let keys = if options == HTTP_ERROR {
                "the keys are `crate` and `title`"
            } else {
                "the only key is `crate`"
            };
            Err(meta.error(format_args!("unknown key `{key}` in #[{options}]; {keys}")))
        }
    });
    match result {
        Ok(()) if krate.is_none() && !title_ko => {
            cx.error_spanned_by(
                attr,
                format_args!("#[{options}] is empty; write #[{options}(crate = path)]"),
            );
            None
        }
        Ok(()) => Some(Options { krate, title_ko }),
        Err(err) => {
            cx.syn_error(err);
            None
        }
    }
}
