//! Merges the document with the registry into a `Spec`, checking every entry against it.
//!
//! This file checks the entries and builds the records; `language` splits an explanation into
//! its Korean and English text and `sentence` finds its first sentence. Uses the parsed
//! document, the registry, the model and `crate::naming`.

mod language;
mod sentence;

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Source};
use crate::hangul::is_hangul;
use crate::model::{
    Class, ClassSection, Registration, ReservedCode, SourceLines, Spec, StatusRecord,
};
use crate::naming::variant_name;
use crate::parse::{Document, Entry};
use crate::registry::{Registry, RegistryEntry};
use language::{split_blocks, split_by_language};
use sentence::first_sentence;

/// The merged spec and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The spec.
    pub spec: Spec,
    /// Places in the document that look like an entry but were not read as one.
    pub unread: Vec<Diagnostic>,
    /// Other things worth a look that do not stop the build (one line for the registry codes
    /// the document does not explain).
    pub warnings: Vec<Diagnostic>,
}

/// One status as the document gives it: its entries (two when a Korean and an English
/// paragraph explain the same code) merged by language.
struct Explained<'d> {
    first: &'d Entry,
    ko: Vec<&'d str>,
    en: Vec<&'d str>,
    gloss: Option<&'d str>,
    line: usize,
    end_line: usize,
}

/// Checks the document against the registry and builds the spec, or returns every error found.
pub fn merge(
    doc: &Document,
    source: &Source<'_>,
    registry: &Registry,
    registry_source: &Source<'_>,
) -> Result<Merged, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let by_code: HashMap<u16, &RegistryEntry> =
        registry.entries.iter().map(|e| (e.code, e)).collect();
    let by_phrase: HashMap<String, u16> = registry
        .entries
        .iter()
        .map(|e| (e.phrase.to_ascii_lowercase(), e.code))
        .collect();
    let mut explained: HashMap<u16, Explained<'_>> = HashMap::new();
    let mut unread = Vec::new();
    // Each code's first entry: its line, whether it has Korean and English text, and whether
    // it is a row of a summary table.
    let mut seen: HashMap<u16, (usize, bool, bool, bool, bool)> = HashMap::new();
    // A document that explains some codes and only names others is read: each named code is a
    // warning at its line (the project's document stays strict: `regen` refuses any warning).
    let some_explained = doc.entries.iter().any(|entry| !entry.blocks.is_empty());
    for entry in &doc.entries {
        if entry.blocks.is_empty() && some_explained {
            unread.push(source.warning(
                entry.code_offset,
                format!(
                    "status {} is named but not explained, so it is left out; write its explanation after the name, or in the paragraphs below",
                    entry.code
                ),
            ));
            continue;
        }
        let (ko, en) = split_by_language(entry);
        let (line, end_line) = lines_of(source, entry.offset, entry.end);
        let mut duplicate = false;
        match seen.get_mut(&entry.code) {
            None => {
                seen.insert(
                    entry.code,
                    (
                        line,
                        !ko.is_empty(),
                        !en.is_empty(),
                        entry.in_table,
                        entry.level.is_some(),
                    ),
                );
            }
            // A heading's entry and a one-line summary of it in a list later (`- 404 : 없는
            // 리소스`): one status, explained by the heading's text and lines; the summary is
            // checked, not added.
            Some((.., headed)) if *headed && entry.level.is_none() && is_one_line(entry) => {
                duplicate = true;
            }
            // A Korean and an English paragraph for the same code, or a summary table's row and
            // the text's own entry: one status, the texts in document order.
            Some((_, has_ko, has_en, in_table, _))
                if (ko.is_empty() || !*has_ko) && (en.is_empty() || !*has_en)
                    || *in_table != entry.in_table =>
            {
                *in_table = false;
                *has_ko |= !ko.is_empty();
                *has_en |= !en.is_empty();
            }
            Some((first, ..)) => {
                errors.push(source.error(
                    entry.code_offset,
                    format!(
                        "status {} is defined twice; first at line {first}",
                        entry.code
                    ),
                ));
                duplicate = true;
            }
        }
        let registered = check_entry(
            doc,
            entry,
            source,
            &by_code,
            &by_phrase,
            &mut errors,
            &mut unread,
        );
        let Some(registered) = registered.filter(|_| !duplicate) else {
            continue;
        };
        match explained.get_mut(&registered.code) {
            Some(earlier) => {
                earlier.ko.extend(ko);
                earlier.en.extend(en);
                earlier.gloss = earlier.gloss.or(entry.gloss.as_deref());
                earlier.line = earlier.line.min(line);
                earlier.end_line = earlier.end_line.max(end_line);
            }
            None => {
                explained.insert(
                    registered.code,
                    Explained {
                        first: entry,
                        ko,
                        en,
                        gloss: entry.gloss.as_deref(),
                        line,
                        end_line,
                    },
                );
            }
        }
    }
    for status in explained.values() {
        check_explanation(status, source, &mut errors);
    }
    check_classes(doc, source, &mut errors);
    for note in &doc.unread {
        if note.lost {
            errors.push(source.error(note.offset, note.message.clone()));
        } else {
            unread.push(source.warning(note.offset, note.message.clone()));
        }
    }
    if doc.entries.is_empty() {
        errors.push(source.error(
            0,
            "the document explains no status; write each as a heading (`### 404 Not Found`), a paragraph (`404 Not Found: 설명`), a list item or a table row",
        ));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| (e.line, e.col));
        return Err(errors);
    }
    unread.sort_by_key(|w| (w.line, w.col));

    let mut warnings = Vec::new();
    let mut statuses = Vec::new();
    let mut reserved = Vec::new();
    let mut unexplained = Vec::new();
    for registered in &registry.entries {
        let entry = explained.get(&registered.code);
        if registered.is_unused() {
            reserved.push(ReservedCode {
                code: registered.code,
                reference: registered.reference.clone(),
                summary_en: registered.summary_en.clone(),
                description_ko: entry.and_then(|e| joined(&e.ko)),
                description_en: entry.and_then(|e| joined(&e.en)),
                source: entry.map(source_lines),
            });
            continue;
        }
        if entry.is_none() {
            unexplained.push(registered);
        }
        statuses.push(record(registered, entry));
    }
    if let Some(first) = unexplained.first() {
        let codes: Vec<String> = unexplained.iter().map(|r| r.code.to_string()).collect();
        let (count, plural) = match unexplained.len() {
            1 => ("1 status".to_owned(), "is"),
            n => (format!("{n} statuses"), "are"),
        };
        warnings.push(registry_source.warning(
            first.offset,
            format!(
                "{count} in the registry {plural} not explained by the document ({}); their docs fall back to the registry's English sentence",
                codes.join(", ")
            ),
        ));
    }

    let spec = Spec {
        title: doc.title.clone(),
        intro: doc.intro.join("\n\n"),
        classes: Class::ALL
            .iter()
            .map(|&class| class_section(doc, source, class))
            .collect(),
        statuses,
        reserved,
    };
    Ok(Merged {
        spec,
        unread,
        warnings,
    })
}

/// An entry of one short line: a summary's row, not a second explanation.
fn is_one_line(entry: &Entry) -> bool {
    matches!(entry.blocks.as_slice(), [only] if !only.contains('\n') && only.chars().count() <= 80)
}

/// Reports what is wrong with one entry; returns its registry entry when nothing is.
fn check_entry<'r>(
    doc: &Document,
    entry: &Entry,
    source: &Source<'_>,
    by_code: &HashMap<u16, &'r RegistryEntry>,
    by_phrase: &HashMap<String, u16>,
    errors: &mut Vec<Diagnostic>,
    skipped: &mut Vec<Diagnostic>,
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
    if let Some(section) = entry.section.map(|i| &doc.sections[i])
        && section.class != class
    {
        let line = source.line(section.offset);
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
    if entry.blocks.is_empty() {
        errors.push(source.error(
            entry.code_offset,
            format!("status {code} has no explanation; write it after the name, or in the paragraphs below"),
        ));
        ok = false;
    }
    let Some(&registered) = by_code.get(&code) else {
        // Explainers list vendors' codes (499, 520) the registry does not know: the rest of the
        // document is still read, the entry is named with its place, and `regen` refuses it.
        skipped.push(source.warning(
            entry.code_offset,
            format!(
                "{code} is not in the registry, so its entry is left out of the spec; if it is a vendor's code, add it to the registry file as `unofficial`"
            ),
        ));
        return None;
    };
    if let Some(&owner) = by_phrase
        .get(&entry.name.to_ascii_lowercase())
        .filter(|&&owner| owner != code)
    {
        errors.push(source.error(
            entry.code_offset,
            format!(
                "{code} is named `{}`, which is the name of {owner}",
                entry.name
            ),
        ));
        ok = false;
    }
    ok.then_some(registered)
}

/// An explanation must start with a sentence: it becomes the status's summary.
fn check_explanation(status: &Explained<'_>, source: &Source<'_>, errors: &mut Vec<Diagnostic>) {
    let has_sentence =
        |blocks: &[&str]| joined(blocks).as_deref().and_then(first_sentence).is_some();
    if !status.first.blocks.is_empty() && !has_sentence(&status.ko) && !has_sentence(&status.en) {
        let code = status.first.code;
        errors.push(source.error(
            status.first.code_offset,
            format!(
                "status {code}'s explanation has no sentence of prose; start it with one, it becomes the status's summary"
            ),
        ));
    }
}

/// A class may have one section and one intro summary line: a second would be silently lost.
fn check_classes(doc: &Document, source: &Source<'_>, errors: &mut Vec<Diagnostic>) {
    let mut sections: HashMap<Class, usize> = HashMap::new();
    for section in &doc.sections {
        if let Some(&first) = sections.get(&section.class) {
            let line = source.line(first);
            errors.push(source.error(
                section.offset,
                format!(
                    "the {}XX section is opened twice; first at line {line}; merge the two",
                    section.class.digit()
                ),
            ));
        } else {
            sections.insert(section.class, section.offset);
        }
    }
    let mut summaries: HashMap<Class, usize> = HashMap::new();
    for summary in &doc.summaries {
        if let Some(&first) = summaries.get(&summary.class) {
            let line = source.line(first);
            errors.push(source.error(
                summary.offset,
                format!(
                    "the intro summarises {}xx twice; first at line {line}; keep one line per class",
                    summary.class.digit()
                ),
            ));
        } else {
            summaries.insert(summary.class, summary.offset);
        }
    }
}

/// The first and last line of the text between two offsets, blank lines at its end left out.
fn lines_of(source: &Source<'_>, start: usize, end: usize) -> (usize, usize) {
    let end = end.clamp(start, source.text.len());
    let text = source.text.get(start..end).unwrap_or("");
    let last = start + text.trim_end().len();
    let line = source.line(start);
    (line, source.line(last.saturating_sub(1)).max(line))
}

fn source_lines(status: &Explained<'_>) -> SourceLines {
    SourceLines {
        line: status.line,
        end_line: status.end_line,
    }
}

fn joined(blocks: &[&str]) -> Option<String> {
    (!blocks.is_empty()).then(|| blocks.join("\n\n"))
}

fn record(registered: &RegistryEntry, status: Option<&Explained<'_>>) -> StatusRecord {
    let code = registered.code;
    let entry = status.map(|s| s.first);
    let aliases = entry
        .map(|e| e.name.clone())
        .filter(|name| !name.is_empty() && !name.eq_ignore_ascii_case(&registered.phrase))
        .into_iter()
        .collect();
    let description = status.and_then(|s| joined(&s.ko));
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
        name_ko: status.and_then(|s| s.gloss.map(str::to_owned)),
        summary_ko: description.as_deref().and_then(first_sentence),
        description_ko: description,
        description_en: status.and_then(|s| joined(&s.en)),
        source: status.map(source_lines),
    }
}

fn class_section(doc: &Document, source: &Source<'_>, class: Class) -> ClassSection {
    let summary = doc.summaries.iter().find(|s| s.class == class);
    let section = doc.sections.iter().find(|s| s.class == class);
    // An English title (`## Client errors (4xx)`) is the class's English name, not a Korean title.
    let title = section.and_then(|s| s.title.clone());
    let (title_ko, title_en) = match title {
        Some(title) if !title.chars().any(is_hangul) => (None, Some(title)),
        title => (title, None),
    };
    let blocks: Vec<&str> =
        section.map_or_else(Vec::new, |s| s.blocks.iter().map(String::as_str).collect());
    let (ko, en) = split_blocks(&blocks);
    ClassSection {
        class,
        name: summary
            .map(|s| s.name.clone())
            .or(title_en)
            .unwrap_or_else(|| class.rfc_name().to_owned()),
        overview_ko: summary.map(|s| s.text.clone()).filter(|t| !t.is_empty()),
        title_ko,
        description_ko: joined(&ko),
        description_en: joined(&en),
        source: section.map(|s| {
            let (line, end_line) = lines_of(source, s.offset, s.end);
            SourceLines { line, end_line }
        }),
    }
}
