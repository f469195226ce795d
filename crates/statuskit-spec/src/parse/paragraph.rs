//! Paragraphs: each line that opens an entry (`**409 Conflict**(충돌): …`) or a class section
//! (`4XX 클라이언트 오류: …`) starts a new part; the lines after it are its text.

use std::ops::Range;

use super::reader::Reader;
use crate::head;

pub(crate) fn read(reader: &mut Reader<'_>, content: Range<usize>) {
    let text = reader.text();
    let mut pending = content.start;
    let mut line_start = content.start;
    for (index, line) in text[content.clone()].split_inclusive('\n').enumerate() {
        let start = line_start;
        line_start += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if let Some(head) = head::entry_head(line, false) {
            reader.push(pending..start);
            pending = reader.open_entry(start, head, None);
        } else if let Some(head) = head::class_head(line, false) {
            reader.push(pending..start);
            pending = reader.open_class(start, line.len(), head, None);
        } else if index == 0 {
            reader.check_unread(start, line, "as a heading `### CODE Name`");
        }
    }
    reader.push(pending..content.end);
}
