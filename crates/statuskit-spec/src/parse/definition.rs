//! Definition lists: the CommonMark extension (`404 Not Found` / `: 설명`) and HTML's
//! `<dl><dt>404 Not Found</dt><dd>설명</dd></dl>`: a term that heads an entry opens it, its
//! definitions are the explanation.

use std::ops::Range;

use super::blocks::Definition;
use super::{Reader, first_line};
use crate::head;

pub(super) fn read(reader: &mut Reader<'_>, items: Vec<Definition>) {
    let text = reader.text();
    for item in items {
        let title = &text[item.title.clone()];
        let single_line = title.trim_end().lines().count() == 1;
        match head::entry_head(first_line(title), single_line)
            .filter(|_| !head::is_anchor_link(title))
        {
            Some(head) => {
                let rest = reader.open_entry(item.title.start, head, None);
                reader.push(rest..item.title.end);
            }
            None => super::paragraph::read(reader, item.title.clone()),
        }
        for detail in item.details {
            let start = detail.start + text[detail.clone()].len()
                - text[detail.clone()]
                    .trim_start_matches([':', ' ', '\t'])
                    .len();
            // A definition's continuation lines are indented under its `: `.
            reader.indent = super::column(text, start);
            reader.push(start..detail.end);
            reader.indent = 0;
        }
    }
}

/// An HTML block: `<dl>` entries are read, comments dropped, anything else kept as written.
pub(super) fn read_html(reader: &mut Reader<'_>, range: Range<usize>) {
    let text = reader.text();
    let html = &text[range.clone()];
    if !html.trim_start().to_ascii_lowercase().starts_with("<dl") {
        reader.push_block(range);
        return;
    }
    let mut at = 0;
    while let Some((tag, inner)) = next_element(html, at) {
        let start = range.start + inner.start;
        let body = html[inner.clone()].trim();
        if tag == "dt" {
            match head::entry_head(body, true) {
                Some(head) => {
                    let lead = html[inner.clone()].len() - html[inner.clone()].trim_start().len();
                    let rest = reader.open_entry(start + lead, head, None);
                    reader.push(rest..range.start + inner.end);
                }
                None => reader.push(start..range.start + inner.end),
            }
        } else {
            reader.push(start..range.start + inner.end);
        }
        at = inner.end;
    }
}

/// The next `<dt>` or `<dd>` element from `at`: its tag and the range of its content.
fn next_element(html: &str, at: usize) -> Option<(&'static str, Range<usize>)> {
    let lower = html.get(at..)?.to_ascii_lowercase();
    let (tag, open) = ["dt", "dd"]
        .iter()
        .filter_map(|tag| lower.find(&format!("<{tag}")).map(|i| (*tag, i)))
        .min_by_key(|&(_, i)| i)?;
    let content_start = open + lower[open..].find('>')? + 1;
    let close = [
        format!("</{tag}"),
        "<dt".to_owned(),
        "<dd".to_owned(),
        "</dl".to_owned(),
    ]
    .iter()
    .filter_map(|end| lower[content_start..].find(end.as_str()))
    .min()
    .map_or(lower.len(), |i| content_start + i);
    Some((tag, at + content_start..at + close))
}
