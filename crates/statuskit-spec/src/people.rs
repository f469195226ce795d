//! The sentences for people (`spec/people.txt`): what a person who sees an error page reads,
//! one `CODE | KOREAN | ENGLISH` a line, and the check that every 4xx and 5xx status of the
//! spec has one.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Source};
use crate::hangul::is_hangul;
use crate::line_table::{self, Record};
use crate::model::{Class, Spec};

/// Every line of the file, by code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeopleTexts {
    /// The sentences, ascending by code.
    pub entries: Vec<PeopleText>,
}

/// The sentence of one status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeopleText {
    /// The three-digit code.
    pub code: u16,
    /// The Korean sentence.
    pub ko: String,
    /// The English sentence.
    pub en: String,
    /// Byte offset of the line, for diagnostics.
    pub offset: usize,
}

impl PeopleTexts {
    /// The sentence of `code`.
    pub fn get(&self, code: u16) -> Option<&PeopleText> {
        self.entries.iter().find(|entry| entry.code == code)
    }
}

/// Parses the file, reporting every bad line at its place.
pub fn parse_people(source: &Source<'_>) -> Result<PeopleTexts, Vec<Diagnostic>> {
    let mut entries: Vec<PeopleText> = Vec::new();
    let mut errors = Vec::new();
    let mut first_line: HashMap<u16, usize> = HashMap::new();
    for record in line_table::records(source.text) {
        let line_offset = record.offset;
        match parse_line(source, record) {
            Ok(entry) => match first_line.get(&entry.code) {
                Some(&first) => errors.push(source.error(
                    line_offset,
                    format!(
                        "{} has two sentences; the first is at line {}",
                        entry.code,
                        source.line(first)
                    ),
                )),
                None => {
                    first_line.insert(entry.code, line_offset);
                    entries.push(entry);
                }
            },
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        entries.sort_by_key(|entry| entry.code);
        Ok(PeopleTexts { entries })
    } else {
        Err(errors)
    }
}

fn parse_line(source: &Source<'_>, record: Record<'_>) -> Result<PeopleText, Diagnostic> {
    let [code, ko, en] = &record.fields[..] else {
        return Err(source.error(
            record.offset,
            format!(
                "expected 3 fields `CODE | KOREAN | ENGLISH`, found {}",
                record.fields.len()
            ),
        ));
    };
    let code_value = code
        .text
        .parse::<u16>()
        .ok()
        .filter(|value| code.text.len() == 3 && (400..=599).contains(value))
        .ok_or_else(|| {
            source.error(
                code.offset,
                format!(
                    "expected the code of a 4xx or 5xx status, found `{}`",
                    code.text
                ),
            )
        })?;
    if !ko.text.chars().any(is_hangul) {
        return Err(source.error(
            ko.offset,
            format!("{code_value} has no Korean sentence; write one in Hangul"),
        ));
    }
    if en.text.is_empty() || en.text.chars().any(is_hangul) {
        return Err(source.error(
            en.offset,
            format!("{code_value} has no English sentence; the third field is the English one"),
        ));
    }
    for field in [ko, en] {
        if !field.text.ends_with(['.', '!', '?']) {
            return Err(source.error(
                field.offset + field.text.len(),
                format!("{code_value}'s sentence ends without a full stop; end it with `.`"),
            ));
        }
    }
    Ok(PeopleText {
        code: code_value,
        ko: ko.text.to_owned(),
        en: en.text.to_owned(),
        offset: record.offset,
    })
}

/// Every 4xx and 5xx status of `spec` has a sentence in `texts`, and every sentence a status:
/// each missing one is an error at the end of the file that names the line to add.
pub fn check_people(source: &Source<'_>, texts: &PeopleTexts, spec: &Spec) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let errorish = |class: Class| matches!(class, Class::ClientError | Class::ServerError);
    for status in spec.statuses.iter().filter(|status| errorish(status.class)) {
        if texts.get(status.code).is_none() {
            errors.push(source.error(
                source.text.len(),
                format!(
                    "{} {} has no sentence for people; add a line `{} | 한국어 문장. | An English sentence.`",
                    status.code, status.phrase, status.code
                ),
            ));
        }
    }
    for entry in &texts.entries {
        let known = spec
            .statuses
            .iter()
            .any(|status| status.code == entry.code && errorish(status.class));
        if !known {
            errors.push(source.error(
                entry.offset,
                format!(
                    "{} is not a 4xx or 5xx status of the spec; remove the line",
                    entry.code
                ),
            ));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<PeopleTexts, Vec<String>> {
        parse_people(&Source::new("people.txt", text))
            .map_err(|errors| errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn lines_are_read_and_bad_ones_named_at_their_place() {
        let texts = parse("# comment\n404 | 찾을 수 없습니다. | Not there.\n").unwrap();
        assert_eq!(texts.get(404).map(|t| t.en.as_str()), Some("Not there."));
        let cases = [
            (
                "404 | 없습니다.\n",
                "people.txt:1:1: expected 3 fields `CODE | KOREAN | ENGLISH`, found 2",
            ),
            (
                "204 | 없습니다. | None.\n",
                "people.txt:1:1: expected the code of a 4xx or 5xx status, found `204`",
            ),
            (
                "404 | Gone. | Gone.\n",
                "people.txt:1:7: 404 has no Korean sentence; write one in Hangul",
            ),
            (
                "404 | 없습니다. | 없습니다.\n",
                "people.txt:1:15: 404 has no English sentence; the third field is the English one",
            ),
            (
                "404 | 없습니다 | None.\n",
                "people.txt:1:11: 404's sentence ends without a full stop; end it with `.`",
            ),
            (
                "404 | 없습니다. | None.\n404 | 없어요. | Gone.\n",
                "people.txt:2:1: 404 has two sentences; the first is at line 1",
            ),
        ];
        for (text, message) in cases {
            let errors = parse(text).unwrap_err();
            assert_eq!(errors, [message], "{text:?}");
        }
    }
}
