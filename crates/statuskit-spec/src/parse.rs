//! Reads the Markdown document into its parts (title, intro, class sections, entries) on
//! pulldown-cmark's event stream, keeping every block's source text and offset.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::head::{self, ClassHead, EntryHead};
use crate::model::Class;

/// The document as written, before it is merged with the registry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The first level-1 heading before any class section.
    pub title: Option<String>,
    /// The intro's blocks as Markdown, without the title and the class summary lines.
    pub intro: Vec<String>,
    /// The intro's one-line class summaries (`1xx (Informational) - …`).
    pub summaries: Vec<ClassSummary>,
    /// The class sections, in document order.
    pub sections: Vec<Section>,
    /// The status entries, in document order.
    pub entries: Vec<Entry>,
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
}

/// One status entry: its opening line and its explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The code as written (validation checks its range).
    pub code: u16,
    /// The English name as written.
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
}

/// A top-level block of the document.
enum Block {
    /// Paragraph or heading: its text (without `#` markers) may open an entry or a section.
    Text {
        whole: Range<usize>,
        content: Range<usize>,
        heading: Option<HeadingLevel>,
    },
    /// A list: each item's content may open an entry.
    List {
        whole: Range<usize>,
        items: Vec<Item>,
    },
    /// A thematic break (`---`): layout only.
    Rule,
    /// Anything else (code block, quote, HTML): kept whole.
    Other(Range<usize>),
}

struct Item {
    whole: Range<usize>,
    content: Range<usize>,
}

/// Where blocks go as they are read.
#[derive(Clone, Copy)]
enum Target {
    Intro,
    Section(usize),
    Entry(usize),
}

/// Splits the document into its parts. Never fails: validation against the registry
/// (duplicates, ranges, classes) happens when the parts are merged.
pub fn parse_document(text: &str) -> Document {
    let mut reader = Reader {
        text,
        doc: Document::default(),
        target: Target::Intro,
        indent: 0,
    };
    // A byte-order mark is not text: read past it, keeping offsets into the whole file.
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for block in blocks(&text[start..], start) {
        reader.block(block);
    }
    reader.doc
}

struct Reader<'a> {
    text: &'a str,
    doc: Document,
    target: Target,
    /// While reading a list item that opens an entry: the column of its content, removed from
    /// the item's continuation lines so nested lists and code keep their structure.
    indent: usize,
}

impl Reader<'_> {
    fn block(&mut self, block: Block) {
        match block {
            Block::Rule => {}
            Block::Other(range) => self.push_block(range),
            Block::Text {
                whole,
                content,
                heading,
            } => {
                let is_title = heading == Some(HeadingLevel::H1) && self.doc.title.is_none();
                if is_title && matches!(self.target, Target::Intro) {
                    self.doc.title = Some(self.text[content].trim().to_owned());
                } else if heading.is_some() {
                    self.heading(whole, content);
                } else {
                    self.text_block(content);
                }
            }
            Block::List { whole, items } => {
                let opens_entry = |item: &Item| {
                    head::entry_head(first_line(&self.text[item.content.clone()]), false).is_some()
                };
                if items.iter().any(opens_entry) {
                    for item in items {
                        if opens_entry(&item) {
                            self.indent = column(self.text, item.content.start);
                            self.text_block(item.content);
                            self.indent = 0;
                        } else {
                            self.push(item.whole);
                        }
                    }
                } else {
                    self.push(whole);
                }
            }
        }
    }

    /// A heading opens an entry or a section, or is kept whole, `#` markers and all.
    fn heading(&mut self, whole: Range<usize>, content: Range<usize>) {
        let line = &self.text[content.clone()];
        if let Some(head) = head::entry_head(line, true) {
            let rest = self.open_entry(content.start, head);
            self.push(rest..content.end);
        } else if let Some(head) = head::class_head(line, true) {
            let rest = self.open_class(content.start, line.len(), head);
            self.push(rest..content.end);
        } else {
            self.push(whole);
        }
    }

    /// A paragraph or list item: each line that opens an entry or a section starts a new part.
    fn text_block(&mut self, content: Range<usize>) {
        let mut pending = content.start;
        let mut line_start = content.start;
        for line in self.text[content.clone()].split_inclusive('\n') {
            let start = line_start;
            line_start += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            if let Some(head) = head::entry_head(line, false) {
                self.push(pending..start);
                pending = self.open_entry(start, head);
            } else if let Some(head) = head::class_head(line, false) {
                self.push(pending..start);
                pending = self.open_class(start, line.len(), head);
            }
        }
        self.push(pending..content.end);
    }

    fn open_entry(&mut self, start: usize, head: EntryHead) -> usize {
        let section = match self.target {
            Target::Intro => None,
            Target::Section(index) => Some(index),
            Target::Entry(index) => self.doc.entries[index].section,
        };
        self.doc.entries.push(Entry {
            code: head.code,
            name: head.name,
            gloss: head.gloss,
            blocks: Vec::new(),
            section,
            offset: start,
            code_offset: start + head.code_at,
        });
        self.target = Target::Entry(self.doc.entries.len() - 1);
        start + head.rest_at
    }

    fn open_class(&mut self, start: usize, line_len: usize, head: ClassHead) -> usize {
        if head.is_summary {
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
        });
        self.target = Target::Section(self.doc.sections.len() - 1);
        start + head.rest_at
    }

    /// Adds prose to whatever is being read, dropping blank text and stray punctuation
    /// (the seed's lone `:`).
    fn push(&mut self, range: Range<usize>) {
        let text = self.text[range].trim();
        if !text.chars().all(|c| c.is_whitespace() || STRAY.contains(c)) {
            self.add(text);
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
            self.add(text);
        }
    }

    /// Stores text with `\n` line ends, continuation lines of a list item dedented.
    fn add(&mut self, text: &str) {
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
        match self.target {
            Target::Intro => self.doc.intro.push(block),
            Target::Section(index) => self.doc.sections[index].blocks.push(block),
            Target::Entry(index) => self.doc.entries[index].blocks.push(block),
        }
    }
}

/// Characters a line of nothing else may hold and still be dropped as stray punctuation.
const STRAY: &str = ":;,.·-–—*_|";

/// An HTML block of comments only: notes to editors, not text of the reference.
fn is_html_comment(text: &str) -> bool {
    text.starts_with("<!--") && text.ends_with("-->") && !text[4..text.len() - 3].contains("-->")
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

/// The document's top-level blocks with their source ranges.
/// `base` is added to every range: the offset of `text` in the file.
fn blocks(text: &str, base: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    // The open top-level block: its kind, start, and the span its children cover.
    let mut open: Option<(Tag<'_>, usize, Option<Range<usize>>)> = None;
    let mut items: Vec<Item> = Vec::new();
    let mut item: Option<(usize, Option<Range<usize>>)> = None;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let range = range.start + base..range.end + base;
        match event {
            Event::Start(tag) => {
                depth += 1;
                if depth == 1 {
                    open = Some((tag, range.start, None));
                } else {
                    widen(&mut open, &range);
                    if depth == 2 && matches!(tag, Tag::Item) {
                        item = Some((range.start, None));
                    } else if depth > 2 {
                        widen_item(&mut item, &range);
                    }
                }
            }
            Event::End(end) => {
                depth -= 1;
                if depth == 1 && end == TagEnd::Item {
                    if let Some((start, content)) = item.take() {
                        let content = content.unwrap_or(range.end..range.end);
                        items.push(Item {
                            whole: start..range.end,
                            content,
                        });
                    }
                } else if depth == 0 {
                    if let Some((tag, start, content)) = open.take() {
                        let whole = start..range.end;
                        blocks.push(match tag {
                            Tag::Paragraph => Block::Text {
                                content: whole.clone(),
                                whole,
                                heading: None,
                            },
                            Tag::Heading { level, .. } => Block::Text {
                                content: content.unwrap_or(range.end..range.end),
                                whole,
                                heading: Some(level),
                            },
                            Tag::List(_) => Block::List {
                                whole,
                                items: std::mem::take(&mut items),
                            },
                            _ => Block::Other(whole),
                        });
                    }
                }
            }
            Event::Rule if depth == 0 => blocks.push(Block::Rule),
            _ if depth == 0 => blocks.push(Block::Other(range)),
            _ => {
                widen(&mut open, &range);
                if depth > 1 {
                    widen_item(&mut item, &range);
                }
            }
        }
    }
    blocks
}

fn widen(open: &mut Option<(Tag<'_>, usize, Option<Range<usize>>)>, range: &Range<usize>) {
    if let Some((_, _, content)) = open {
        *content = Some(union(content.take(), range));
    }
}

fn widen_item(item: &mut Option<(usize, Option<Range<usize>>)>, range: &Range<usize>) {
    if let Some((_, content)) = item {
        *content = Some(union(content.take(), range));
    }
}

fn union(a: Option<Range<usize>>, b: &Range<usize>) -> Range<usize> {
    match a {
        Some(a) => a.start.min(b.start)..a.end.max(b.end),
        None => b.clone(),
    }
}
