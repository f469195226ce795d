//! Lists, bulleted or numbered: an item whose first line opens an entry (`- **404 Not Found**:
//! …`, MDN's `- {{HTTPStatus(404, "404 Not Found")}}`) is that entry, its nested bullets and
//! paragraphs the explanation. A list of links to the document's own anchors is a table of
//! contents, kept as text.

use std::ops::Range;

use super::blocks::Item;
use super::{Reader, column, first_line};
use crate::head;

pub(super) fn read(reader: &mut Reader<'_>, whole: Range<usize>, items: Vec<Item>) {
    let text = reader.text();
    let opens_entry = |item: &Item| {
        let line = first_line(&text[item.content.clone()]);
        !head::is_anchor_link(line) && head::entry_head(line, false).is_some()
    };
    if !items.iter().any(opens_entry) {
        for item in &items {
            let line = first_line(&text[item.content.clone()]);
            reader.check_unread(
                item.content.start,
                line,
                "as a list item `- CODE Name: 설명`",
            );
        }
        reader.push(whole);
        return;
    }
    let section = reader.section();
    for item in items {
        if opens_entry(&item) {
            reader.indent = column(text, item.content.start);
            super::paragraph::read(reader, item.content.clone());
            reader.indent = 0;
            unwrap_definitions(reader);
        } else {
            let line = first_line(&text[item.content.clone()]);
            reader.check_unread(
                item.content.start,
                line,
                "as a list item `- CODE Name: 설명`",
            );
            if head::is_anchor_link(line) {
                reader.target = section.map_or(super::Target::Intro, super::Target::Section);
            }
            reader.push(item.whole);
        }
    }
}

/// MDN writes an explanation as a nested item `  - : 설명`: its text is a paragraph.
fn unwrap_definitions(reader: &mut Reader<'_>) {
    let super::Target::Entry(index) = reader.target else {
        return;
    };
    for block in &mut reader.doc.entries[index].blocks {
        if block.lines().next().is_some_and(is_definition_item) {
            let mut out = String::with_capacity(block.len());
            for line in block.lines() {
                let trimmed = line.trim_start();
                if is_definition_item(trimmed) {
                    if !out.is_empty() {
                        out.push_str("\n\n");
                    }
                    out.push_str(trimmed[3..].trim_start());
                } else {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(trimmed);
                }
            }
            *block = out;
        }
    }
}

fn is_definition_item(line: &str) -> bool {
    ["- :", "* :", "+ :"]
        .iter()
        .any(|marker| line.starts_with(marker))
}
