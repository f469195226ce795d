//! `#[problem(detail = "…", detail_ko = "…")]`: a template over the fields, read as thiserror
//! reads `#[error("…")]` (`{0}`, `{field}`, `{field:?}`, format specs, `{{` and `}}`), each
//! placeholder checked against the fields, and in a Korean template the particle pair written
//! right after a placeholder.
//!
//! The parsed [`Template`] is the derive's model of the text: `expand` writes it as a
//! `format_args!`, and an OpenAPI example can be built from its pieces (literal text, and each
//! placeholder's field and name).

use syn::ext::IdentExt;
use syn::{LitStr, Member};

use super::particle::{self, Particle};
use crate::ast::Field;
use crate::ctxt::Ctxt;

/// A checked detail template.
pub(crate) struct Template {
    /// The template as written, to span what `rustc` finds in it (a bad format spec).
    pub(crate) literal: LitStr,
    /// Its text and placeholders, in order.
    pub(crate) pieces: Vec<Piece>,
}

impl Template {
    /// One placeholder and nothing else but spaces: the field's own text.
    pub(crate) fn is_lone_placeholder(&self) -> bool {
        let fields = self
            .pieces
            .iter()
            .filter(|piece| matches!(piece, Piece::Field { .. }))
            .count();
        let text = self.pieces.iter().any(|piece| match piece {
            Piece::Text(text) => !text.trim().is_empty(),
            Piece::Field { particle, .. } => particle.is_some(),
        });
        fields == 1 && !text
    }

    /// The text with each placeholder as `‹name›` and a particle pair as written
    /// (`주문 ‹0›을(를) 찾을 수 없습니다`): what an example shows where the value is not known.
    // Read by the OpenAPI examples, which are built from the same model.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn example(&self) -> String {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(literal) => text.push_str(literal),
                Piece::Field { name, particle, .. } => {
                    text.push('‹');
                    text.push_str(name);
                    text.push('›');
                    text.extend(particle.map(Particle::written));
                }
            }
        }
        text
    }
}

/// A run of literal text or one placeholder of a [`Template`].
pub(crate) enum Piece {
    /// Text as it reads (`{{` already `{`).
    Text(String),
    /// `{name:spec}`, then perhaps a particle pair.
    Field {
        /// The field it formats.
        member: Member,
        /// The name as written (`0`, `order_id`), for examples like `‹order_id›`.
        name: String,
        /// The format spec after `:`, empty for none.
        spec: String,
        /// The particle pair written right after it, chosen at run time.
        particle: Option<Particle>,
    },
}

/// Which template is read: particles are Korean.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Language {
    English,
    Korean,
}

/// `literal` read against `fields` (of `owner`, for messages); `None` when an error was
/// recorded.
pub(crate) fn template(
    cx: &Ctxt,
    literal: &LitStr,
    fields: &[Field<'_>],
    owner: &str,
    language: Language,
) -> Option<Template> {
    match parse(&literal.value(), fields, owner, language) {
        Ok(pieces) => Some(Template {
            literal: literal.clone(),
            pieces,
        }),
        Err(message) => {
            cx.error_spanned_by(literal, message);
            None
        }
    }
}

fn parse(
    text: &str,
    fields: &[Field<'_>],
    owner: &str,
    language: Language,
) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        literal.push_str(&rest[..at]);
        let brace = &rest[at..];
        if let Some(after) = brace
            .strip_prefix("{{")
            .or_else(|| brace.strip_prefix("}}"))
        {
            literal.push_str(&brace[..1]);
            rest = after;
            continue;
        }
        if brace.starts_with('}') {
            return Err(
                "unmatched `}` in the template; write `}}` for a brace, or `{field}` for a field"
                    .into(),
            );
        }
        let Some(end) = brace.find('}') else {
            return Err(
                "unclosed `{` in the template; close it as in `{0}`, or write `{{` for a brace"
                    .into(),
            );
        };
        let inside = &brace[1..end];
        let (name, spec) = inside.split_once(':').unwrap_or((inside, ""));
        if inside.contains('{') {
            return Err(format!(
                "`{{{inside}}}` is not a placeholder; a placeholder names one field, as in `{{0}}` or `{{name:?}}`"
            ));
        }
        if spec.contains('$') {
            return Err(format!(
                "`{{{inside}}}` takes a width or precision from another argument; a detail template formats each field on its own, so write the number"
            ));
        }
        let member = field(name.trim(), fields, owner)?;
        rest = &brace[end + 1..];
        let particle = match language {
            Language::Korean => match particle::after_placeholder(rest) {
                Ok(Some((particle, len))) => {
                    rest = &rest[len..];
                    Some(particle)
                }
                Ok(None) => None,
                Err(written) => {
                    return Err(format!(
                        "`{written}` after `{{{inside}}}` is not a particle pair statuskit knows; the pairs are {}",
                        particle::known_pairs()
                    ));
                }
            },
            Language::English => None,
        };
        if !literal.is_empty() {
            pieces.push(Piece::Text(core::mem::take(&mut literal)));
        }
        pieces.push(Piece::Field {
            member,
            name: name.trim().to_owned(),
            spec: spec.to_owned(),
            particle,
        });
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    if pieces.iter().all(|piece| match piece {
        Piece::Text(text) => text.trim().is_empty(),
        Piece::Field { .. } => false,
    }) {
        return Err("the detail template is empty; write a sentence for the client, or leave it out for the `Display` text".into());
    }
    Ok(pieces)
}

/// The field `name` stands for among `fields`.
fn field(name: &str, fields: &[Field<'_>], owner: &str) -> Result<Member, String> {
    let named: Vec<String> = fields
        .iter()
        .filter_map(|field| field.original.ident.as_ref())
        .map(|ident| ident.unraw().to_string())
        .collect();
    let listing = || -> String {
        if fields.is_empty() {
            format!("{owner} has no fields")
        } else if named.is_empty() {
            let list: Vec<String> = (0..fields.len()).map(|i| format!("{{{i}}}")).collect();
            format!("the fields of {owner} are {}", list.join(", "))
        } else {
            let list: Vec<String> = named.iter().map(|n| format!("{{{n}}}")).collect();
            format!("the fields of {owner} are {}", list.join(", "))
        }
    };
    if name.is_empty() {
        return Err(format!(
            "`{{}}` names no field; a detail template names each one, as in `{{0}}` or `{{name}}`: {}",
            listing()
        ));
    }
    if name.bytes().all(|b| b.is_ascii_digit()) {
        let index: usize = name
            .parse()
            .map_err(|_| format!("`{{{name}}}`: {}", listing()))?;
        if !named.is_empty() {
            return Err(format!(
                "`{{{name}}}` names a tuple field by its position, but {owner} has named fields: {}",
                listing()
            ));
        }
        if index >= fields.len() {
            return Err(format!("`{{{name}}}` is out of range: {}", listing()));
        }
        return Ok(fields[index].member.clone());
    }
    let found = fields.iter().find(|field| {
        field
            .original
            .ident
            .as_ref()
            .is_some_and(|ident| ident.unraw() == name)
    });
    match found {
        Some(field) => Ok(field.member.clone()),
        None if named.is_empty() && !fields.is_empty() => Err(format!(
            "`{{{name}}}` is not a field; tuple fields are named by position: {}",
            listing()
        )),
        None => Err(format!("`{{{name}}}` is not a field: {}", listing())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields_of(item: &syn::DeriveInput) -> Vec<Field<'_>> {
        let syn::Data::Struct(data) = &item.data else {
            unreachable!("the tests give structs")
        };
        data.fields
            .iter()
            .enumerate()
            .map(|(index, field)| Field {
                original: field,
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(index.into()),
                },
                attrs: Default::default(),
            })
            .collect()
    }

    fn shape(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => format!("[{text}]"),
                Piece::Field {
                    name,
                    spec,
                    particle,
                    ..
                } => format!(
                    "<{name}:{spec}{}>",
                    particle.map_or(String::new(), |p| format!("+{}", p.written()))
                ),
            })
            .collect()
    }

    #[test]
    fn templates_read_as_thiserror_reads_them() {
        let tuple: syn::DeriveInput = syn::parse_quote!(
            struct T(u64, String);
        );
        let named: syn::DeriveInput = syn::parse_quote!(
            struct N {
                id: u64,
                r#type: String,
            }
        );
        let (tuple, named) = (fields_of(&tuple), fields_of(&named));
        let ok = |text, fields: &[Field<'_>], language| {
            shape(&parse(text, fields, "struct `X`", language).unwrap())
        };
        assert_eq!(
            ok("order {0} not found", &tuple, Language::English),
            "[order ]<0:>[ not found]"
        );
        assert_eq!(
            ok("{{{1:?}}} {0:>5}", &tuple, Language::English),
            "[{]<1:?>[} ]<0:>5>"
        );
        assert_eq!(
            ok("주문 {id}을(를) {type}(으)로", &named, Language::Korean),
            "[주문 ]<id:+을(를)>[ ]<type:+(으)로>"
        );
        // English templates keep a pair as text.
        assert_eq!(ok("{0}을(를)", &tuple, Language::English), "<0:>[을(를)]");
        let literal: LitStr = syn::parse_quote!("주문 {id}을(를) 찾을 수 없습니다 {{}}");
        let example = Template {
            pieces: parse(&literal.value(), &named, "struct `X`", Language::Korean).unwrap(),
            literal,
        }
        .example();
        assert_eq!(example, "주문 ‹id›을(를) 찾을 수 없습니다 {}");
    }

    #[test]
    fn bad_templates_say_what_to_write() {
        let tuple: syn::DeriveInput = syn::parse_quote!(
            struct T(u64);
        );
        let named: syn::DeriveInput = syn::parse_quote!(
            struct N {
                id: u64,
            }
        );
        let unit: syn::DeriveInput = syn::parse_quote!(
            struct U;
        );
        let (tuple, named, unit) = (fields_of(&tuple), fields_of(&named), fields_of(&unit));
        let err = |text, fields: &[Field<'_>], language| {
            parse(text, fields, "struct `X`", language).err().unwrap()
        };
        let cases = [
            (
                err("{1}", &tuple, Language::English),
                "`{1}` is out of range: the fields of struct `X` are {0}",
            ),
            (
                err("{id}", &tuple, Language::English),
                "`{id}` is not a field; tuple fields are named by position: the fields of struct `X` are {0}",
            ),
            (
                err("{0}", &named, Language::English),
                "`{0}` names a tuple field by its position, but struct `X` has named fields: the fields of struct `X` are {id}",
            ),
            (
                err("{name}", &named, Language::English),
                "`{name}` is not a field: the fields of struct `X` are {id}",
            ),
            (
                err("{0}", &unit, Language::English),
                "`{0}` is out of range: struct `X` has no fields",
            ),
            (
                err("{}", &tuple, Language::English),
                "`{}` names no field; a detail template names each one, as in `{0}` or `{name}`: the fields of struct `X` are {0}",
            ),
            (
                err("a } b", &tuple, Language::English),
                "unmatched `}` in the template; write `}}` for a brace, or `{field}` for a field",
            ),
            (
                err("a {0", &tuple, Language::English),
                "unclosed `{` in the template; close it as in `{0}`, or write `{{` for a brace",
            ),
            (
                err("{0:>1$}", &tuple, Language::English),
                "`{0:>1$}` takes a width or precision from another argument; a detail template formats each field on its own, so write the number",
            ),
            (
                err("{0}를(을)", &tuple, Language::Korean),
                "`를(을)` after `{0}` is not a particle pair statuskit knows; the pairs are 을(를), 이(가), 은(는), 과(와), (으)로, (이)나, (이)라, 아(야)",
            ),
            (
                err("  ", &tuple, Language::English),
                "the detail template is empty; write a sentence for the client, or leave it out for the `Display` text",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }
}
