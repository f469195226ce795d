//! pulldown-cmark's event stream, every extension on, folded into the document's top-level
//! blocks with their source ranges: what the recognisers read.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A top-level block of the document, with the byte ranges its parts span in the file.
pub(crate) enum Block {
    /// A heading: `content` is its text without `#` markers or setext underline.
    Heading {
        whole: Range<usize>,
        content: Range<usize>,
        level: u8,
    },
    /// A paragraph.
    Paragraph(Range<usize>),
    /// A bulleted or numbered list.
    List {
        whole: Range<usize>,
        items: Vec<Item>,
    },
    /// A table: its header row first.
    Table { whole: Range<usize>, rows: Vec<Row> },
    /// A definition list (`404 Not Found` / `: 설명`).
    Definitions(Vec<Definition>),
    /// An HTML block.
    Html(Range<usize>),
    /// A thematic break (`---`) or front matter: layout, not text.
    Layout,
    /// Anything else (code block, quote, footnote): kept whole.
    Other(Range<usize>),
}

/// A list item: all of it, and the span its content covers (without the marker).
pub(crate) struct Item {
    pub(crate) whole: Range<usize>,
    pub(crate) content: Range<usize>,
}

/// A table row and its cells.
pub(crate) struct Row {
    pub(crate) whole: Range<usize>,
    pub(crate) cells: Vec<Range<usize>>,
}

/// A definition list's term and its definitions.
pub(crate) struct Definition {
    pub(crate) title: Range<usize>,
    pub(crate) details: Vec<Range<usize>>,
}

/// The pulldown-cmark extensions the parser turns on: those people's documents use (tables,
/// definition lists, front matter, footnotes, …). Smart punctuation and math stay off: they would
/// read quotes and dollar signs as markup.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM
}

/// The document's top-level blocks. `base` is added to every range: the offset of `text` in the file.
pub(crate) fn blocks(text: &str, base: usize) -> Vec<Block> {
    blocks_with(text, base, options())
}

fn blocks_with(text: &str, base: usize, options: Options) -> Vec<Block> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open: Option<Open> = None;
    for (event, local) in Parser::new_ext(text, options).into_offset_iter() {
        let range = local.start + base..local.end + base;
        // Front matter opens the file; a `---` line later on is a thematic break or a setext
        // underline, and what follows it is text: read that span again without front matter.
        if let Event::Start(Tag::MetadataBlock(_)) = &event
            && !is_front_matter(text, base, local.start)
        {
            let plain = options
                - Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
                - Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
            let rest = blocks_with(&text[local.start..], range.start, plain);
            out.extend(rest);
            return out;
        }
        match event {
            Event::Start(tag) => {
                depth += 1;
                if depth == 1 {
                    open = Some(Open::new(tag, range));
                } else if let Some(open) = &mut open {
                    open.start(depth, &tag, &range);
                }
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(open) = open.take() {
                        out.push(open.finish());
                    }
                } else if let Some(open) = &mut open {
                    open.end(depth, end, &range);
                }
            }
            Event::Rule if depth == 0 => out.push(Block::Layout),
            Event::Html(_) if depth == 0 => out.push(Block::Html(range)),
            _ if depth == 0 => out.push(Block::Other(range)),
            _ => {
                if let Some(open) = &mut open {
                    open.widen(depth, &range);
                }
            }
        }
    }
    out
}

/// The blocks nested in a list item, from its text after the first line: the item's indentation
/// (spaces or tabs, however deep: four spaces and a tab are common) is taken off every line
/// first, so its nested list reads as a list and not as indented code, and every range is mapped
/// back into the file.
pub(crate) fn nested_blocks(text: &str, base: usize) -> Vec<Block> {
    let indent = text
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    if indent == 0 {
        return blocks(text, base);
    }
    // Each line's start in the dedented text and in `text`, in order.
    let mut dedented = String::with_capacity(text.len());
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let cut = if line.trim().is_empty() {
            0
        } else {
            indent.min(line.len())
        };
        starts.push((dedented.len(), at + cut));
        dedented.push_str(&line[cut..]);
        at += line.len();
    }
    let map = |offset: usize| {
        let line = starts.partition_point(|&(start, _)| start <= offset).max(1) - 1;
        let (dedented_start, original_start) = starts.get(line).copied().unwrap_or((0, 0));
        base + original_start + (offset - dedented_start)
    };
    blocks_with(&dedented, 0, options())
        .into_iter()
        .map(|block| block.mapped(&map))
        .collect()
}

impl Block {
    /// The same block with every range's ends passed through `map`.
    fn mapped(self, map: &impl Fn(usize) -> usize) -> Block {
        let range = |r: Range<usize>| map(r.start)..map(r.end);
        match self {
            Block::Heading {
                whole,
                content,
                level,
            } => Block::Heading {
                whole: range(whole),
                content: range(content),
                level,
            },
            Block::Paragraph(r) => Block::Paragraph(range(r)),
            Block::List { whole, items } => Block::List {
                whole: range(whole),
                items: items
                    .into_iter()
                    .map(|item| Item {
                        whole: range(item.whole),
                        content: range(item.content),
                    })
                    .collect(),
            },
            Block::Table { whole, rows } => Block::Table {
                whole: range(whole),
                rows: rows
                    .into_iter()
                    .map(|row| Row {
                        whole: range(row.whole),
                        cells: row.cells.into_iter().map(range).collect(),
                    })
                    .collect(),
            },
            Block::Definitions(items) => Block::Definitions(
                items
                    .into_iter()
                    .map(|d| Definition {
                        title: range(d.title),
                        details: d.details.into_iter().map(range).collect(),
                    })
                    .collect(),
            ),
            Block::Html(r) => Block::Html(range(r)),
            Block::Layout => Block::Layout,
            Block::Other(r) => Block::Other(range(r)),
        }
    }
}

/// Whether a metadata block at `at` (in `text`, which starts at `base` in the file) is the file's
/// front matter: nothing but a byte-order mark before it.
fn is_front_matter(text: &str, base: usize, at: usize) -> bool {
    base + at <= '\u{feff}'.len_utf8() && text[..at].trim().is_empty()
}

/// The top-level block being read.
struct Open {
    tag: Tag<'static>,
    whole: Range<usize>,
    /// The span the children cover (a heading's text).
    content: Option<Range<usize>>,
    items: Vec<Item>,
    rows: Vec<Row>,
    definitions: Vec<Definition>,
    /// The list item being read: its start and content.
    item: Option<(usize, Option<Range<usize>>)>,
}

impl Open {
    fn new(tag: Tag<'_>, whole: Range<usize>) -> Open {
        Open {
            tag: tag.into_static(),
            whole,
            content: None,
            items: Vec::new(),
            rows: Vec::new(),
            definitions: Vec::new(),
            item: None,
        }
    }

    fn start(&mut self, depth: usize, tag: &Tag<'_>, range: &Range<usize>) {
        self.widen(depth, range);
        match (depth, tag) {
            (2, Tag::Item) => self.item = Some((range.start, None)),
            (2, Tag::TableHead | Tag::TableRow) => self.rows.push(Row {
                whole: range.clone(),
                cells: Vec::new(),
            }),
            (3, Tag::TableCell) => {
                if let Some(row) = self.rows.last_mut() {
                    row.cells.push(range.clone());
                }
            }
            (2, Tag::DefinitionListTitle) => self.definitions.push(Definition {
                title: range.clone(),
                details: Vec::new(),
            }),
            (2, Tag::DefinitionListDefinition) => match self.definitions.last_mut() {
                Some(definition) => definition.details.push(range.clone()),
                None => self.definitions.push(Definition {
                    title: range.start..range.start,
                    details: vec![range.clone()],
                }),
            },
            _ => {}
        }
    }

    fn end(&mut self, depth: usize, end: TagEnd, range: &Range<usize>) {
        if depth == 1
            && end == TagEnd::Item
            && let Some((start, content)) = self.item.take()
        {
            let content = content.unwrap_or(range.end..range.end);
            self.items.push(Item {
                whole: start..range.end,
                content,
            });
        }
    }

    fn widen(&mut self, depth: usize, range: &Range<usize>) {
        self.content = Some(union(self.content.take(), range));
        if depth > 1
            && let Some((_, content)) = &mut self.item
        {
            *content = Some(union(content.take(), range));
        }
    }

    fn finish(self) -> Block {
        let whole = self.whole;
        match self.tag {
            Tag::Paragraph => Block::Paragraph(whole),
            Tag::Heading { level, .. } => Block::Heading {
                content: self.content.unwrap_or(whole.end..whole.end),
                whole,
                level: level as u8,
            },
            Tag::List(_) => Block::List {
                whole,
                items: self.items,
            },
            Tag::Table(_) => Block::Table {
                whole,
                rows: self.rows,
            },
            Tag::DefinitionList => Block::Definitions(self.definitions),
            Tag::HtmlBlock => Block::Html(whole),
            Tag::MetadataBlock(_) => Block::Layout,
            _ => Block::Other(whole),
        }
    }
}

fn union(a: Option<Range<usize>>, b: &Range<usize>) -> Range<usize> {
    match a {
        Some(a) => a.start.min(b.start)..a.end.max(b.end),
        None => b.clone(),
    }
}
