//! Lists, bulleted or numbered: an item whose first line opens an entry (`- **404 Not Found**:
//! …`, MDN's `- {{HTTPStatus(404, "404 Not Found")}}`) is that entry, its nested bullets and
//! paragraphs the explanation. A list of links to the document's own anchors is a table of
//! contents, kept as text.

use std::ops::Range;

use super::blocks::Item;
use super::reader::{Reader, Target, column, first_line};
use crate::head;

pub(crate) fn read(reader: &mut Reader<'_>, whole: Range<usize>, items: Vec<Item>) {
    let text = reader.text();
    let opens_entry = |item: &Item| {
        let line = first_line(&text[item.content.clone()]);
        !head::is_anchor_link(line)
            && (head::entry_head(line, false).is_some() || code_over_nested(text, item, line))
    };
    if !items.iter().any(opens_entry)
        && reader.depth < MAX_GROUP_DEPTH
        && items.iter().any(|item| has_nested_entries(text, item))
    {
        let outer = reader.section();
        for item in &items {
            read_group(reader, item, outer);
        }
        return;
    }
    if !items.iter().any(opens_entry) {
        // A numbered question (`2. 리소스가 없으면?`) starts the next part of a Q&A: the
        // answer before it has ended.
        if items.first().is_some_and(|item| {
            first_line(&text[item.content.clone()])
                .trim_end()
                .ends_with(['?', '？'])
        }) {
            reader.close_entry();
        }
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
        let line = first_line(&text[item.content.clone()]);
        if opens_entry(&item) && code_over_nested(text, &item, line) {
            if let Some(head) = head::entry_head(line, true) {
                reader.indent = column(text, item.content.start);
                let rest = reader.open_entry(item.content.start, head, None);
                reader.push(rest..item.content.end);
                reader.indent = 0;
            }
        } else if opens_entry(&item) {
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
                reader.target = section.map_or(Target::Intro, Target::Section);
            }
            reader.push(item.whole);
        }
    }
}

/// `* 200` over `  * OK, 성공했음을 알림`: a code alone, its name and text in the item under it.
fn code_over_nested(text: &str, item: &Item, line: &str) -> bool {
    let nested = text[item.content.clone()].len() > line.len();
    nested
        && head::entry_head(line, true)
            .is_some_and(|head| head.name.is_empty() && line[head.rest_at..].trim().is_empty())
}

/// How deep list groups are read: a class over its entries is two levels.
const MAX_GROUP_DEPTH: usize = 4;

/// An item that groups entries in a nested list (`- 2xx (성공)` / `  - 200 OK: …`): its first
/// line opens a class section when it names one, and its nested blocks are read as the
/// document's own. A group that names no class ends the one before it: its entries stand in
/// the section around the list (`outer`).
fn read_group(reader: &mut Reader<'_>, item: &Item, outer: Option<usize>) {
    let text = reader.text();
    let first = first_line(&text[item.content.clone()]);
    let first_end = item.content.start + first.len();
    let class = head::class_head(first, true).or_else(|| head::class_heading(first));
    match class {
        Some(class) => {
            let rest = reader.open_class(item.content.start, first.len(), class, None);
            reader.push(rest..first_end);
        }
        None => {
            reader.target = outer.map_or(Target::Intro, Target::Section);
            reader.check_unread(
                item.content.start,
                first,
                "as a list item `- CODE Name: 설명`",
            );
            reader.push(item.content.start..first_end);
        }
    }
    reader.depth += 1;
    for block in super::blocks::nested_blocks(&text[first_end..item.content.end], first_end) {
        reader.block(block);
    }
    reader.depth -= 1;
}

/// Whether a line after the item's first opens an entry in a nested list.
fn has_nested_entries(text: &str, item: &Item) -> bool {
    text[item.content.clone()].lines().skip(1).any(|line| {
        let line = line.trim_start();
        let marker = line
            .find(' ')
            .filter(|&end| {
                let marker = &line[..end];
                ["-", "*", "+"].contains(&marker)
                    || (marker.len() > 1
                        && marker.ends_with(['.', ')'])
                        && marker[..marker.len() - 1]
                            .bytes()
                            .all(|b| b.is_ascii_digit()))
            })
            .map_or(0, |end| end + 1);
        marker > 0 && head::entry_head(&line[marker..], false).is_some()
    })
}

/// MDN writes an explanation as a nested item `  - : 설명`: its text is a paragraph.
fn unwrap_definitions(reader: &mut Reader<'_>) {
    let Target::Entry(index) = reader.target else {
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
