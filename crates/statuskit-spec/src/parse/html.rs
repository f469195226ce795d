//! HTML blocks: `<dl><dt>404 Not Found</dt><dd>설명</dd></dl>` is read as a definition list and a
//! `<table>` with a column of codes as a Markdown table; comments are notes to editors; anything
//! else is kept as written.

use std::ops::Range;

use super::blocks::Row;
use super::reader::Reader;
use crate::head::{self, Next};

pub(crate) fn read(reader: &mut Reader<'_>, range: Range<usize>) {
    let text = reader.text();
    // ASCII lower-casing keeps every byte offset of the original.
    let lower = text[range.clone()].to_ascii_lowercase();
    let opening = lower.trim_start();
    if opening.starts_with("<dl") {
        read_definitions(reader, range, &lower);
    } else if opening.starts_with("<table") {
        let rows = table_rows(&lower, range.start);
        if rows.len() > 1 {
            super::table::read(reader, range, rows);
        } else {
            reader.push_block(range);
        }
    } else {
        reader.push_block(range);
    }
}

/// `<dt>` opens an entry when it heads one; `<dd>` is its explanation.
fn read_definitions(reader: &mut Reader<'_>, range: Range<usize>, lower: &str) {
    let text = reader.text();
    let base = range.start;
    for (tag, inner) in elements(lower, 0..lower.len(), &["dt", "dd"], &["</dl"]) {
        let content = base + inner.start..base + inner.end;
        let raw = &text[content.clone()];
        let lead = raw.len() - raw.trim_start().len();
        match head::entry_head(raw.trim(), true).filter(|_| tag == 0) {
            Some(head) => {
                let rest = reader.open_entry(content.start + lead, head, None);
                reader.push(rest..content.end);
            }
            None => reader.push(content),
        }
    }
}

/// The rows of an HTML table with their cells' content ranges, a header row first (an empty one
/// when the table has no `<th>` row).
fn table_rows(lower: &str, base: usize) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut headed = false;
    let row_ends = [
        "</table", "</tbody", "</thead", "</tfoot", "<tbody", "<thead", "<tfoot",
    ];
    for (index, (_, row)) in elements(lower, 0..lower.len(), &["tr"], &row_ends)
        .into_iter()
        .enumerate()
    {
        let cells = elements(lower, row.clone(), &["td", "th"], &["</tr"]);
        if index == 0 {
            headed = !cells.is_empty() && cells.iter().all(|(tag, _)| *tag == 1);
        }
        rows.push(Row {
            whole: base + row.start..base + row.end,
            cells: cells
                .into_iter()
                .map(|(_, cell)| base + cell.start..base + cell.end)
                .collect(),
        });
    }
    if !headed && !rows.is_empty() {
        rows.insert(
            0,
            Row {
                whole: base..base,
                cells: Vec::new(),
            },
        );
    }
    rows
}

/// The elements named `tags` within `within`, in order: which tag (its index) and its content's
/// range. An element's content ends at its closing tag, at the next sibling, or at one of `ends`.
fn elements(
    lower: &str,
    within: Range<usize>,
    tags: &[&str],
    ends: &[&str],
) -> Vec<(usize, Range<usize>)> {
    let lower = &lower[..within.end];
    // Each closer is searched once per occurrence: a table of `<td>`s that never close stays
    // linear.
    let closings: Vec<String> = tags.iter().map(|tag| format!("</{tag}")).collect();
    let mut closing: Vec<Next<'_>> = closings.iter().map(|c| Next::new(c)).collect();
    let mut end_at: Vec<Next<'_>> = ends.iter().map(|end| Next::new(end)).collect();
    let mut out = Vec::new();
    let mut at = within.start;
    while let Some((tag, open)) = next_open(lower, at..within.end, tags) {
        let Some(close_bracket) = lower[open..].find('>') else {
            break;
        };
        let start = open + close_bracket + 1;
        let next_sibling = next_open(lower, start..within.end, tags).map(|(_, i)| i);
        let end = std::iter::once(closing[tag].from(lower, start))
            .chain(std::iter::once(next_sibling))
            .chain(end_at.iter_mut().map(|end| end.from(lower, start)))
            .flatten()
            .min()
            .unwrap_or(within.end);
        out.push((tag, start..end));
        at = end.max(start);
    }
    out
}

/// The first opening tag among `tags` in the span: `<td>` or `<td class=…>`, not `<thead>`.
fn next_open(lower: &str, span: Range<usize>, tags: &[&str]) -> Option<(usize, usize)> {
    let haystack = &lower[span.clone()];
    let mut from = 0;
    while let Some(i) = haystack[from..].find('<') {
        let at = from + i;
        let rest = &haystack[at + 1..];
        for (index, tag) in tags.iter().enumerate() {
            let boundary = rest
                .strip_prefix(tag)
                .is_some_and(|after| after.starts_with(['>', ' ', '\t', '\n', '\r', '/']));
            if boundary {
                return Some((index, span.start + at));
            }
        }
        from = at + 1;
    }
    None
}
