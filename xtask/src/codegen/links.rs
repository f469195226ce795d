//! Intra-doc links in the reference's prose: a status mentioned by code (`401`), by code and
//! phrase (`401 Unauthorized`) or by phrase and Korean gloss (`Unauthorized(권한 없음)`) links to
//! its `Status` variant, and a header field the table below knows links to its RFC section.

use statuskit_spec::Spec;

/// Header fields the document mentions, with the section that defines each.
const HEADERS: &[(&str, &str)] = &[
    (
        "Content-Length",
        "https://www.rfc-editor.org/rfc/rfc9110#section-8.6",
    ),
    (
        "Content-Type",
        "https://www.rfc-editor.org/rfc/rfc9110#section-8.3",
    ),
    (
        "If-Match",
        "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1",
    ),
    (
        "If-Modified-Since",
        "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.3",
    ),
    (
        "If-None-Match",
        "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2",
    ),
    (
        "If-Unmodified-Since",
        "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.4",
    ),
    (
        "Proxy-Authenticate",
        "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1",
    ),
    (
        "Proxy-Authorization",
        "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.2",
    ),
    (
        "Retry-After",
        "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3",
    ),
    (
        "WWW-Authenticate",
        "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1",
    ),
    (
        "Location",
        "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2",
    ),
    (
        "Allow",
        "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1",
    ),
];

/// A status's names, for finding mentions of it.
struct Target {
    code: u16,
    variant: String,
    /// The canonical phrase and the aliases, longest first, so the longest name wins.
    names: Vec<String>,
}

/// Finds mentions of statuses and headers in plain text and links them.
pub(crate) struct Linker {
    targets: Vec<Target>,
}

/// A piece of linked text: plain text to escape, or a finished Markdown link.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Plain(&'a str),
    Link(&'a str, String),
}

impl Linker {
    pub(crate) fn new(spec: &Spec) -> Linker {
        let targets = spec
            .statuses
            .iter()
            .map(|status| {
                let mut names: Vec<String> = std::iter::once(status.phrase.clone())
                    .chain(status.aliases.iter().cloned())
                    .collect();
                names.sort_by_key(|name| std::cmp::Reverse(name.len()));
                Target {
                    code: status.code,
                    variant: status.variant.clone(),
                    names,
                }
            })
            .collect();
        Linker { targets }
    }

    /// `text` cut into plain runs and links; mentions of the status `current` stay plain.
    pub(crate) fn pieces<'a>(&self, text: &'a str, current: Option<u16>) -> Vec<Piece<'a>> {
        let mut pieces = Vec::new();
        let mut plain_from = 0;
        let mut at = 0;
        while at < text.len() {
            let before = text[..at].chars().next_back();
            let found = if before.is_some_and(continues_word) {
                None
            } else {
                self.status_at(text, at, current)
                    .or_else(|| header_at(text, at))
            };
            match found {
                Some((len, target)) => {
                    if plain_from < at {
                        pieces.push(Piece::Plain(&text[plain_from..at]));
                    }
                    pieces.push(Piece::Link(&text[at..at + len], target));
                    at += len;
                    plain_from = at;
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        if plain_from < text.len() {
            pieces.push(Piece::Plain(&text[plain_from..]));
        }
        pieces
    }

    /// A mention of a status starting at `at`: its length and link target.
    fn status_at(&self, text: &str, at: usize, current: Option<u16>) -> Option<(usize, String)> {
        let rest = &text[at..];
        let link = |target: &Target| format!("Status::{}", target.variant);
        if let Some(code) = code_at(rest) {
            let target = self.targets.iter().find(|t| t.code == code)?;
            if Some(code) == current {
                return None;
            }
            // `401 Unauthorized`: the phrase or an alias after the code belongs to the link.
            let named = target.names.iter().find_map(|name| {
                let after = rest[3..].strip_prefix(' ')?;
                let candidate = after.get(..name.len())?;
                (candidate.eq_ignore_ascii_case(name) && ends_word(&after[name.len()..]))
                    .then_some(4 + name.len())
            });
            return Some((named.unwrap_or(3), link(target)));
        }
        // `Unauthorized(권한 없음)`: a name followed by a Korean gloss in parentheses.
        self.targets
            .iter()
            .filter(|target| Some(target.code) != current)
            .find_map(|target| {
                target.names.iter().find_map(|name| {
                    let after = rest.strip_prefix(name.as_str())?;
                    let gloss = gloss_len(after)?;
                    Some((name.len() + gloss, link(target)))
                })
            })
    }
}

/// A three-digit code at the start of `text`, standing alone: not part of a longer number or a
/// token like `100-continue`.
fn code_at(text: &str) -> Option<u16> {
    let digits = text.get(..3)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let next = text[3..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.' | ',')) {
        // `1.0`, `100,000` and the like are numbers, not statuses; a sentence's full stop after
        // a code is allowed below.
        let sentence_end = matches!(next, Some('.' | ','))
            && text[4..].chars().next().is_none_or(char::is_whitespace);
        if !sentence_end {
            return None;
        }
    }
    // `100개`, `30초`: a number counting something is not a status.
    let after = text[3..].trim_start_matches(' ');
    if COUNTERS.iter().any(|counter| after.starts_with(counter)) {
        return None;
    }
    digits.parse().ok()
}

/// Korean counters and units that follow a number that counts or measures.
const COUNTERS: &[&str] = &[
    "개",
    "명",
    "초",
    "분",
    "회",
    "건",
    "배",
    "년",
    "시간",
    "바이트",
    "만",
    "천",
    "%",
    "ms",
    "KB",
    "MB",
    "GB",
];

/// The length of `(한글 …)` (after an optional space) at the start of `text`.
fn gloss_len(text: &str) -> Option<usize> {
    let space = usize::from(text.starts_with(' '));
    let inner = text[space..].strip_prefix('(')?;
    let close = inner.find(')')?;
    let gloss = &inner[..close];
    let korean = gloss.chars().any(|c| ('가'..='힣').contains(&c));
    (korean && !gloss.contains('(')).then_some(space + 1 + close + 1)
}

/// A header field name from `HEADERS` at the start of `text`, as a whole word.
fn header_at(text: &str, at: usize) -> Option<(usize, String)> {
    let rest = &text[at..];
    HEADERS.iter().find_map(|(name, url)| {
        let candidate = rest.get(..name.len())?;
        (candidate == *name && ends_word(&rest[name.len()..]))
            .then(|| (name.len(), (*url).to_owned()))
    })
}

/// Whether a character before a match would make the match part of a longer word.
fn continues_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.' | '#' | '\\')
}

/// Whether the text after a match leaves the match a whole word.
fn ends_word(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_none_or(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linker() -> Linker {
        Linker::new(&crate::codegen::project_spec())
    }

    fn render(text: &str, current: Option<u16>) -> String {
        linker()
            .pieces(text, current)
            .into_iter()
            .map(|piece| match piece {
                Piece::Plain(text) => text.to_owned(),
                Piece::Link(text, target) => format!("[{text}]({target})"),
            })
            .collect()
    }

    #[test]
    fn codes_phrases_and_glosses_link() {
        assert_eq!(
            render("401 Unauthorized와 비슷하지만, 403과의 차이점은", Some(407)),
            "[401 Unauthorized](Status::Unauthorized)와 비슷하지만, [403](Status::Forbidden)과의 차이점은"
        );
        assert_eq!(
            render("Unauthorized(권한 없음) 응답", None),
            "[Unauthorized(권한 없음)](Status::Unauthorized) 응답"
        );
        assert_eq!(
            render("413 Request Entity Too Large를 보낸다.", None),
            "[413 Request Entity Too Large](Status::ContentTooLarge)를 보낸다."
        );
        assert_eq!(
            render("superseded by 429 Too Many Requests.", None),
            "superseded by [429 Too Many Requests](Status::TooManyRequests)."
        );
    }

    #[test]
    fn numbers_that_are_not_statuses_stay_plain() {
        for text in [
            "Expect: 100-continue",
            "HTTP/1.1",
            "1000개의 요청",
            "v404",
            "299 코드",
            "RFC 9110",
            "1.404",
            "1분에 요청을 100개까지",
            "500 ms",
        ] {
            assert_eq!(render(text, None), text);
        }
        assert_eq!(
            render("이 코드는 409 응답이다.", Some(409)),
            "이 코드는 409 응답이다."
        );
    }

    #[test]
    fn headers_link_to_their_section() {
        assert_eq!(
            render("Retry-After 헤더와 X-Retry-After-Ms", None),
            "[Retry-After](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3) 헤더와 X-Retry-After-Ms"
        );
    }
}
