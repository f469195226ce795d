//! The document model the parser builds: a document's title, intro, class summaries, sections,
//! entries and the places not read. Plain data; uses only the model's `Class`.

use crate::model::Class;

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
