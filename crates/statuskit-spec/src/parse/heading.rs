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
    } else if let Some(head) = head::entry_head(line, true).or_else(|| phrase_head(reader, line)) {
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
    let name = text.split_once('(').map_or(text, |(name, _)| name);
    let code = reader.phrases.code(name.trim_end_matches([':', ' ']))?;
    let mut entry = head::entry_head(&format!("{code} {line}"), true)?;
    // Offsets into `CODE line`: back into the line, past the code and its space.
    let prefix = code.to_string().len() + 1;
    entry.code_at = 0;
    entry.rest_at = entry.rest_at.saturating_sub(prefix).min(line.len());
    Some(entry)
}
