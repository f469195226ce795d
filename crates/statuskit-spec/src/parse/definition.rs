//! Definition lists (`404 Not Found` / `: 설명`): a term that heads an entry opens it, its
//! definitions are the explanation. HTML's `<dl>` is read in `html.rs`.

use super::blocks::Definition;
use super::reader::{Reader, column, first_line};
use crate::head;

pub(crate) fn read(reader: &mut Reader<'_>, items: Vec<Definition>) {
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
            reader.indent = column(text, start);
            reader.push(start..detail.end);
            reader.indent = 0;
        }
    }
}
