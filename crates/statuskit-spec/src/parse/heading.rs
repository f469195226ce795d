//! Headings: `### 404 Not Found` opens an entry that ends at the next heading of its level or
//! above; `## 4xx Client Errors` opens a class section; a heading that is only a link to an
//! anchor of the document is navigation.

use std::ops::Range;

use super::reader::{Reader, Target};
use crate::head;

pub(crate) fn read(reader: &mut Reader<'_>, whole: Range<usize>, content: Range<usize>, level: u8) {
    let line = &reader.text()[content.clone()];
    let in_intro = matches!(reader.target, Target::Intro);
    if head::is_anchor_link(line) {
        reader.close_for_heading(level);
        reader.push(whole);
    } else if let Some(heads) = several_codes(line) {
        reader.close_for_heading(level);
        reader.open_group(content.start, heads, level);
    } else if let Some(head) = head::entry_head(line, true)
        .or_else(|| phrase_head(reader, line))
        .or_else(|| question_head(line))
    {
        let rest = reader.open_entry(content.start, head, Some(level));
        reader.push(rest..content.end);
    } else if let Some(head) = head::class_head(line, true).or_else(|| head::class_heading(line)) {
        let rest = reader.open_class(content.start, line.len(), head, Some(level));
        reader.push(rest..content.end);
    } else if level == 1 && in_intro && reader.doc.title.is_none() && reader.doc.entries.is_empty()
    {
        reader.doc.title = Some(line.trim().to_owned());
    } else {
        reader.check_unread(content.start, line, "as a heading `### CODE Name`");
        reader.close_for_heading(level);
        reader.push(whole);
    }
}

/// `### Service Unavailable`, `### Not Found (찾을 수 없음)`: a registered phrase with no code.
fn phrase_head(reader: &Reader<'_>, line: &str) -> Option<head::EntryHead> {
    let cleaned = head::Cleaned::new(line);
    let text = cleaned.text.trim().trim_matches('*');
    // `15.6.4 Service Unavailable`: a section number before the phrase.
    let text = strip_section_number(text);
    let name = text.split_once('(').map_or(text, |(name, _)| name);
    let code = reader.phrases.code(name.trim_end_matches([':', ' ']))?;
    let numbered = strip_section_number(line.trim_start());
    let number_len = line.len() - numbered.len();
    let mut entry = head::entry_head(&format!("{code} {numbered}"), true)?;
    // Offsets into `CODE line`: back into the line, past the code and its space.
    let prefix = code.to_string().len() + 1;
    entry.code_at = 0;
    entry.rest_at = (entry.rest_at.saturating_sub(prefix) + number_len).min(line.len());
    Some(entry)
}

/// `500, 502, 503, 504 - Server Errors`, `401 / 403`: a heading naming several codes, each an
/// entry of the text under it; what follows the codes is the heading's label, not a name.
fn several_codes(line: &str) -> Option<Vec<head::EntryHead>> {
    let mut heads = Vec::new();
    let mut at = line.len() - line.trim_start_matches([' ', '#', '*', '_', '`']).len();
    loop {
        let digits = line[at..].bytes().take_while(u8::is_ascii_digit).count();
        if digits != 3 {
            return None;
        }
        heads.push(head::EntryHead {
            code: line[at..at + 3].parse().ok()?,
            code_at: at,
            name: String::new(),
            gloss: None,
            rest_at: line.len(),
        });
        // A heading names a few statuses (`500, 502, 503, 504`); dozens are a list of numbers,
        // and each entry's diagnostics would count columns along the same long line.
        if heads.len() > MAX_CODES {
            return None;
        }
        at += 3;
        let rest = &line[at..];
        let joined = rest.trim_start_matches(['*', '_', '`']).trim_start();
        let after = ["and ", "& ", ",", "/", "및 "]
            .iter()
            .find_map(|joint| joined.strip_prefix(joint));
        match after {
            Some(next) if next.trim_start().starts_with(|c: char| c.is_ascii_digit()) => {
                at = line.len() - next.trim_start().len();
            }
            _ => break,
        }
    }
    (heads.len() > 1).then_some(heads)
}

/// The most codes one heading is read as naming.
const MAX_CODES: usize = 16;

/// `What does HTTP status 404 mean?`: a question about one code heads its answer.
fn question_head(line: &str) -> Option<head::EntryHead> {
    let question = line.trim_end();
    if !question.ends_with(['?', '？']) {
        return None;
    }
    let mut found = None;
    for (at, _) in question.match_indices(|c: char| c.is_ascii_digit()) {
        let bytes = question.as_bytes();
        // Only a run's first digit starts a number: each run is counted once.
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let digits = question[at..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 3 && !question[at + 3..].starts_with(|c: char| c.is_alphanumeric()) {
            if found.is_some() {
                return None;
            }
            found = Some(at);
        }
    }
    let at = found?;
    let code: u16 = question[at..at + 3].parse().ok()?;
    (100..=599).contains(&code).then(|| head::EntryHead {
        code,
        code_at: at,
        name: String::new(),
        gloss: None,
        rest_at: line.len(),
    })
}

/// The text after a leading section number (`15.6.4 `, `3. `), or all of it.
fn strip_section_number(text: &str) -> &str {
    let number = text
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b'.')
        .count();
    match text[number..].strip_prefix(' ') {
        Some(rest) if number > 0 && text[..number].contains('.') => rest.trim_start(),
        _ => text,
    }
}
