//! Merges the document with the registry into a `Spec`, checking every entry against it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::diagnostic::{Diagnostic, Source};
use crate::model::{Class, ClassSection, Registration, ReservedCode, Spec, StatusRecord};
use crate::parse::{Document, Entry};
use crate::registry::{Registry, RegistryEntry};

/// The merged spec and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The spec.
    pub spec: Spec,
    /// Things worth a look that do not stop the build (registry codes the document does not explain).
    pub warnings: Vec<Diagnostic>,
}

/// Checks the document against the registry and builds the spec, or returns every error found.
pub fn merge(
    doc: &Document,
    source: Source<'_>,
    registry: &Registry,
    registry_source: Source<'_>,
) -> Result<Merged, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut explained: Vec<(&RegistryEntry, &Entry)> = Vec::new();
    for (index, entry) in doc.entries.iter().enumerate() {
        if let Some(registered) = check_entry(doc, index, entry, source, registry, &mut errors) {
            explained.push((registered, entry));
        }
    }
    check_classes(doc, source, &mut errors);
    if !errors.is_empty() {
        errors.sort_by_key(|e| (e.line, e.col));
        return Err(errors);
    }

    let mut warnings = Vec::new();
    let mut statuses = Vec::new();
    let mut reserved = Vec::new();
    for registered in &registry.entries {
        let entry = explained
            .iter()
            .find(|(r, _)| r.code == registered.code)
            .map(|(_, e)| *e);
        if registered.is_unused() {
            reserved.push(ReservedCode {
                code: registered.code,
                reference: registered.reference.clone(),
                summary_en: registered.summary_en.clone(),
            });
            continue;
        }
        if entry.is_none() {
            warnings.push(registry_source.warning(
                registered.offset,
                format!(
                    "{} {} is in the registry but the document does not explain it",
                    registered.code, registered.phrase
                ),
            ));
        }
        statuses.push(record(registered, entry));
    }

    let spec = Spec {
        title: doc.title.clone(),
        intro: doc.intro.join("\n\n"),
        classes: Class::ALL
            .iter()
            .map(|&class| class_section(doc, class))
            .collect(),
        statuses,
        reserved,
    };
    Ok(Merged { spec, warnings })
}

/// Reports what is wrong with one entry; returns its registry entry when nothing is.
fn check_entry<'r>(
    doc: &Document,
    index: usize,
    entry: &Entry,
    source: Source<'_>,
    registry: &'r Registry,
    errors: &mut Vec<Diagnostic>,
) -> Option<&'r RegistryEntry> {
    let code = entry.code;
    let Some(class) = Class::of(code).filter(|_| code >= 100) else {
        errors.push(source.error(
            entry.code_offset,
            format!("status code {code:03} is outside 100–599"),
        ));
        return None;
    };
    let mut ok = true;
    if let Some(first) = doc.entries[..index].iter().find(|e| e.code == code) {
        let (line, _) = source.line_col(first.offset);
        errors.push(source.error(
            entry.code_offset,
            format!("status {code} is defined twice; first at line {line}"),
        ));
        ok = false;
    }
    if let Some(section) = entry.section.map(|i| &doc.sections[i]) {
        if section.class != class {
            let (line, _) = source.line_col(section.offset);
            errors.push(source.error(
                entry.code_offset,
                format!(
                    "{code} is a {}xx status but stands under the {}XX section (line {line}); move it to the {}XX section",
                    class.digit(),
                    section.class.digit(),
                    class.digit()
                ),
            ));
            ok = false;
        }
    }
    if entry.blocks.is_empty() {
        errors.push(source.error(
            entry.code_offset,
            format!("status {code} has no explanation; write it after the name, or in the paragraphs below"),
        ));
        ok = false;
    } else if first_sentence(&entry.blocks.join("\n\n")).is_none() {
        errors.push(source.error(
            entry.code_offset,
            format!(
                "status {code}'s explanation has no sentence of prose; start it with one, it becomes the status's Korean summary"
            ),
        ));
        ok = false;
    }
    let Some(registered) = registry.get(code) else {
        errors.push(source.error(
            entry.code_offset,
            format!(
                "{code} is not in the registry; if it is a vendor's code, add it to the registry file as `unofficial`"
            ),
        ));
        return None;
    };
    if registered.is_unused() {
        errors.push(source.error(
            entry.code_offset,
            format!(
                "{code} is reserved by {} and no status may use it",
                registered.reference.text
            ),
        ));
        return None;
    }
    if let Some(owner) = registry
        .entries
        .iter()
        .find(|other| other.code != code && other.phrase.eq_ignore_ascii_case(&entry.name))
    {
        errors.push(source.error(
            entry.code_offset,
            format!(
                "{code} is named `{}`, which is the name of {}",
                entry.name, owner.code
            ),
        ));
        ok = false;
    }
    ok.then_some(registered)
}

/// A class may have one section and one intro summary line: a second would be silently lost.
fn check_classes(doc: &Document, source: Source<'_>, errors: &mut Vec<Diagnostic>) {
    for (index, section) in doc.sections.iter().enumerate() {
        if let Some(first) = doc.sections[..index]
            .iter()
            .find(|s| s.class == section.class)
        {
            let (line, _) = source.line_col(first.offset);
            errors.push(source.error(
                section.offset,
                format!(
                    "the {}XX section is opened twice; first at line {line}; merge the two",
                    section.class.digit()
                ),
            ));
        }
    }
    for (index, summary) in doc.summaries.iter().enumerate() {
        if let Some(first) = doc.summaries[..index]
            .iter()
            .find(|s| s.class == summary.class)
        {
            let (line, _) = source.line_col(first.offset);
            errors.push(source.error(
                summary.offset,
                format!(
                    "the intro summarises {}xx twice; first at line {line}; keep one line per class",
                    summary.class.digit()
                ),
            ));
        }
    }
}

fn record(registered: &RegistryEntry, entry: Option<&Entry>) -> StatusRecord {
    let code = registered.code;
    let aliases = entry
        .map(|e| e.name.clone())
        .filter(|name| !name.eq_ignore_ascii_case(&registered.phrase))
        .into_iter()
        .collect();
    let description = entry.map(|e| e.blocks.join("\n\n"));
    StatusRecord {
        code,
        class: Class::of(code).expect("the registry holds only codes in 100..=599"),
        phrase: registered.phrase.clone(),
        variant: variant_name(&registered.phrase),
        aliases,
        registration: registered.registration,
        expires: registered.expires.clone(),
        standard: matches!(
            registered.registration,
            Registration::Permanent | Registration::Obsolete
        ),
        reference: registered.reference.clone(),
        summary_en: registered.summary_en.clone(),
        name_ko: entry.and_then(|e| e.gloss.clone()),
        summary_ko: description.as_deref().and_then(first_sentence),
        description_ko: description,
    }
}

fn class_section(doc: &Document, class: Class) -> ClassSection {
    let summary = doc.summaries.iter().find(|s| s.class == class);
    let section = doc.sections.iter().find(|s| s.class == class);
    ClassSection {
        class,
        name: summary.map_or_else(|| class.rfc_name().to_owned(), |s| s.name.clone()),
        overview_ko: summary.map(|s| s.text.clone()).filter(|t| !t.is_empty()),
        title_ko: section.and_then(|s| s.title.clone()),
        description_ko: section
            .map(|s| s.blocks.join("\n\n"))
            .filter(|t| !t.is_empty()),
    }
}

/// The canonical phrase in UpperCamelCase: `I'm a teapot` → `ImATeapot`, `URI Too Long` → `UriTooLong`.
pub fn variant_name(phrase: &str) -> String {
    phrase
        .replace(['\'', '’'], "")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect()
}

/// The first sentence of a Markdown text's first paragraph, as plain text.
fn first_sentence(markdown: &str) -> Option<String> {
    let mut text = String::new();
    let mut in_paragraph = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(TagEnd::Paragraph) if in_paragraph => break,
            Event::Text(t) | Event::Code(t) if in_paragraph => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_paragraph => text.push(' '),
            _ => {}
        }
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // A sentence ends at `.`, `?` or `!` followed by a space, the end, or non-ASCII text
    // (the seed writes `제공한다.클라이언트가` with no space); `HTTP/1.1` is not an end.
    let end = chars.iter().enumerate().find_map(|(i, &(at, c))| {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let ends =
            matches!(c, '.' | '?' | '!') && next.is_none_or(|n| n.is_whitespace() || !n.is_ascii());
        ends.then_some(at + c.len_utf8())
    });
    let sentence = text[..end.unwrap_or(text.len())].trim();
    (!sentence.is_empty()).then(|| sentence.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        for (phrase, variant) in [
            ("Not Found", "NotFound"),
            ("I'm a teapot", "ImATeapot"),
            ("URI Too Long", "UriTooLong"),
            ("OK", "Ok"),
            (
                "Non-Authoritative Information",
                "NonAuthoritativeInformation",
            ),
            ("IM Used", "ImUsed"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
        ] {
            assert_eq!(variant_name(phrase), variant);
        }
    }

    #[test]
    fn first_sentences() {
        assert_eq!(
            first_sentence("콘텐츠의 일부 부분만 제공한다.클라이언트가").as_deref(),
            Some("콘텐츠의 일부 부분만 제공한다.")
        );
        assert_eq!(
            first_sentence("HTTP/1.1 요청이다. 둘째").as_deref(),
            Some("HTTP/1.1 요청이다.")
        );
        assert_eq!(
            first_sentence("마침표 없이 끝난다").as_deref(),
            Some("마침표 없이 끝난다")
        );
        assert_eq!(first_sentence("```\ncode\n```").as_deref(), None);
        assert_eq!(
            first_sentence("[링크](http://x)가 있다. 다음").as_deref(),
            Some("링크가 있다.")
        );
    }
}
