//! Reads the Markdown document into its parts (title, intro, class sections, entries).
//!
//! `blocks` folds pulldown-cmark's events into top-level blocks with their source ranges; one
//! recogniser per layout (`heading`, `paragraph`, `list`, `table`, `definition`, `html`) turns
//! the blocks of its kind into entries and sections through the same `Reader`, so every layout gives the
//! same entry model, with the lines it spans. What looks like an entry but cannot be read is
//! kept as text and noted, with its place, for the merge to report.
//!
//! This file is the driver: it folds the text into blocks and hands each to its recogniser.
//! Dependencies run one way: the driver uses the recognisers, which use the `Reader`
//! (`reader.rs`), which builds the `Document` (`document.rs`) and looks up `Phrases`
//! (`phrases.rs`). The heads a line may open are read by `crate::head`.

mod blocks;
mod definition;
mod document;
mod heading;
mod html;
mod list;
mod look_alike;
mod paragraph;
mod phrases;
mod reader;
mod table;

pub use blocks::options as markdown_options;
pub use document::{ClassSummary, Document, Entry, Section, Unread};
pub use phrases::Phrases;

use blocks::Block;
use reader::Reader;

/// Splits the document into its parts. Never fails: what cannot be read is noted in
/// `Document::unread`, and validation against the registry (duplicates, ranges, classes)
/// happens when the parts are merged.
pub fn parse_document(text: &str) -> Document {
    parse_document_with(text, &Phrases::default())
}

/// As `parse_document`, also reading headings that name a registered phrase with no code
/// (`### Service Unavailable`).
pub fn parse_document_with(text: &str, phrases: &Phrases) -> Document {
    // A file whose lines end in a lone `\r` (old Mac OS) reads as Markdown does: each `\r` a
    // line end. `\n` takes its place byte for byte, so every offset stays the file's.
    let unix;
    let text = if has_bare_cr(text) {
        let bytes = text.as_bytes();
        unix = text
            .char_indices()
            .map(|(i, c)| match c {
                '\r' if bytes.get(i + 1) != Some(&b'\n') => '\n',
                other => other,
            })
            .collect::<String>();
        unix.as_str()
    } else {
        text
    };
    let mut reader = Reader::new(text, phrases, read_block);
    // A byte-order mark is not text: read past it, keeping offsets into the whole file.
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for block in blocks::blocks(&text[start..], start) {
        reader.block(block);
    }
    let mut doc = reader.doc;
    look_alike::note_all(&mut doc, text);
    doc
}

/// Whether some `\r` in the text is not followed by `\n`.
fn has_bare_cr(text: &str) -> bool {
    if !text.contains('\r') {
        return false;
    }
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
}

/// The recogniser of each kind of block: what `Reader::block` calls, nested blocks included.
fn read_block(reader: &mut Reader<'_>, block: Block) {
    match block {
        // A thematic break closes the entry before it: what follows is not its text.
        Block::Layout => reader.close_entry(),
        Block::Heading {
            whole,
            content,
            level,
        } => heading::read(reader, whole, content, level),
        Block::Paragraph(range) => paragraph::read(reader, range),
        Block::List { whole, items } => list::read(reader, whole, items),
        Block::Table { whole, rows } => table::read(reader, whole, rows),
        Block::Definitions(items) => definition::read(reader, items),
        Block::Html(range) => html::read(reader, range),
        Block::Other(range) => reader.push_block(range),
    }
}
