//! The line files under `spec/` (`registry.txt`, `people.txt`, `names-ko.txt`): one record a
//! line, its fields split by `|`, blank lines and `#` comments skipped, a byte-order mark read
//! past. Each file's own module gives the fields their meaning.

/// One field, trimmed, and the byte offset of its text in the file (for diagnostics).
pub(crate) struct Field<'a> {
    pub(crate) text: &'a str,
    pub(crate) offset: usize,
}

/// One record: the byte offset of its line and its fields.
pub(crate) struct Record<'a> {
    pub(crate) offset: usize,
    pub(crate) fields: Vec<Field<'a>>,
}

/// The records of a line file, in file order; offsets are into the whole of `text`.
pub(crate) fn records(text: &str) -> impl Iterator<Item = Record<'_>> {
    // A byte-order mark is not text: read past it, keeping offsets into the whole file.
    let mut offset = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    text[offset..]
        .split_inclusive('\n')
        .filter_map(move |line| {
            let line_offset = offset;
            offset += line.len();
            let content = line.trim_end_matches(['\n', '\r']);
            if content.trim().is_empty() || content.trim_start().starts_with('#') {
                return None;
            }
            let mut fields = Vec::new();
            let mut start = line_offset;
            for part in content.split('|') {
                let leading = part.len() - part.trim_start().len();
                fields.push(Field {
                    text: part.trim(),
                    offset: start + leading,
                });
                start += part.len() + 1;
            }
            Some(Record {
                offset: line_offset,
                fields,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_skip_comments_and_blanks_and_know_their_offsets() {
        let text = "\u{feff}# a comment\n\n 404 | Not Found \r\n";
        let records: Vec<Record<'_>> = records(text).collect();
        assert_eq!(records.len(), 1);
        let record = &records[0];
        assert_eq!(&text[record.offset..record.offset + 5], " 404 ");
        let fields: Vec<(&str, &str)> = record
            .fields
            .iter()
            .map(|field| {
                (
                    field.text,
                    &text[field.offset..field.offset + field.text.len()],
                )
            })
            .collect();
        assert_eq!(fields, [("404", "404"), ("Not Found", "Not Found")]);
    }
}
