//! Reads the Markdown document into its parts (title, intro, class sections, entries).
//!
//! `blocks` folds pulldown-cmark's events into top-level blocks with their source ranges; one
//! recogniser per layout (`heading`, `paragraph`, `list`, `table`, `definition`, `html`) turns
//! the blocks of its kind into entries and sections through the same `Reader`, so every layout gives the
//! same entry model, with the lines it spans. What looks like an entry but cannot be read is
//! kept as text and noted, with its place, for the merge to report.

mod blocks;
mod definition;
mod heading;
mod html;
mod list;
mod paragraph;
mod table;

pub use blocks::options as markdown_options;

use std::collections::HashMap;
use std::ops::Range;

use crate::head::{self, ClassHead, EntryHead};
use crate::model::Class;
use crate::registry::Registry;
use blocks::Block;

/// The document as written, before it is merged with the registry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The first level-1 heading before any entry, unless it heads a class section.
    pub title: Option<String>,
    /// The blocks outside any class section, as Markdown, without the title and the class
    /// summary lines.
    pub intro: Vec<String>,
    /// The intro's one-line class summaries (`1xx (Informational) - …`).
    pub summaries: Vec<ClassSummary>,
    /// The class sections, in document order.
    pub sections: Vec<Section>,
    /// The status entries, in document order.
    pub entries: Vec<Entry>,
    /// Places that look like an entry but were not read as one, in document order.
    pub unread: Vec<Unread>,
}

/// One `Nxx (English name) - Korean text` line of the intro.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassSummary {
    /// Which class.
    pub class: Class,
    /// The English name in the parentheses.
    pub name: String,
    /// The Korean text after it.
    pub text: String,
    /// Byte offset of the line.
    pub offset: usize,
}

/// A class section's opening and the text before its first entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which class the section is for.
    pub class: Class,
    /// Its Korean title.
    pub title: Option<String>,
    /// Its text as Markdown blocks.
    pub blocks: Vec<String>,
    /// Byte offset of the section's opening line.
    pub offset: usize,
    /// Byte offset just past the section's last text (its entries included).
    pub end: usize,
    /// The level of the heading that opens it, if a heading does.
    pub level: Option<u8>,
}

/// One status entry: its opening line and its explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The code as written (validation checks its range).
    pub code: u16,
    /// The English name as written; empty when the head gives only the code or a Korean name.
    pub name: String,
    /// The Korean gloss, if any.
    pub gloss: Option<String>,
    /// The explanation as Markdown blocks, in order.
    pub blocks: Vec<String>,
    /// Index into `Document::sections` of the section the entry stands under.
    pub section: Option<usize>,
    /// Byte offset of the entry's opening line.
    pub offset: usize,
    /// Byte offset of the code.
    pub code_offset: usize,
    /// Byte offset just past the entry's last text.
    pub end: usize,
    /// The level of the heading that opens it, if a heading does.
    pub level: Option<u8>,
    /// Whether it is a table row: a summary table may list a status the text explains again.
    pub in_table: bool,
}

/// A place that looks like an entry but was not read as one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unread {
    /// Byte offset of what looks like the code.
    pub offset: usize,
    /// Why it was not read and how to write it instead.
    pub message: String,
    /// Whether text is lost (a table row): an error rather than a warning.
    pub lost: bool,
}

/// Where blocks go as they are read.
#[derive(Clone, Copy, Debug)]
enum Target {
    Intro,
    Section(usize),
    Entry(usize),
}

/// Splits the document into its parts. Never fails: what cannot be read is noted in
/// `Document::unread`, and validation against the registry (duplicates, ranges, classes)
/// happens when the parts are merged.
pub fn parse_document(text: &str) -> Document {
    parse_document_with(text, &Phrases::default())
}

/// As `parse_document`, also reading headings that name a registered phrase with no code
/// (`### Service Unavailable`).
pub fn parse_document_with(text: &str, phrases: &Phrases) -> Document {
    let mut reader = Reader {
        text,
        doc: Document::default(),
        target: Target::Intro,
        indent: 0,
        phrases,
        depth: 0,
    };
    // A byte-order mark is not text: read past it, keeping offsets into the whole file.
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for block in blocks::blocks(&text[start..], start) {
        reader.block(block);
    }
    reader.doc
}

/// The registered reason phrases, by lower-case phrase: what a heading with no code may name.
#[derive(Clone, Debug, Default)]
pub struct Phrases {
    codes: HashMap<String, u16>,
}

impl Phrases {
    /// The phrases of every status in the registry.
    pub fn of(registry: &Registry) -> Phrases {
        Phrases {
            codes: registry
                .entries
                .iter()
                .filter(|e| !e.is_unused())
                .map(|e| (e.phrase.to_lowercase(), e.code))
                .collect(),
        }
    }

    fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The code whose phrase the text is, case aside.
    pub(crate) fn code(&self, text: &str) -> Option<u16> {
        self.codes.get(&text.trim().to_lowercase()).copied()
    }
}

/// Sorts blocks into the document's parts as the recognisers find entries and sections.
pub(crate) struct Reader<'a> {
    text: &'a str,
    doc: Document,
    target: Target,
    /// While reading a list item that opens an entry: the column of its content, removed from
    /// the item's continuation lines so nested lists and code keep their structure.
    indent: usize,
    /// The registered phrases, for headings with no code.
    phrases: &'a Phrases,
    /// How many list groups deep the reader is: nested groups are read to a bounded depth, so a
    /// pathological nesting costs neither the stack nor quadratic time.
    depth: usize,
}

impl<'a> Reader<'a> {
    fn block(&mut self, block: Block) {
        match block {
            Block::Layout => {}
            Block::Heading {
                whole,
                content,
                level,
            } => heading::read(self, whole, content, level),
            Block::Paragraph(range) => paragraph::read(self, range),
            Block::List { whole, items } => list::read(self, whole, items),
            Block::Table { whole, rows } => table::read(self, whole, rows),
            Block::Definitions(items) => definition::read(self, items),
            Block::Html(range) => html::read(self, range),
            Block::Other(range) => self.push_block(range),
        }
    }

    /// The document's text.
    fn text(&self) -> &'a str {
        self.text
    }

    /// Opens an entry at `start` (the line's offset); returns where its explanation starts.
    fn open_entry(&mut self, start: usize, head: EntryHead, level: Option<u8>) -> usize {
        let section = self.section();
        let end = start + head.rest_at;
        self.doc.entries.push(Entry {
            code: head.code,
            name: head.name,
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
        end
    }

    /// The section being read, if any.
    fn section(&self) -> Option<usize> {
        match self.target {
            Target::Intro => None,
            Target::Section(index) => Some(index),
            Target::Entry(index) => self.doc.entries[index].section,
        }
    }

    /// Opens a class section or records an intro summary line; returns where its text starts.
    fn open_class(
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

    /// A heading that is neither an entry nor a section: it ends an entry opened by a heading of
    /// its level or deeper, or by a paragraph; it ends a section opened at its level or above.
    fn close_for_heading(&mut self, level: u8) {
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
    fn push(&mut self, range: Range<usize>) {
        let text = self.text[range.clone()].trim();
        if !text.chars().all(|c| c.is_whitespace() || STRAY.contains(c)) {
            self.add(text, range.end);
        }
    }

    /// Adds a block as written, indentation included (a code block of `{}` is still code),
    /// without the blank lines around it; a block of HTML comments only is a note to editors.
    fn push_block(&mut self, range: Range<usize>) {
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
    fn add_owned(&mut self, block: String, end: usize) {
        let end = end.min(self.text.len());
        match self.target {
            Target::Intro => self.doc.intro.push(block),
            Target::Section(index) => self.doc.sections[index].blocks.push(block),
            Target::Entry(index) => {
                let entry = &mut self.doc.entries[index];
                entry.blocks.push(block);
                entry.end = entry.end.max(end);
            }
        }
        self.extend_section(end);
    }

    fn extend_section(&mut self, end: usize) {
        if let Some(index) = self.section() {
            let section = &mut self.doc.sections[index];
            section.end = section.end.max(end);
        }
    }

    /// Notes a place that looks like an entry but is not read as one.
    fn unread(&mut self, offset: usize, message: String, lost: bool) {
        self.doc.unread.push(Unread {
            offset,
            message,
            lost,
        });
    }

    /// Notes `line` (starting at `start`) when it starts with what looks like a status code;
    /// `how` is the layout's own way to write it, `CODE` standing for the code.
    fn check_unread(&mut self, start: usize, line: &str, how: &str) {
        if head::is_anchor_link(line) {
            return;
        }
        if let Some((code, phrase)) = self.leading_phrase(line) {
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

/// Characters a line of nothing else may hold and still be dropped as stray punctuation.
const STRAY: &str = ":;,.·-–—*_|";

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
fn column(text: &str, offset: usize) -> usize {
    offset - text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

fn first_line(text: &str) -> &str {
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
