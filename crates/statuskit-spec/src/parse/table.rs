//! Tables: a column of codes (`404`, `` `404` ``, `**404**`, `404 Not Found`) makes each row an
//! entry; the phrase and Korean name come from the code's cell or the next one
//! (`Not Found (찾을 수 없음)`, `Bad Request -- …`), every other cell is a paragraph of the
//! explanation, and `<br>` breaks paragraphs. A row of such a table that cannot be read is an
//! error at that row, never a silent loss.

use std::ops::Range;

use super::blocks::Row;
use super::reader::{Reader, Target};
use crate::head::{self, EntryHead};

pub(crate) fn read(reader: &mut Reader<'_>, whole: Range<usize>, rows: Vec<Row>) {
    let text = reader.text();
    let body = rows.get(1..).unwrap_or_default();
    let Some(code_column) = code_column(text, body) else {
        for row in body {
            if let Some(first) = row.cells.first() {
                let (cell, lead) = cell_text(&text[first.clone()]);
                reader.check_unread(
                    first.start + lead,
                    cell,
                    "as a table row with the code in its own column",
                );
            }
        }
        reader.push_block(whole);
        return;
    };
    let headers: Vec<String> = rows
        .first()
        .map(|row| {
            row.cells
                .iter()
                .map(|c| cell_text(&text[c.clone()]).0.to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let section = reader.section();
    let mut reported = false;
    for row in body {
        let Some(read) = read_row(text, row, code_column, &headers) else {
            if row
                .cells
                .iter()
                .all(|c| cell_text(&text[c.clone()]).0.is_empty())
            {
                continue;
            }
            reader.target = section.map_or(Target::Intro, Target::Section);
            if !reported {
                reported = true;
                let at = row
                    .cells
                    .get(code_column)
                    .map_or(row.whole.start, |c| c.start);
                reader.unread(
                    at,
                    "this table row is not read as an entry: its code cell holds no status code; put the three-digit code in the table's code column, or move the row out of the table".to_owned(),
                    true,
                );
            }
            reader.push(row.whole.clone());
            continue;
        };
        reader.open_entry(row.whole.start, read.head, None);
        if let Some(entry) = reader.doc.entries.last_mut() {
            entry.in_table = true;
        }
        for paragraph in read.paragraphs {
            reader.add_owned(paragraph, row.whole.end);
        }
    }
    reader.target = section.map_or(Target::Intro, Target::Section);
}

/// What one row gives: the entry's head (offsets relative to the row) and its paragraphs.
struct RowRead {
    head: EntryHead,
    paragraphs: Vec<String>,
}

fn read_row(text: &str, row: &Row, code_column: usize, headers: &[String]) -> Option<RowRead> {
    let cells: Vec<(&str, usize)> = row
        .cells
        .iter()
        .map(|c| {
            let (cell, lead) = cell_text(&text[c.clone()]);
            (cell, c.start + lead - row.whole.start)
        })
        .collect();
    let &(code_cell, code_cell_at) = cells.get(code_column)?;
    let mut head = head::entry_head(code_cell, true)?;
    let code_rest = code_cell[head.rest_at..].trim();
    head.code_at += code_cell_at;
    head.rest_at = row.whole.len();
    let mut paragraphs = Vec::new();
    paragraphs.extend(split_paragraphs(code_rest));
    let mut used = vec![code_column];
    if head.name.is_empty()
        && head.gloss.is_none()
        && let Some(&(cell, _)) = cells.get(code_column + 1)
        && let Some(name) = name_cell(head.code, cell)
    {
        head.name = name.name;
        head.gloss = name.gloss;
        paragraphs.extend(split_paragraphs(cell[name.rest_at..].trim()));
        used.push(code_column + 1);
    }
    for (index, &(cell, _)) in cells.iter().enumerate() {
        if used.contains(&index) {
            continue;
        }
        let header = headers.get(index).map_or("", String::as_str);
        if head.gloss.is_none() && is_korean_name_header(header) && !cell.is_empty() {
            head.gloss = Some(cell.to_owned());
        } else {
            paragraphs.extend(split_paragraphs(cell));
        }
    }
    Some(RowRead { head, paragraphs })
}

/// A cell that names the status: `Not Found`, `Not Found (찾을 수 없음)`, `Bad Request -- …`, or a
/// short Korean name alone. A Korean sentence is an explanation, not a name.
fn name_cell(code: u16, cell: &str) -> Option<EntryHead> {
    let first = cell
        .trim_start_matches(['*', '_', '`', '['])
        .chars()
        .next()?;
    if !first.is_ascii_alphabetic() && (cell.ends_with('.') || cell.chars().count() > 24) {
        return None;
    }
    let line = format!("{code} {cell}");
    let mut name = head::entry_head(&line, true)?;
    name.rest_at = name.rest_at.saturating_sub(4).min(cell.len());
    Some(name)
}

fn is_korean_name_header(header: &str) -> bool {
    ["한국어", "한글", "korean", "이름", "명칭", "국문"]
        .iter()
        .any(|word| header.contains(word))
}

/// The column whose cells hold codes: the first in which some row's cell starts with one.
fn code_column(text: &str, body: &[Row]) -> Option<usize> {
    let width = body.iter().map(|row| row.cells.len()).max()?;
    (0..width).find(|&column| {
        body.iter().any(|row| {
            row.cells
                .get(column)
                .is_some_and(|c| head::entry_head(cell_text(&text[c.clone()]).0, true).is_some())
        })
    })
}

/// A cell's text without its pipes and the spaces around it, and where that text starts.
fn cell_text(raw: &str) -> (&str, usize) {
    let trimmed = raw
        .trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .trim();
    let lead = raw.len() - raw.trim_start().len();
    let lead = lead + raw.trim_start().len() - raw.trim_start().trim_start_matches('|').len();
    let lead = lead + raw[lead..].len() - raw[lead..].trim_start().len();
    (trimmed, lead)
}

/// A cell's paragraphs: `<br>` (`<br/>`, `<br />`, in any case) breaks them.
fn split_paragraphs(cell: &str) -> Vec<String> {
    // ASCII lower-casing keeps byte offsets: the breaks are found in it, cut in the cell.
    let lower = cell.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<br").map(|i| from + i) {
        let Some(end) = lower[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        push_paragraph(&mut out, &cell[from..start]);
        from = end;
    }
    push_paragraph(&mut out, &cell[from..]);
    out
}

fn push_paragraph(out: &mut Vec<String>, text: &str) {
    let text = text.trim();
    if !text.is_empty() && !text.chars().all(|c| super::reader::STRAY.contains(c)) {
        out.push(text.replace("\\|", "|"));
    }
}
