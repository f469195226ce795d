//! The hand-kept registry file (`spec/registry.txt`): one `CODE | PHRASE | KIND | REFERENCE | SUMMARY` a line.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Source};
use crate::line_table::{self, Field, Record};
use crate::model::{Reference, Registration};
use crate::naming::variant_name;

/// Every line of the registry file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    /// The entries, in file order.
    pub entries: Vec<RegistryEntry>,
}

/// One line of the registry file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryEntry {
    /// The three-digit code.
    pub code: u16,
    /// The canonical phrase; `(Unused)` for a code reserved against nothing in particular.
    pub phrase: String,
    /// How IANA lists the code.
    pub registration: Registration,
    /// The day a temporary registration lapses.
    pub expires: Option<String>,
    /// The defining document.
    pub reference: Reference,
    /// One English sentence.
    pub summary_en: String,
    /// Byte offset of the line in the file, for diagnostics.
    pub offset: usize,
}

impl Registry {
    /// The entry for `code`, if the registry lists it.
    pub fn get(&self, code: u16) -> Option<&RegistryEntry> {
        self.entries.iter().find(|entry| entry.code == code)
    }
}

impl RegistryEntry {
    /// Whether the code is reserved with no status of its own (`306 (Unused)`).
    pub fn is_unused(&self) -> bool {
        self.registration == Registration::Reserved && self.phrase == "(Unused)"
    }
}

const FIELDS: usize = 5;

/// Parses the registry file, reporting every bad line.
pub fn parse_registry(source: &Source<'_>) -> Result<Registry, Vec<Diagnostic>> {
    let mut entries: Vec<RegistryEntry> = Vec::new();
    let mut errors = Vec::new();
    // Each code's line, for duplicates.
    let mut lines: HashMap<u16, usize> = HashMap::new();
    for record in line_table::records(source.text) {
        let line_offset = record.offset;
        match parse_line(source, record) {
            Ok(entry) => {
                if let Some(&first) = lines.get(&entry.code) {
                    let first_line = source.line(first);
                    errors.push(source.error(
                        line_offset,
                        format!("{} is listed twice; first at line {first_line}", entry.code),
                    ));
                } else {
                    lines.insert(entry.code, entry.offset);
                    entries.push(entry);
                }
            }
            Err(error) => errors.push(error),
        }
    }
    check_variant_names(source, &entries, &mut errors);
    if errors.is_empty() {
        entries.sort_by_key(|entry| entry.code);
        Ok(Registry { entries })
    } else {
        Err(errors)
    }
}

/// Every phrase must make a distinct Rust identifier: it names the `Status` variant.
fn check_variant_names(
    source: &Source<'_>,
    entries: &[RegistryEntry],
    errors: &mut Vec<Diagnostic>,
) {
    let named: Vec<(&RegistryEntry, String)> = entries
        .iter()
        .filter(|entry| !entry.is_unused())
        .map(|entry| (entry, variant_name(&entry.phrase)))
        .collect();
    for (index, (entry, variant)) in named.iter().enumerate() {
        let at = entry.offset
            + source.text[entry.offset..]
                .find(entry.phrase.as_str())
                .unwrap_or(0);
        if !variant.starts_with(|c: char| c.is_ascii_alphabetic()) {
            errors.push(source.error(
                at,
                format!(
                    "phrase `{}` of {} makes no Rust name (`{variant}`); a phrase must start with a letter",
                    entry.phrase, entry.code
                ),
            ));
        } else if let Some((first, _)) = named[..index].iter().find(|(_, other)| other == variant) {
            let (line, _) = source.line_col(first.offset);
            errors.push(source.error(
                at,
                format!(
                    "phrase `{}` of {} makes the same name `{variant}` as {} at line {line}",
                    entry.phrase, entry.code, first.code
                ),
            ));
        }
    }
}

fn parse_line(source: &Source<'_>, record: Record<'_>) -> Result<RegistryEntry, Diagnostic> {
    let Record {
        offset: line_offset,
        fields,
    } = record;
    if fields.len() != FIELDS {
        return Err(source.error(
            line_offset,
            format!(
                "expected 5 fields `CODE | PHRASE | KIND | REFERENCE | ENGLISH SUMMARY`, found {}",
                fields.len()
            ),
        ));
    }
    let [code, phrase, kind, reference, summary] = &fields[..] else {
        unreachable!()
    };

    let code_value = code
        .text
        .parse::<u16>()
        .ok()
        .filter(|c| code.text.len() == 3 && (100..=599).contains(c))
        .ok_or_else(|| {
            source.error(
                code.offset,
                format!(
                    "expected a status code from 100 to 599, found `{}`",
                    code.text
                ),
            )
        })?;
    if phrase.text.is_empty() {
        return Err(source.error(phrase.offset, format!("{code_value} has no phrase")));
    }
    let (registration, expires) = parse_kind(source, kind)?;
    if reference.text.is_empty() {
        return Err(source.error(reference.offset, format!("{code_value} has no reference")));
    }
    Ok(RegistryEntry {
        code: code_value,
        phrase: phrase.text.to_owned(),
        registration,
        expires,
        reference: parse_reference(reference.text),
        summary_en: summary.text.to_owned(),
        offset: line_offset,
    })
}

fn parse_kind(
    source: &Source<'_>,
    kind: &Field<'_>,
) -> Result<(Registration, Option<String>), Diagnostic> {
    // temporary until 2026-11-13
    if let Some(date) = kind.text.strip_prefix("temporary until ") {
        let date = date.trim();
        if !is_date(date) {
            return Err(source.error(
                kind.offset,
                format!("expected a date like 2026-11-13, found `{date}`"),
            ));
        }
        return Ok((Registration::Temporary, Some(date.to_owned())));
    }
    let registration = match kind.text {
        "permanent" => Registration::Permanent,
        "obsolete" => Registration::Obsolete,
        "reserved" => Registration::Reserved,
        "unofficial" => Registration::Unofficial,
        "temporary" => {
            return Err(source.error(
                kind.offset,
                "a temporary registration needs its end: `temporary until YYYY-MM-DD`",
            ));
        }
        other => {
            return Err(source.error(
                kind.offset,
                format!(
                    "unknown kind `{other}`; expected permanent, temporary until YYYY-MM-DD, obsolete, reserved or unofficial"
                ),
            ));
        }
    };
    Ok((registration, None))
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Links a citation to where it can be read: RFCs and their sections, and Internet-Drafts.
pub(crate) fn parse_reference(text: &str) -> Reference {
    let url = if let Some(rest) = text.strip_prefix("RFC") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let section = rest[digits.len()..]
            .trim_start_matches([',', ' '])
            .strip_prefix("Section ")
            .map(str::trim);
        (!digits.is_empty()).then(|| match section {
            Some(section) => {
                format!("https://www.rfc-editor.org/rfc/rfc{digits}#section-{section}")
            }
            None => format!("https://www.rfc-editor.org/rfc/rfc{digits}"),
        })
    } else if text.starts_with("draft-") && !text.contains(' ') {
        Some(format!("https://datatracker.ietf.org/doc/{text}"))
    } else {
        None
    };
    Reference {
        text: text.to_owned(),
        url,
    }
}
