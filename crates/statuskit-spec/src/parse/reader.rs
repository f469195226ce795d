//! The `Reader`: where the recognisers put what they find. It sorts blocks into the document's
//! parts (intro, the current section, the current entry), opens entries and sections, and
//! notes what looks like an entry but is not read as one; with the line helpers the
//! recognisers share. Uses the blocks, the document model, the phrases and the heads.

use std::ops::Range;

use super::blocks::Block;
use super::document::{ClassSummary, Document, Entry, Section, Unread};
use super::phrases::Phrases;
use crate::head::{self, ClassHead, EntryHead};
use crate::model::Class;

/// Where blocks go as they are read.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Target {
    Intro,
    Section(usize),
    Entry(usize),
}

/// Sorts blocks into the document's parts as the recognisers find entries and sections.
pub(crate) struct Reader<'a> {
    text: &'a str,
    pub(crate) doc: Document,
    pub(crate) target: Target,
    /// While reading a list item that opens an entry: the column of its content, removed from
    /// the item's continuation lines so nested lists and code keep their structure.
    pub(crate) indent: usize,
    /// The registered phrases, for headings with no code.
    pub(crate) phrases: &'a Phrases,
    /// How many list groups deep the reader is: nested groups are read to a bounded depth, so a
    /// pathological nesting costs neither the stack nor quadratic time.
    pub(crate) depth: usize,
    /// The driver's dispatch of a block to the recogniser of its kind. The reader holds it
    /// rather than naming the recognisers, so that a recogniser reading nested blocks (a list
    /// group's) depends on the reader alone, and the dependencies run one way: the driver uses
    /// the recognisers, which use the reader.
    dispatch: fn(&mut Reader<'_>, Block),
    /// Entries opened together by one heading (`### 500, 502, 503 - Server Errors`): the first
    /// is read; the others receive each block it does.
    group: Option<(usize, Vec<usize>)>,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`, before any part; `dispatch` reads one block.
    pub(crate) fn new(
        text: &'a str,
        phrases: &'a Phrases,
        dispatch: fn(&mut Reader<'_>, Block),
    ) -> Reader<'a> {
        Reader {
            text,
            doc: Document::default(),
            target: Target::Intro,
            indent: 0,
            phrases,
            depth: 0,
            dispatch,
            group: None,
        }
    }

    /// Reads one block, and the blocks nested in it, through the recogniser of its kind.
    pub(crate) fn block(&mut self, block: Block) {
        (self.dispatch)(self, block)
    }

    /// The document's text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// Opens an entry at `start` (the line's offset); returns where its explanation starts.
    pub(crate) fn open_entry(&mut self, start: usize, head: EntryHead, level: Option<u8>) -> usize {
        self.promote_hundred(head.code, level);
        let section = self.section();
        let end = start + head.rest_at;
        // `**201** A new thing was created`: words in sentence case that are no status's phrase
        // explain the status; they do not name it.
        let free_text = !self.phrases.is_empty()
            && self.phrases.code(&head.name).is_none()
            && is_free_text(&head.name);
        let (name, explained) = if free_text {
            (String::new(), Some(head.name))
        } else {
            (head.name, None)
        };
        self.doc.entries.push(Entry {
            code: head.code,
            name,
            gloss: head.gloss,
            blocks: Vec::new(),
            section,
            offset: start,
            code_offset: start + head.code_at,
            end,
            level,
            in_table: false,
        });
        self.target = Target::Entry(self.doc.entries.len() - 1);
        self.extend_section(end);
        if let Some(text) = explained {
            self.add_owned(text, end);
        }
        end
    }

    /// Opens one entry per code of a heading that names several (`### 500, 502, 503`): the
    /// first is read, the others share its text.
    pub(crate) fn open_group(&mut self, start: usize, heads: Vec<EntryHead>, level: u8) -> usize {
        let mut rest = start;
        let mut members = Vec::new();
        for head in heads {
            rest = rest.max(self.open_entry(start, head, Some(level)));
            members.push(self.doc.entries.len() - 1);
        }
        let leader = members.remove(0);
        self.target = Target::Entry(leader);
        self.group = Some((leader, members));
        rest
    }

    /// `### 300` over `- 301 …`, `- 304 …`: a heading that gives only a hundred and holds
    /// entries of its class is the class's heading, not an entry. Called as an entry opens
    /// inside the one the heading opened.
    fn promote_hundred(&mut self, code: u16, level: Option<u8>) {
        let Target::Entry(index) = self.target else {
            return;
        };
        let entry = &self.doc.entries[index];
        let Some(own) = entry.level else {
            return;
        };
        let child = level.is_none_or(|level| level > own);
        if index + 1 != self.doc.entries.len()
            || !child
            || !entry.code.is_multiple_of(100)
            || entry.code / 100 != code / 100
            || !entry.name.is_empty()
            || entry.gloss.is_some()
        {
            return;
        }
        let Some(class) = Class::of(entry.code) else {
            return;
        };
        let Some(entry) = self.doc.entries.pop() else {
            return;
        };
        match entry.section {
            Some(outer) if self.doc.sections[outer].class == class => {
                let section = &mut self.doc.sections[outer];
                section.blocks.extend(entry.blocks);
                self.target = Target::Section(outer);
            }
            _ => {
                self.doc.sections.push(Section {
                    class,
                    title: None,
                    blocks: entry.blocks,
                    offset: entry.offset,
                    end: entry.end,
                    level: Some(own),
                });
                self.target = Target::Section(self.doc.sections.len() - 1);
            }
        }
    }

    /// The section being read, if any.
    pub(crate) fn section(&self) -> Option<usize> {
        match self.target {
            Target::Intro => None,
            Target::Section(index) => Some(index),
            Target::Entry(index) => self.doc.entries[index].section,
        }
    }

    /// Opens a class section or records an intro summary line; returns where its text starts.
    pub(crate) fn open_class(
        &mut self,
        start: usize,
        line_len: usize,
        head: ClassHead,
        level: Option<u8>,
    ) -> usize {
        if head.is_summary && level.is_none() {
            let text = self.text[start + head.rest_at..start + line_len]
                .trim()
                .to_owned();
            let name = head.title.unwrap_or_default();
            self.doc.summaries.push(ClassSummary {
                class: head.class,
                name,
                text,
                offset: start,
            });
            return start + line_len;
        }
        self.doc.sections.push(Section {
            class: head.class,
            title: head.title,
            blocks: Vec::new(),
            offset: start,
            end: start + line_len,
            level,
        });
        self.target = Target::Section(self.doc.sections.len() - 1);
        start + head.rest_at
    }

    /// Ends the entry being read, if any: what follows goes to its section.
    pub(crate) fn close_entry(&mut self) {
        if let Target::Entry(index) = self.target {
            self.target = self.doc.entries[index]
                .section
                .map_or(Target::Intro, Target::Section);
        }
    }

    /// A heading that is neither an entry nor a section: it ends an entry opened by a heading of
    /// its level or deeper, or by a paragraph; it ends a section opened at its level or above.
    pub(crate) fn close_for_heading(&mut self, level: u8) {
        if let Target::Entry(index) = self.target {
            let entry = &self.doc.entries[index];
            if entry.level.is_none_or(|own| level <= own) {
                self.target = entry.section.map_or(Target::Intro, Target::Section);
            }
        }
        if let Target::Section(index) = self.target
            && self.doc.sections[index]
                .level
                .is_some_and(|own| level <= own)
        {
            self.target = Target::Intro;
        }
    }

    /// Adds prose to whatever is being read, dropping blank text and stray punctuation
    /// (the seed's lone `:`).
    pub(crate) fn push(&mut self, range: Range<usize>) {
        let text = self.text[range.clone()].trim();
        if !text.chars().all(|c| c.is_whitespace() || STRAY.contains(c)) {
            self.add(text, range.end);
        }
    }

    /// Adds a block as written, indentation included (a code block of `{}` is still code),
    /// without the blank lines around it; a block of HTML comments only is a note to editors.
    pub(crate) fn push_block(&mut self, range: Range<usize>) {
        // pulldown-cmark starts an indented code block after its indentation; take it back.
        let line_start = range.start - column(self.text, range.start);
        let start = if self.text[line_start..range.start]
            .bytes()
            .all(|b| b == b' ')
        {
            line_start
        } else {
            range.start
        };
        let text = self.text[start..range.end].trim_end();
        let first_line = text.len() - text.trim_start().len();
        let text = &text[text[..first_line].rfind('\n').map_or(0, |i| i + 1)..];
        if !text.is_empty() && !is_html_comment(text.trim_start()) {
            self.add(text, range.end);
        }
    }

    /// Stores text with `\n` line ends, continuation lines of a list item dedented; `end` is
    /// where it ends in the file.
    fn add(&mut self, text: &str, end: usize) {
        let mut block = String::with_capacity(text.len());
        for (i, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if i > 0 {
                block.push('\n');
                block.push_str(dedent(line, self.indent));
            } else {
                block.push_str(line);
            }
        }
        self.add_owned(block, end);
    }

    /// Stores a block built by a recogniser (a table cell's text).
    pub(crate) fn add_owned(&mut self, block: String, end: usize) {
        let block = without_stray_closers(block);
        let end = end.min(self.text.len());
        match self.target {
            Target::Intro => self.doc.intro.push(block),
            Target::Section(index) => self.doc.sections[index].blocks.push(block),
            Target::Entry(index) => {
                let block = self.without_name(index, block);
                if let Some((leader, members)) = &self.group
                    && *leader == index
                {
                    for &member in members {
                        let entry = &mut self.doc.entries[member];
                        entry.blocks.extend(block.clone());
                        entry.end = entry.end.max(end);
                    }
                }
                let entry = &mut self.doc.entries[index];
                entry.blocks.extend(block);
                entry.end = entry.end.max(end);
            }
        }
        self.extend_section(end);
    }

    /// An entry opened by its code alone takes its name from the start of its first block when
    /// that is the code's phrase (`__ok__`, `- OK, 성공했음을 알림`, `Not Found — 없는 리소스`):
    /// the block without it, or nothing when the name was all of it.
    fn without_name(&mut self, index: usize, block: String) -> Option<String> {
        let entry = &self.doc.entries[index];
        if !entry.name.is_empty() || !entry.blocks.is_empty() || self.phrases.is_empty() {
            return Some(block);
        }
        let body = block
            .trim_start()
            .strip_prefix(['-', '*', '+'])
            .map_or(block.trim_start(), str::trim_start);
        // `## 404` / `- 상태 코드 404 Not Found`: a first line that restates the code with its
        // phrase names the entry and is not its text.
        let first = body.lines().next().unwrap_or_default();
        let restated = ["상태 코드", "상태코드", "status code", "http"]
            .iter()
            .find_map(|label| {
                first
                    .get(..label.len())
                    .filter(|start| start.eq_ignore_ascii_case(label))
                    .map(|_| first[label.len()..].trim_start())
            })
            .unwrap_or(first);
        let code = entry.code.to_string();
        if let Some(phrase) = restated.strip_prefix(code.as_str())
            && phrase.starts_with(' ')
            && self
                .phrases
                .code(phrase.trim().trim_end_matches(['.', ':']))
                == Some(entry.code)
        {
            let name = phrase.trim().trim_end_matches(['.', ':']).to_owned();
            let rest = block.trim_start();
            let rest = rest[rest.find('\n').map_or(rest.len(), |i| i + 1)..].trim();
            self.doc.entries[index].name = name;
            return (!rest.is_empty()).then(|| rest.to_owned());
        }
        let bare = body.trim_start_matches(['*', '_']);
        let end = [",", ":", " - ", " – ", " — ", "\n", "**", "__"]
            .iter()
            .filter_map(|sep| bare.find(sep))
            .min()
            .unwrap_or(bare.len());
        let name = bare[..end].trim();
        if self.phrases.code(name) != Some(entry.code) {
            return Some(block);
        }
        let rest = bare[end..]
            .trim_start()
            .trim_start_matches(['*', '_'])
            .trim_start_matches([',', ':', '-', '–', '—'])
            .trim();
        self.doc.entries[index].name = name.to_owned();
        (!rest.is_empty()).then(|| rest.to_owned())
    }

    fn extend_section(&mut self, end: usize) {
        if let Some(index) = self.section() {
            let section = &mut self.doc.sections[index];
            section.end = section.end.max(end);
        }
    }

    /// Notes a place that looks like an entry but is not read as one.
    pub(crate) fn unread(&mut self, offset: usize, message: String, lost: bool) {
        self.doc.unread.push(Unread {
            offset,
            message,
            lost,
        });
    }

    /// Notes `line` (starting at `start`) when it starts with what looks like a status code;
    /// `how` is the layout's own way to write it, `CODE` standing for the code.
    pub(crate) fn check_unread(&mut self, start: usize, line: &str, how: &str) {
        if head::is_anchor_link(line) {
            return;
        }
        if let Some((code, phrase)) = self.leading_phrase(line) {
            // The name of the entry being read, on the line under its code (`## 404` /
            // `Not Found — …`), is that entry's own.
            if let Target::Entry(index) = self.target
                && self.doc.entries[index].code == code
            {
                return;
            }
            self.unread(
                start + line.len() - line.trim_start().len(),
                format!(
                    "this looks like an entry for {code} ({phrase}) but has no code; write it as `{code} {phrase}: 설명` or as a heading `### {code} {phrase}`"
                ),
                false,
            );
        } else if let Some((code, at)) = head::leading_code(line) {
            let how = how.replace("CODE", &code.to_string());
            self.unread(
                start + at,
                format!(
                    "this looks like an entry for {code} but is not read as one: an entry starts with the code, its name and a separator before the explanation; write it as `{code} Name: 설명` or {how}"
                ),
                false,
            );
        }
    }
}

impl Reader<'_> {
    /// A registered phrase that starts the line and is set apart from what follows
    /// (`Not Found: …`, `**Not Found** - …`), with its code.
    fn leading_phrase(&self, line: &str) -> Option<(u16, String)> {
        // Phrases are English words: prose in Korean is not read through.
        let first = line.trim_start_matches(|c: char| c.is_whitespace() || "*_`[<".contains(c));
        if !first.starts_with(|c: char| c.is_ascii_alphabetic()) || self.phrases.is_empty() {
            return None;
        }
        let cleaned = head::Cleaned::new(line);
        let text = cleaned.text.trim().trim_start_matches('*');
        let end = [":", " - ", " – ", " — ", "(", "**"]
            .iter()
            .filter_map(|sep| text.find(sep))
            .min()
            .unwrap_or(text.len());
        let phrase = text[..end].trim();
        let code = self.phrases.code(phrase)?;
        Some((code, phrase.to_owned()))
    }
}

/// `요청이 성공했습니다.</p>`: the closing tags left at the end of text cut from an HTML line
/// whose opening tags were read through with its head.
fn without_stray_closers(mut block: String) -> String {
    if !block.trim_end().ends_with('>') {
        return block;
    }
    // A few closers at most (`</b></p>`): a line of thousands is not worth a pass each.
    let lower = block.to_ascii_lowercase();
    for _ in 0..4 {
        let trimmed = block.trim_end();
        let Some(open) = trimmed.rfind("</") else {
            break;
        };
        let Some(name) = trimmed[open + 2..].strip_suffix('>') else {
            break;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
            break;
        }
        let opener = format!("<{}", name.to_ascii_lowercase());
        if lower[..open].contains(&opener) {
            break;
        }
        block.truncate(open);
    }
    block
}

/// A name written as words in sentence case (`A new thing was created`): two words or more
/// after the first start in lower case, where a reason phrase capitalises its words.
fn is_free_text(name: &str) -> bool {
    name.split_whitespace()
        .skip(1)
        .filter(|word| word.starts_with(|c: char| c.is_ascii_lowercase()))
        .count()
        >= 2
}

/// Characters a line of nothing else may hold and still be dropped as stray punctuation.
pub(crate) const STRAY: &str = ":;,.·-–—*_|";

/// An HTML block of comments only: notes to editors, not text of the reference.
fn is_html_comment(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(body) = rest.strip_prefix("<!--") else {
            return false;
        };
        // `<!-->` and `<!--->` are whole (empty) comments, as HTML's own parser reads them.
        let after = if let Some(after) = body.strip_prefix('>') {
            after
        } else if let Some(after) = body.strip_prefix("->") {
            after
        } else {
            match body.find("-->") {
                Some(close) => &body[close + 3..],
                None => return false,
            }
        };
        rest = after.trim_start();
    }
    true
}

/// The line without up to `indent` leading spaces.
fn dedent(line: &str, indent: usize) -> &str {
    let spaces = line.bytes().take(indent).take_while(|&b| b == b' ').count();
    &line[spaces..]
}

/// The 0-based column (in bytes) of an offset within its line.
pub(crate) fn column(text: &str, offset: usize) -> usize {
    offset - text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

pub(crate) fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_comments_of_every_length() {
        for comment in [
            "<!---->",
            "<!-- note -->",
            "<!-->",
            "<!--->",
            "<!-- a --> <!-- b -->",
        ] {
            assert!(is_html_comment(comment), "{comment}");
        }
        for html in ["<!-- a --> text", "<!--", "<!-- open", "<div>", ""] {
            assert!(!is_html_comment(html), "{html}");
        }
    }
}
