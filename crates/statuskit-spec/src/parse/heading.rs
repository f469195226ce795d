//! Headings: `### 404 Not Found` opens an entry that ends at the next heading of its level or
//! above; `## 4xx Client Errors` opens a class section; a heading that is only a link to an
//! anchor of the document is navigation.

use std::ops::Range;

use super::{Reader, Target};
use crate::head;

pub(super) fn read(reader: &mut Reader<'_>, whole: Range<usize>, content: Range<usize>, level: u8) {
    let line = &reader.text()[content.clone()];
    let in_intro = matches!(reader.target, Target::Intro);
    if level == 1 && in_intro && reader.doc.title.is_none() && reader.doc.entries.is_empty() {
        reader.doc.title = Some(line.trim().to_owned());
    } else if head::is_anchor_link(line) {
        reader.close_for_heading(level);
        reader.push(whole);
    } else if let Some(head) = head::entry_head(line, true) {
        let rest = reader.open_entry(content.start, head, Some(level));
        reader.push(rest..content.end);
    } else if let Some(head) = head::class_head(line, true).or_else(|| head::class_heading(line)) {
        let rest = reader.open_class(content.start, line.len(), head, Some(level));
        reader.push(rest..content.end);
    } else {
        reader.check_unread(content.start, line, "as a heading `### CODE Name`");
        reader.close_for_heading(level);
        reader.push(whole);
    }
}
