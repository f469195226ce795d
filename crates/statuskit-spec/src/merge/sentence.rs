//! The first sentence of an explanation, as plain text: what becomes a status's summary, and
//! what the merge checks an explanation starts with. Uses only pulldown-cmark.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The first sentence of a Markdown text's first paragraph or list item, as plain text; a quote
/// only when nothing else has text (a quote that repeats the head is not the explanation).
pub(crate) fn first_sentence(markdown: &str) -> Option<String> {
    let text = first_text(markdown, false).or_else(|| first_text(markdown, true))?;
    let text = strip_label(&text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // A sentence ends at `.`, `?` or `!` followed by a space, the end, or non-ASCII text
    // (the seed writes `제공한다.클라이언트가` with no space); `HTTP/1.1` is not an end.
    let end = chars.iter().enumerate().find_map(|(i, &(at, c))| {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let ends =
            matches!(c, '.' | '?' | '!') && next.is_none_or(|n| n.is_whitespace() || !n.is_ascii());
        ends.then_some(at + c.len_utf8())
    });
    let sentence = text[..end.unwrap_or(text.len())].trim();
    (!sentence.is_empty()).then(|| sentence.to_owned())
}

/// The plain text of the first paragraph or list item (its own text, not its nested lists).
fn first_text(markdown: &str, in_quotes: bool) -> Option<String> {
    let mut text = String::new();
    let mut depth = 0usize;
    let mut quotes = 0usize;
    let mut collecting: Option<usize> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(tag) => {
                depth += 1;
                match tag {
                    Tag::BlockQuote(_) => quotes += 1,
                    Tag::Paragraph | Tag::Item
                        if collecting.is_none() && (quotes == 0 || in_quotes) =>
                    {
                        collecting = Some(depth);
                    }
                    Tag::List(_) | Tag::Paragraph
                        if collecting.is_some() && !text.trim().is_empty() =>
                    {
                        break;
                    }
                    _ => {}
                }
            }
            Event::End(end) => {
                if matches!(end, TagEnd::BlockQuote(_)) {
                    quotes = quotes.saturating_sub(1);
                }
                if collecting == Some(depth) {
                    if !text.trim().is_empty() {
                        break;
                    }
                    collecting = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) | Event::Code(t) if collecting.is_some() => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if collecting.is_some() => text.push(' '),
            _ => {}
        }
    }
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Drops a label in front of the text: `Description: …`, `설명: …`.
fn strip_label(text: &str) -> &str {
    const LABELS: &[&str] = &[
        "description",
        "meaning",
        "summary",
        "설명",
        "의미",
        "요약",
        "내용",
    ];
    match text.split_once(':') {
        Some((label, rest))
            if LABELS.contains(&label.trim().to_lowercase().as_str())
                && !rest.trim().is_empty() =>
        {
            rest.trim_start()
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences() {
        assert_eq!(
            first_sentence("콘텐츠의 일부 부분만 제공한다.클라이언트가").as_deref(),
            Some("콘텐츠의 일부 부분만 제공한다.")
        );
        assert_eq!(
            first_sentence("HTTP/1.1 요청이다. 둘째").as_deref(),
            Some("HTTP/1.1 요청이다.")
        );
        assert_eq!(
            first_sentence("마침표 없이 끝난다").as_deref(),
            Some("마침표 없이 끝난다")
        );
        assert_eq!(first_sentence("```\ncode\n```").as_deref(), None);
        assert_eq!(
            first_sentence("[링크](http://x)가 있다. 다음").as_deref(),
            Some("링크가 있다.")
        );
    }
}
