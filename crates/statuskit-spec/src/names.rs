//! Korean names that follow RFC 9110 (`spec/names-ko.txt`): where the document's Korean name
//! translates an obsolete phrase, the status takes the current one and keeps the document's as
//! an alias. One `CODE | CURRENT | DOCUMENT'S` a line.

use crate::diagnostic::{Diagnostic, Source};
use crate::line_table;
use crate::model::Spec;

/// One renamed status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KoreanName {
    /// The three-digit code.
    pub code: u16,
    /// The name that follows RFC 9110.
    pub current: String,
    /// The document's name, kept as an alias.
    pub document: String,
    /// Byte offset of the line, for diagnostics.
    pub offset: usize,
}

/// Parses the file, reporting every bad line at its place.
pub fn parse_korean_names(source: &Source<'_>) -> Result<Vec<KoreanName>, Vec<Diagnostic>> {
    let mut names: Vec<KoreanName> = Vec::new();
    let mut errors = Vec::new();
    for record in line_table::records(source.text) {
        let line_offset = record.offset;
        let fields: Vec<&str> = record.fields.iter().map(|field| field.text).collect();
        let [code, current, document] = fields[..] else {
            errors.push(source.error(
                line_offset,
                format!(
                    "expected 3 fields `CODE | CURRENT KOREAN NAME | THE DOCUMENT'S NAME`, found {}",
                    fields.len()
                ),
            ));
            continue;
        };
        let Some(code) = code.parse::<u16>().ok().filter(|c| (100..=599).contains(c)) else {
            errors.push(source.error(
                line_offset,
                format!("expected a status code, found `{code}`"),
            ));
            continue;
        };
        if current.is_empty() || document.is_empty() || current == document {
            errors.push(source.error(
                line_offset,
                format!("{code} needs a current name and the document's, and they differ"),
            ));
            continue;
        }
        if names.iter().any(|name| name.code == code) {
            errors.push(source.error(line_offset, format!("{code} is renamed twice")));
            continue;
        }
        names.push(KoreanName {
            code,
            current: current.to_owned(),
            document: document.to_owned(),
            offset: line_offset,
        });
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}

/// Renames the statuses of `spec` whose Korean name is the document's, keeping it as an alias.
/// A status whose Korean name is neither (the document changed) is an error at the line; a
/// code the spec lacks is skipped, so the file also reads against other documents.
pub fn apply_korean_names(
    source: &Source<'_>,
    names: &[KoreanName],
    spec: &mut Spec,
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for name in names {
        let Some(status) = spec.statuses.iter_mut().find(|s| s.code == name.code) else {
            continue;
        };
        match status.name_ko.as_deref() {
            Some(found) if found == name.document => {
                status.name_ko = Some(name.current.clone());
                if !status.aliases.contains(&name.document) {
                    status.aliases.push(name.document.clone());
                }
            }
            Some(found) if found == name.current => {}
            found => errors.push(source.error(
                name.offset,
                format!(
                    "{} is named {:?} in the document, not {:?}; update this line",
                    name.code,
                    found.unwrap_or(""),
                    name.document
                ),
            )),
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_named_at_their_place() {
        let parse = |text| {
            parse_korean_names(&Source::new("names.txt", text))
                .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())
        };
        assert_eq!(parse("422 | 새 | 옛\n").unwrap()[0].current, "새");
        assert_eq!(
            parse("# x\n422 | 새\n").unwrap_err(),
            [
                "names.txt:2:1: expected 3 fields `CODE | CURRENT KOREAN NAME | THE DOCUMENT'S NAME`, found 2"
            ]
        );
        assert_eq!(
            parse("42x | 새 | 옛\n").unwrap_err(),
            ["names.txt:1:1: expected a status code, found `42x`"]
        );
        assert_eq!(
            parse("422 | 옛 | 옛\n").unwrap_err(),
            ["names.txt:1:1: 422 needs a current name and the document's, and they differ"]
        );
    }
}
