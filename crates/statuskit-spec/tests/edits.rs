//! Plausible edits of the project's document give the same statuses and texts, each with the
//! lines it now stands on: every entry as a heading, a class as a table, sections reordered,
//! English paragraphs added, entries as a numbered list. Each edit is written from the parsed
//! document, recording where each entry lands, then read back through `build`.

use std::collections::BTreeMap;

use statuskit_spec::{Document, Entry, Source, Spec, build, parse_document};

const DOCUMENT: &str = include_str!("../../../spec/status-codes.md");
const REGISTRY: &str = include_str!("../../../spec/registry.txt");

/// How an edit writes one entry.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Paragraph,
    Heading,
    Numbered,
}

/// An edit of the whole document.
struct Edit {
    layout: Layout,
    /// The class (digit) written as a table, if any.
    table: Option<u8>,
    /// Sections in reverse order.
    reversed: bool,
    /// An English paragraph after each entry.
    english: bool,
}

/// The document written out, and the lines each code's entry spans in it.
struct Written {
    text: String,
    lines: BTreeMap<u16, (usize, usize)>,
}

impl Written {
    fn line(&self) -> usize {
        self.text.matches('\n').count() + 1
    }

    fn block(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push_str("\n\n");
    }
}

fn head(entry: &Entry) -> String {
    match &entry.gloss {
        Some(gloss) => format!("{} {}({gloss})", entry.code, entry.name),
        None => format!("{} {}", entry.code, entry.name),
    }
}

fn english(entry: &Entry) -> String {
    format!(
        "The {} {} status, explained in English.",
        entry.code, entry.name
    )
}

fn write(doc: &Document, edit: &Edit) -> Written {
    let mut out = Written {
        text: String::new(),
        lines: BTreeMap::new(),
    };
    if let Some(title) = &doc.title {
        out.block(&format!("# {title}"));
    }
    for block in &doc.intro {
        out.block(block);
    }
    for summary in &doc.summaries {
        out.block(&format!(
            "{}xx ({}) - {}",
            summary.class.digit(),
            summary.name,
            summary.text
        ));
    }
    let mut order: Vec<usize> = (0..doc.sections.len()).collect();
    if edit.reversed {
        order.reverse();
    }
    for index in order {
        let section = &doc.sections[index];
        let digit = section.class.digit();
        out.block(&format!(
            "## {digit}XX {}",
            section.title.as_deref().unwrap_or_default()
        ));
        for block in &section.blocks {
            out.block(block);
        }
        let entries = doc.entries.iter().filter(|e| e.section == Some(index));
        if edit.table == Some(digit) {
            out.block("| 코드 | 이름 | 설명 |\n| --- | --- | --- |");
            out.text.truncate(out.text.len() - 1);
            for entry in entries {
                let line = out.line();
                let name = match &entry.gloss {
                    Some(gloss) => format!("{} ({gloss})", entry.name),
                    None => entry.name.clone(),
                };
                let mut cells = entry.blocks.clone();
                if edit.english {
                    cells.push(english(entry));
                }
                out.text.push_str(&format!(
                    "| {} | {name} | {} |\n",
                    entry.code,
                    cells.join("<br>")
                ));
                out.lines.insert(entry.code, (line, line));
            }
            out.text.push('\n');
            continue;
        }
        for (number, entry) in entries.enumerate() {
            let line = out.line();
            let mut blocks = entry.blocks.clone();
            if edit.english {
                blocks.push(english(entry));
            }
            match edit.layout {
                Layout::Paragraph => {
                    out.text.push_str(&format!("**{}**: ", head(entry)));
                    for block in &blocks {
                        out.block(block);
                    }
                }
                Layout::Heading => {
                    out.block(&format!("### {}", head(entry)));
                    for block in &blocks {
                        out.block(block);
                    }
                }
                Layout::Numbered => {
                    let marker = format!("{}. ", number + 1);
                    // Continuation lines stand under the item's text, past the marker.
                    let pad = " ".repeat(marker.len());
                    out.text.push_str(&format!("{marker}{}: ", head(entry)));
                    for (i, block) in blocks.iter().enumerate() {
                        let indented = block
                            .replace('\n', &format!("\n{pad}"))
                            .replace(&format!("\n{pad}\n"), "\n\n");
                        if i == 0 {
                            out.block(&indented);
                        } else {
                            out.block(&format!("{pad}{indented}"));
                        }
                    }
                }
            }
            let end = out.line() - 2;
            out.lines.insert(entry.code, (line, end));
        }
    }
    out
}

fn spec(path: &str, text: &str) -> Spec {
    match build(
        Source::new(path, text),
        Source::new("registry.txt", REGISTRY),
    ) {
        Ok(merged) => {
            assert!(merged.unread.is_empty(), "{:#?}", merged.unread);
            merged.spec
        }
        Err(errors) => panic!("{path}:\n{errors:#?}\n\n{text}"),
    }
}

/// The edit gives every status of the original, with the same texts, on the lines it was written to.
fn check(name: &str, edit: &Edit) {
    let doc = parse_document(DOCUMENT);
    let original = spec("status-codes.md", DOCUMENT);
    let written = write(&doc, edit);
    let edited = spec(name, &written.text);
    let explained = |spec: &Spec| -> Vec<u16> {
        spec.statuses
            .iter()
            .filter(|s| s.source.is_some())
            .map(|s| s.code)
            .collect()
    };
    assert_eq!(explained(&edited), explained(&original), "{name}");
    for (before, after) in original.statuses.iter().zip(&edited.statuses) {
        let Some(&(line, end_line)) = written.lines.get(&before.code) else {
            continue;
        };
        assert_eq!(before.code, after.code);
        assert_eq!(after.name_ko, before.name_ko, "{name}: {}", before.code);
        assert_eq!(
            after.description_ko, before.description_ko,
            "{name}: {}",
            before.code
        );
        assert_eq!(
            after.summary_ko, before.summary_ko,
            "{name}: {}",
            before.code
        );
        let source = after.source.unwrap();
        assert_eq!(
            (source.line, source.end_line),
            (line, end_line),
            "{name}: {}",
            before.code
        );
        if edit.english {
            assert_eq!(
                after.description_en.as_deref(),
                Some(
                    format!(
                        "The {} {} status, explained in English.",
                        before.code,
                        doc.entries
                            .iter()
                            .find(|e| e.code == before.code)
                            .unwrap()
                            .name
                    )
                    .as_str()
                ),
                "{name}: {}",
                before.code
            );
        }
    }
    for (before, after) in original.classes.iter().zip(&edited.classes) {
        assert_eq!(after.title_ko, before.title_ko, "{name}");
        assert_eq!(after.description_ko, before.description_ko, "{name}");
    }
}

const PLAIN: Edit = Edit {
    layout: Layout::Paragraph,
    table: None,
    reversed: false,
    english: false,
};

#[test]
fn rewritten_as_it_is() {
    check("paragraphs.md", &PLAIN);
}

#[test]
fn every_entry_as_a_heading() {
    check(
        "headings.md",
        &Edit {
            layout: Layout::Heading,
            ..PLAIN
        },
    );
}

#[test]
fn the_5xx_class_as_a_table() {
    check(
        "table.md",
        &Edit {
            table: Some(5),
            ..PLAIN
        },
    );
}

#[test]
fn sections_reordered() {
    check(
        "reordered.md",
        &Edit {
            reversed: true,
            layout: Layout::Heading,
            ..PLAIN
        },
    );
}

#[test]
fn english_paragraphs_added() {
    check(
        "english.md",
        &Edit {
            english: true,
            ..PLAIN
        },
    );
    check(
        "english-headings.md",
        &Edit {
            english: true,
            layout: Layout::Heading,
            table: Some(5),
            ..PLAIN
        },
    );
}

#[test]
fn entries_as_numbered_lists() {
    check(
        "numbered.md",
        &Edit {
            layout: Layout::Numbered,
            ..PLAIN
        },
    );
}
