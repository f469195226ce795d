//! Makes the document's Markdown safe to render as rustdoc: rustdoc would compile unlabelled
//! code blocks as Rust doctests, read `[참고]` as an intra-doc link and warn on bare URLs.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::links::{Linker, Piece};

/// The same text, rendered the same, with unlabelled and indented code blocks fenced as
/// `text`, brackets outside links escaped, bare URLs in `<…>`, and mentions of statuses (other
/// than `current`) and of known header fields in the prose linked.
pub(crate) fn for_rustdoc_linked(markdown: &str, linker: &Linker, current: Option<u16>) -> String {
    rewrite(markdown, Some((linker, current)))
}

fn rewrite(markdown: &str, links_to: Option<(&Linker, Option<u16>)>) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut links = 0usize;
    let mut indented: Option<(usize, String)> = None;
    // Code is shown verbatim: nothing inside a code block is escaped or linked.
    let mut fenced = false;
    for (event, range) in Parser::new_ext(markdown, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                indented = Some((line_start(markdown, range.start), String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                fenced = false;
                if let Some((start, code)) = indented.take() {
                    let end = range.end.min(markdown.len());
                    let newline = if markdown[..end].ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    };
                    edits.push((start..end, format!("```text\n{code}```{newline}")));
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                fenced = true;
                if info.trim().is_empty() {
                    let opener = &markdown[range.start..];
                    let fence = opener.len() - opener.trim_start_matches(['`', '~']).len();
                    let at = range.start + fence;
                    edits.push((at..at, "text".to_owned()));
                }
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => links += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => links = links.saturating_sub(1),
            Event::Text(text) => {
                if let Some((_, code)) = &mut indented {
                    code.push_str(&text);
                } else if !fenced && links == 0 && markdown.get(range.clone()) == Some(&*text) {
                    let safe = escape_prose(&text, links_to);
                    if safe != *text {
                        edits.push((range, safe));
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = markdown.to_owned();
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    out
}

/// Brackets escaped, bare URLs wrapped and (with a linker) mentions linked, in a run of plain
/// text.
fn escape_prose(text: &str, links_to: Option<(&Linker, Option<u16>)>) -> String {
    let prose = |text: &str| match links_to {
        None => escape_brackets(text),
        Some((linker, current)) => linker
            .pieces(text, current)
            .into_iter()
            .map(|piece| match piece {
                Piece::Plain(text) => escape_brackets(text),
                Piece::Link(text, target) => format!("[{}]({target})", escape_brackets(text)),
            })
            .collect(),
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find_url(rest) {
        out.push_str(&prose(&rest[..at]));
        let url = &rest[at..];
        let len = url
            .find(|c: char| {
                c.is_whitespace()
                    || !c.is_ascii()
                    || matches!(c, '<' | '>' | '"' | '\'' | ')' | ']')
            })
            .unwrap_or(url.len());
        let len = len - url[..len].len()
            + url[..len]
                .trim_end_matches(['.', ',', ';', ':', '!', '?'])
                .len();
        out.push('<');
        out.push_str(&url[..len]);
        out.push('>');
        rest = &url[len..];
    }
    out.push_str(&prose(rest));
    out
}

fn find_url(text: &str) -> Option<usize> {
    [text.find("https://"), text.find("http://")]
        .into_iter()
        .flatten()
        .min()
}

fn escape_brackets(text: &str) -> String {
    text.replace('[', "\\[").replace(']', "\\]")
}

/// Every heading one level lower (`##` → `###`, Setext ones too), so the document's headings
/// sit below the page's own; `#` lines inside code blocks are not headings and stay.
pub(crate) fn demote_headings(markdown: &str) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut heading: Option<(Range<usize>, usize, Option<Range<usize>>)> = None;
    for (event, range) in Parser::new_ext(markdown, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((range, level as usize, None))
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((whole, level, Some(content))) = heading.take() {
                    let hashes = "#".repeat((level + 1).min(6));
                    let newline = if markdown[whole.clone()].ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    };
                    edits.push((whole, format!("{hashes} {}{newline}", &markdown[content])));
                }
            }
            _ => {
                if let Some((_, _, content)) = &mut heading {
                    *content = Some(match content.take() {
                        Some(c) => c.start.min(range.start)..c.end.max(range.end),
                        None => range,
                    });
                }
            }
        }
    }
    let mut out = markdown.to_owned();
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    out
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    /// The rewrite without links.
    fn for_rustdoc(markdown: &str) -> String {
        super::rewrite(markdown, None)
    }

    #[test]
    fn code_blocks_become_text() {
        assert_eq!(
            for_rustdoc("예시)\n\n```\nPOST / HTTP/1.1\n```\n\n```json\n{}\n```"),
            "예시)\n\n```text\nPOST / HTTP/1.1\n```\n\n```json\n{}\n```"
        );
        assert_eq!(
            for_rustdoc("요청:\n\n    GET / HTTP/1.1\n    Host: x\n\n끝."),
            "요청:\n\n```text\nGET / HTTP/1.1\nHost: x\n```\n\n끝."
        );
    }

    #[test]
    fn brackets_and_bare_urls_in_prose() {
        assert_eq!(
            for_rustdoc(
                "[참고] https://example.com/a.html 를 보라. [링크](https://x.org) <https://y.org> `[코드]`"
            ),
            "\\[참고\\] <https://example.com/a.html> 를 보라. [링크](https://x.org) <https://y.org> `[코드]`"
        );
        assert_eq!(
            for_rustdoc("주소는 https://example.com/x에서 본다."),
            "주소는 <https://example.com/x>에서 본다."
        );
    }

    #[test]
    fn code_is_neither_escaped_nor_linked() {
        let linker = super::Linker::new(&crate::codegen::project_spec());
        assert_eq!(
            super::for_rustdoc_linked(
                "401 응답:\n\n```json\n{\"codes\": [401, 403]}\n```\n\n`Retry-After: 120`",
                &linker,
                None
            ),
            "[401](Status::Unauthorized) 응답:\n\n```json\n{\"codes\": [401, 403]}\n```\n\n`Retry-After: 120`"
        );
    }

    #[test]
    fn headings_go_one_level_down() {
        assert_eq!(
            super::demote_headings("## 소개\n\n본문\n\n제목\n===\n\n```text\n# 주석\n```"),
            "### 소개\n\n본문\n\n## 제목\n\n```text\n# 주석\n```"
        );
    }

    #[test]
    fn plain_text_is_unchanged() {
        let seed = include_str!("../../../tests/fixtures/seed.ko.md");
        let fenced = seed.replace("```\nPOST", "```text\nPOST");
        assert_eq!(for_rustdoc(seed), fenced);
    }
}
