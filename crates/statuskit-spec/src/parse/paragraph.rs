//! Paragraphs: each line that opens an entry (`**409 Conflict**(충돌): …`) or a class section
//! (`4XX 클라이언트 오류: …`) starts a new part; the lines after it are its text.

use std::ops::Range;

use super::reader::Reader;
use crate::head;

pub(crate) fn read(reader: &mut Reader<'_>, content: Range<usize>) {
    let text = reader.text();
    let mut pending = content.start;
    let mut line_start = content.start;
    let single_line = !text[content.clone()].trim_end().contains('\n');
    if is_attribution(&text[content.clone()]) {
        // `출처: …` after the last entry credits the document, not that entry.
        reader.close_entry();
    }
    for (index, line) in text[content.clone()].split_inclusive('\n').enumerate() {
        let start = line_start;
        line_start += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let head = head::entry_head(line, false).or_else(|| {
            // `404 not found` alone, its explanation below: a registered phrase in any case
            // reads as a head, as a heading would. (Only a paragraph of one line is asked.)
            single_line
                .then(|| head::entry_head(line, true))
                .flatten()
                .filter(|head| {
                    line[head.rest_at..].trim().is_empty()
                        && reader.phrases.code(&head.name) == Some(head.code)
                })
        });
        if let Some(head) = head {
            reader.push(pending..start);
            pending = reader.open_entry(start, head, None);
            // `[200: OK](url){data-tooltip="…"}`: the head is a link's text; what is left of the
            // line is the link's target and attributes, and the explanation is its title.
            if let Some(title) = link_tail(&text[pending..start + line.len()]) {
                pending = start + line.len();
                if let Some(title) = title {
                    reader.add_owned(title.to_owned(), pending);
                }
            }
        } else if let Some(head) = head::class_head(line, false) {
            reader.push(pending..start);
            pending = reader.open_class(start, line.len(), head, None);
        } else if index == 0 {
            reader.check_unread(start, line, "as a heading `### CODE Name`");
        }
    }
    reader.push(pending..content.end);
}

/// When `rest` is the tail of a link whose text held the head (`OK](url "title"){…}`): the
/// link's title (`"…"` in the target, or a `title=` or `data-tooltip=` attribute), if any.
fn link_tail(rest: &str) -> Option<Option<&str>> {
    let close = rest.find("](")?;
    if rest[..close].contains(['[', ']']) {
        return None;
    }
    let target_end = close + 2 + rest[close + 2..].find(')')?;
    let target = &rest[close + 2..target_end];
    let after = rest[target_end + 1..].trim();
    let attributes = match after.strip_prefix('{').and_then(|a| a.strip_suffix('}')) {
        Some(attributes) => attributes,
        None if after.is_empty() => "",
        None => return None,
    };
    let title = ["data-tooltip=", "title="]
        .iter()
        .find_map(|key| {
            let at = attributes.find(key)? + key.len();
            let value = attributes[at..].strip_prefix('"')?;
            value.find('"').map(|end| &value[..end])
        })
        .or_else(|| {
            let open = target.find('"')?;
            let value = &target[open + 1..];
            value.find('"').map(|end| &value[..end])
        });
    Some(title.filter(|title| !title.trim().is_empty()))
}

/// A credit line: `출처: …`, `Source: …`, `참고: …`.
fn is_attribution(text: &str) -> bool {
    let text = text.trim_start().trim_start_matches(['*', '_']);
    [
        "출처",
        "참고 자료",
        "참고",
        "source",
        "sources",
        "references",
        "reference",
    ]
    .iter()
    .any(|word| {
        text.get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
            && text[word.len()..]
                .trim_start_matches(['*', '_'])
                .trim_start()
                .starts_with([':', '：'])
    })
}
