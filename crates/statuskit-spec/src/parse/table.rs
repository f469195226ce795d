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
        // A class's row among the entries (`` `4xx` | **Client Error** | … ``) opens its section:
        // a label of the rows below it, not a lost entry.
        if let Some(class) = row
            .cells
            .get(code_column)
            .and_then(|c| head::class_head(cell_text(&text[c.clone()]).0, true))
        {
            let same = reader
                .section()
                .is_some_and(|index| reader.doc.sections[index].class == class.class);
            if !same {
                reader.open_class(row.whole.start, row.whole.len(), class_label(class), None);
            }
            reader.target = reader.section().map_or(Target::Intro, Target::Section);
            for (index, cell) in row.cells.iter().enumerate() {
                if index != code_column {
                    let (cell, _) = cell_text(&text[cell.clone()]);
                    for paragraph in split_paragraphs(cell) {
                        reader.add_owned(paragraph, row.whole.end);
                    }
                }
            }
            continue;
        }
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
    let mut code_rest = code_cell[head.rest_at..].trim();
    // `200 (OK)`: the phrase in parentheses in the code's cell.
    if head.name.is_empty()
        && let Some(inner) = code_rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
        && inner.starts_with(|c: char| c.is_ascii_alphabetic())
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " -'".contains(c))
    {
        head.name = inner.to_owned();
        code_rest = "";
    }
    head.code_at += code_cell_at;
    head.rest_at = row.whole.len();
    let mut paragraphs = Vec::new();
    paragraphs.extend(split_paragraphs(code_rest));
    let mut used = vec![code_column];
    // The cell after the code names the status only where the table has room for an
    // explanation after it, or its header says it is a name: in `| 404 | 요청한 리소스가 없음 |`
    // the second cell is the explanation.
    let next_header = headers.get(code_column + 1).map_or("", String::as_str);
    let may_name = !is_text_header(next_header)
        && (cells.len() > code_column + 2 || is_name_header(next_header));
    if head.name.is_empty()
        && head.gloss.is_none()
        && let Some(&(cell, _)) = cells.get(code_column + 1)
        && let Some(name) = name_cell(head.code, cell)
        // A name in title case (`Internal Server Error -- …`) is one wherever it stands.
        && (may_name || is_title_case(&name.name))
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

/// A class head as a row gives it: the row's other cells are the section's text, not a title.
fn class_label(mut class: head::ClassHead) -> head::ClassHead {
    class.is_summary = false;
    class.title = None;
    class
}

/// `Internal Server Error`, `Request Header Fields Too Large`: every word capitalised, as
/// reason phrases are written; `The order was returned` is a sentence.
fn is_title_case(name: &str) -> bool {
    !name.is_empty()
        && name
            .split_whitespace()
            .all(|word| word.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

/// A header over names: `Name`, `Phrase`, `이름`, `명칭`, `상태`.
fn is_name_header(header: &str) -> bool {
    [
        "name",
        "phrase",
        "reason",
        "status",
        "이름",
        "명칭",
        "상태",
        "메시지",
        "message",
    ]
    .iter()
    .any(|word| header.contains(word))
}

/// A header over explanations: `Description`, `Meaning`, `설명`, `의미`, `뜻`.
fn is_text_header(header: &str) -> bool {
    [
        "description",
        "meaning",
        "explanation",
        "설명",
        "의미",
        "뜻",
        "내용",
    ]
    .iter()
    .any(|word| header.contains(word))
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
