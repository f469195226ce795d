//! Entry heads: whether a line opens a status entry (`**409 Conflict**(충돌): …`), and the code,
//! name and gloss it gives; also the line tests the reader's notes rest on (`leading_code`,
//! `is_anchor_link`). Reads lines through `cleaned` and `scan`.

use super::cleaned::Cleaned;
use super::scan::{BOLD, SEPARATOR_START, SEPARATORS, SPACED_SEPARATORS, Scanner, may_hold_code};
use crate::hangul::is_hangul;

/// The opening of a status entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EntryHead {
    /// The code as written; may be out of range, which validation reports.
    pub(crate) code: u16,
    /// Byte index of the code in the line.
    pub(crate) code_at: usize,
    /// The English name as the document writes it.
    pub(crate) name: String,
    /// The Korean gloss in parentheses, if any.
    pub(crate) gloss: Option<String>,
    /// Byte index where the explanation starts in the line.
    pub(crate) rest_at: usize,
}

/// `**409 Conflict**(충돌): …`, `414 Request-URL Too Long:…`, `100 Continue - …`, and in a
/// heading, `308 Permanent Redirect` alone. Markup around the head is read through
/// (`` `404 Not Found` ``, `_**404 Not Found**_`, `<b>404 Not Found:</b>`, `[404 Not Found](url)`,
/// `{{HTTPStatus(404, "404 Not Found")}}`), as are `HTTP 404` and section numbers
/// (`15.5.5 404 Not Found`). Prose that merely starts with a code (`307 코드는 …`, `403과의 …`,
/// `200 OK와 함께 …`) is not an entry head.
pub(crate) fn entry_head(line: &str, in_heading: bool) -> Option<EntryHead> {
    if !may_hold_code(line) {
        return None;
    }
    let cleaned = Cleaned::new(line);
    let head = entry_head_clean(&cleaned.text, in_heading)?;
    Some(EntryHead {
        code_at: cleaned.original(head.code_at),
        rest_at: cleaned.original(head.rest_at),
        ..head
    })
}

/// Whether the line, markup read through, is only a link to an anchor of the same document:
/// a table of contents' line (`[404 Not Found](#404-not-found)`), navigation and not an entry.
pub(crate) fn is_anchor_link(line: &str) -> bool {
    let line = line.trim().trim_matches(|c| c == '*' || c == '_');
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    let Some(close) = rest.find("](#") else {
        return false;
    };
    rest[close..].find(')').is_some_and(|end| {
        rest[close + end + 1..]
            .trim()
            .trim_matches(|c| c == '*' || c == '_')
            .is_empty()
    })
}

/// The code at the start of a line whose markup is read through, if it has three digits and
/// stands alone (`404 …`, `**404**`, `` `404` ``): what makes a line look like an entry.
pub(crate) fn leading_code(line: &str) -> Option<(u16, usize)> {
    if !may_hold_code(line) {
        return None;
    }
    let cleaned = Cleaned::new(line);
    let text = cleaned
        .text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let at = cleaned.text.len() - text.len();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 3 {
        return None;
    }
    let after = &text[3..];
    if after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '%'))
        || (after.starts_with('-') && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        // `403과의 차이`, `404에러`, `2.5`: a particle or a number glued to the code is prose.
        return None;
    }
    // `307 코드는 …`, `404 errors are …`: a code followed by a Korean or lower-case word is prose
    // that mentions it; a capital (a name not read) or punctuation is a head gone wrong.
    if after
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || is_hangul(c) || c.is_ascii_digit())
    {
        return None;
    }
    // `404 Not Found is the most famous error.`: capitalised words, then English prose.
    let words: Vec<&str> = after.split_whitespace().collect();
    let capitalised = words
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .count();
    if capitalised > 0
        && words
            .get(capitalised)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    {
        return None;
    }
    let code: u16 = text[..3].parse().ok()?;
    (100..=599)
        .contains(&code)
        .then(|| (code, cleaned.original(at)))
}

/// A head once its markup is read through.
fn entry_head_clean(line: &str, in_heading: bool) -> Option<EntryHead> {
    let mut s = Scanner::new(line);
    s.skip_ws();
    let bold = s.eat_any(BOLD);
    s.skip_ws();
    let code_at = s.pos;
    let digits = s.rest().bytes().take_while(u8::is_ascii_digit).count();
    if digits != 3 {
        return None;
    }
    let code = s.rest()[..3].parse().ok()?;
    s.pos += 3;
    // `423-1 Locked`, `404.5`: a number with a suffix is not a status code.
    if s.rest().starts_with(['-', '.']) && s.rest()[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `**200** OK - …`: the bold holds the code alone.
    let mut closed = !bold;
    if bold && s.eat_any(BOLD) {
        closed = true;
    }
    let after_code = s.pos;
    s.skip_ws();
    let spaced = s.pos > after_code;
    let name_at = s.pos;
    let first = s.peek();
    let ascii_name = first.is_some_and(|c| c.is_ascii_alphabetic()) && spaced;
    // `404 찾을 수 없음` in a heading or closed by bold or a separator: a Korean name only.
    let korean_name = spaced && first.is_some_and(is_hangul);
    if ascii_name {
        // A lower-case name (`404 not found`) is a name only where prose cannot be: in a heading
        // or when bold or a separator closes it.
        scan_name(&mut s)?;
    } else if korean_name {
        while let Some(c) = s.peek() {
            if c == '('
                || c == '*'
                || c == ':'
                || SPACED_SEPARATORS
                    .iter()
                    .any(|sep| s.rest().starts_with(sep))
            {
                break;
            }
            s.pos += c.len_utf8();
        }
    } else if !matches!(first, None | Some('(' | ':' | '-' | '–' | '—' | '*' | '_')) {
        return None;
    }
    let written = line[name_at..s.pos].trim_end().trim_end_matches('.');
    let (name, mut gloss) = if korean_name {
        (String::new(), Some(written.to_owned()))
    } else {
        (written.to_owned(), None)
    };
    let named = !written.is_empty();

    let mut separated = false;
    scan_tail(&mut s, &mut closed, &mut gloss, &mut separated)?;
    let mut name = name;
    let mut named = named;
    // `404 - Not Found: …`, `**404** - Not Found`: the separator comes between code and name.
    if !named && gloss.is_none() && separated && s.peek().is_some_and(|c| c.is_ascii_uppercase()) {
        let mut t = Scanner { line, pos: s.pos };
        if scan_name(&mut t).is_some() {
            let written = line[s.pos..t.pos].trim_end().trim_end_matches('.');
            let mut ends = Scanner { line, pos: t.pos };
            ends.skip_ws();
            let (mut closed_t, mut gloss_t, mut separated_t) = (closed, None, false);
            if scan_tail(&mut ends, &mut closed_t, &mut gloss_t, &mut separated_t).is_some()
                && (separated_t
                    || closed_t != closed
                    || (ends.rest().trim().is_empty() && (in_heading || bold)))
                && !written.is_empty()
                && !is_sentence(written)
            {
                name = written.to_owned();
                named = true;
                closed = closed_t;
                gloss = gloss_t;
                s = ends;
            }
        }
    }
    let rest_at = s.pos;
    let explained_inline = !line[rest_at..].trim().is_empty();
    // A plain line needs a separator or nothing after the name: `404 Not Found(찾을 수 없음)와
    // 달리 …` is prose that mentions a status.
    let mut is_head = closed && (in_heading || bold || separated || !explained_inline);
    if !(in_heading || bold || separated) && is_sentence(&line[name_at..s.pos]) {
        // `404 Not Found is the most famous error.`: a sentence about the status, not its head.
        is_head = false;
    }
    if !named && gloss.is_none() {
        // `## 404`, `404: …`, `**404**`: a code alone heads an entry only when marked as a head.
        is_head &= in_heading || bold || separated;
    }
    let lower_case = name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if korean_name || lower_case {
        is_head &= in_heading || bold || separated;
    }
    is_head.then(|| EntryHead {
        code,
        code_at,
        name,
        gloss: gloss.filter(|g| !g.is_empty()),
        rest_at,
    })
}

/// Reads an English name (`Not Found`, `Service (Temporarily) Unavailable`, `I'm a teapot`) up
/// to bold, a separator or a gloss; `None` when a Korean particle is glued to it (prose).
fn scan_name(s: &mut Scanner<'_>) -> Option<()> {
    while let Some(c) = s.peek() {
        let rest = s.rest();
        if rest.starts_with(BOLD[0])
            || rest.starts_with(BOLD[1])
            || SPACED_SEPARATORS.iter().any(|sep| rest.starts_with(sep))
        {
            break;
        }
        if c == '(' {
            // `Service (Temporarily) Unavailable`: an English word in parentheses belongs to the
            // name; `Unauthorized(권한 없음)`: anything else is the gloss or a note.
            match s.peek_group() {
                Some(group)
                    if !group.is_empty()
                        && group.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
                        && !s.rest()[group.len() + 2..].trim().is_empty()
                        && !s.rest()[group.len() + 2..]
                            .trim_start()
                            .starts_with(SEPARATOR_START) =>
                {
                    s.group();
                    continue;
                }
                _ => break,
            }
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '/' | '&')) {
            break;
        }
        if c == '-' && s.rest().starts_with("--") {
            break;
        }
        s.pos += c.len_utf8();
    }
    // `200 OK와 함께 …`, `411 Length Required가 필요한 경우`: a particle glued to the name is prose.
    if s.peek().is_some_and(is_hangul) && !s.line[..s.pos].ends_with(' ') {
        return None;
    }
    Some(())
}

/// After the name: the closing bold, a Korean gloss in parentheses (a note such as `(RFC 7235)`
/// is passed over), and one separator, in any order. `None` when a particle is glued to the bold.
fn scan_tail(
    s: &mut Scanner<'_>,
    closed: &mut bool,
    gloss: &mut Option<String>,
    separated: &mut bool,
) -> Option<()> {
    loop {
        s.skip_ws();
        if !*closed && s.eat_any(BOLD) {
            *closed = true;
            // `**500 에러**는`: a particle glued to the bold is prose; after a separator inside
            // the bold (`<b>201 Created:</b>텍스트`), it is the explanation.
            if s.peek().is_some_and(char::is_alphanumeric) && !*separated {
                return None;
            }
        } else if s.peek() == Some('(') && !*separated {
            let group = s.group()?.trim();
            if group.chars().any(is_hangul) && gloss.is_none() {
                *gloss = Some(group.to_owned());
            }
        } else if !*separated && s.eat_any(SEPARATORS) {
            *separated = true;
        } else {
            return Some(());
        }
    }
}

/// Whether a name as written reads as a sentence: it ends with a full stop or runs past the
/// longest phrase (`Network Authentication Required`, `Request Header Fields Too Large`: 5 words).
fn is_sentence(name: &str) -> bool {
    name.trim_end().ends_with(['.', '!', '?']) || name.split_whitespace().count() > 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(line: &str) -> Option<(u16, String, Option<String>, String)> {
        entry_head(line, false).map(|h| (h.code, h.name, h.gloss, line[h.rest_at..].to_owned()))
    }

    #[test]
    fn entry_forms_of_the_seed() {
        let cases = [
            ("**200 OK** - 서버에서", (200, "OK", None, "서버에서")),
            (
                "**401 Unauthorized(권한 없음):** 인증이",
                (401, "Unauthorized", Some("권한 없음"), "인증이"),
            ),
            (
                "**405 Method Not Allowed**(허용되지 않은 메소드): 클라",
                (
                    405,
                    "Method Not Allowed",
                    Some("허용되지 않은 메소드"),
                    "클라",
                ),
            ),
            (
                "414 Request-URL Too Long:클라이언트가",
                (414, "Request-URL Too Long", None, "클라이언트가"),
            ),
            (
                "100 Continue - 클라이언트가",
                (100, "Continue", None, "클라이언트가"),
            ),
            (
                "**207 Multi-Status** 다수의",
                (207, "Multi-Status", None, "다수의"),
            ),
            (
                "418 I'm a teapot(찻주전자로 커피를 만들 수 없음):",
                (
                    418,
                    "I'm a teapot",
                    Some("찻주전자로 커피를 만들 수 없음"),
                    "",
                ),
            ),
            (
                "**503 Service (Temporarily) Unavailable**(서비스를 일시적으로 이용할 수 없음): 말 그대로.",
                (
                    503,
                    "Service (Temporarily) Unavailable",
                    Some("서비스를 일시적으로 이용할 수 없음"),
                    "말 그대로.",
                ),
            ),
            (
                "**502 Bad Gateway**: 서버와",
                (502, "Bad Gateway", None, "서버와"),
            ),
            (
                "**304 Not Modified** - \"수정되지 않음(Not Modified)\"을",
                (
                    304,
                    "Not Modified",
                    None,
                    "\"수정되지 않음(Not Modified)\"을",
                ),
            ),
        ];
        for (line, (code, name, gloss, rest)) in cases {
            assert_eq!(
                head(line),
                Some((
                    code,
                    name.to_owned(),
                    gloss.map(str::to_owned),
                    rest.to_owned()
                )),
                "{line}"
            );
        }
    }

    #[test]
    fn prose_that_starts_with_a_code_is_not_an_entry() {
        for line in [
            "307 코드는 302 코드와 유사하지만",
            "403과의 차이점은 403의 경우",
            "200 OK와 함께 사용된다.",
            "**500 에러**는",
            "1xx (Informational) - 요청이",
            "2024 was a year",
            "**404 Not Found 가 뜬다",
            "404 Not Found(찾을 수 없음)와 달리 410은",
        ] {
            assert_eq!(head(line), None, "{line}");
        }
    }

    #[test]
    fn markup_and_prefixes_are_read_through() {
        let cases = [
            ("`404 Not Found`", true, (404, "Not Found", None, "")),
            (
                "_**401 Unauthorized**_",
                true,
                (401, "Unauthorized", None, ""),
            ),
            (
                "<b>403 Forbidden:</b> 권한이 없다.",
                false,
                (403, "Forbidden", None, "권한이 없다."),
            ),
            (
                "[404 Not Found](https://x.dev/404)",
                true,
                (404, "Not Found", None, ""),
            ),
            (
                "HTTP 405 Method Not Allowed",
                true,
                (405, "Method Not Allowed", None, ""),
            ),
            (
                "15.5.7 406 Not Acceptable",
                true,
                (406, "Not Acceptable", None, ""),
            ),
            ("1) 200 OK - 성공.", false, (200, "OK", None, "성공.")),
            ("🔵 200 OK", true, (200, "OK", None, "")),
            ("**200** OK - 성공.", false, (200, "OK", None, "성공.")),
            ("## 408", true, (0, "", None, "")),
            (
                "409(충돌): 충돌한다.",
                false,
                (409, "", Some("충돌"), "충돌한다."),
            ),
            ("410 사라짐", true, (410, "", Some("사라짐"), "")),
            (
                "400 BAD REQUEST: 잘못.",
                false,
                (400, "BAD REQUEST", None, "잘못."),
            ),
            ("502 bad gateway", true, (502, "bad gateway", None, "")),
            (
                "404 - Not Found: 없다.",
                false,
                (404, "Not Found", None, "없다."),
            ),
            ("404 - Not Found", true, (404, "Not Found", None, "")),
            ("**404** - Not Found", false, (404, "Not Found", None, "")),
            (
                "**404 - Not Found** (찾을 수 없음)",
                false,
                (404, "Not Found", Some("찾을 수 없음"), ""),
            ),
            (
                "404 - Not Found page means",
                false,
                (404, "", None, "Not Found page means"),
            ),
            (
                "400 Bad Request -- 잘못.",
                false,
                (400, "Bad Request", None, "잘못."),
            ),
            (
                "412 Precondition Failed : 조건.",
                false,
                (412, "Precondition Failed", None, "조건."),
            ),
            (
                "413 Content Too Large — 크다.",
                false,
                (413, "Content Too Large", None, "크다."),
            ),
            (
                "401 Unauthorized (RFC 7235): 인증.",
                false,
                (401, "Unauthorized", None, "인증."),
            ),
            (
                "{{HTTPStatus(404, \"404 Not Found\")}}",
                true,
                (404, "Not Found", None, ""),
            ),
        ];
        for (line, in_heading, (code, name, gloss, rest)) in cases {
            let head = entry_head(line.trim_start_matches("## "), in_heading);
            if code == 0 {
                let head = head.unwrap_or_else(|| panic!("{line}"));
                assert_eq!((head.code, head.name.as_str()), (408, ""), "{line}");
                continue;
            }
            let head = head.unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (
                    head.code,
                    head.name.as_str(),
                    head.gloss.as_deref(),
                    line[head.rest_at..].trim()
                ),
                (code, name, gloss, rest),
                "{line}"
            );
        }
        for line in [
            "**404**는 흔하다",
            "502 bad gateway는 흔하다",
            "404 errors are common",
            "404 Not Found is the most famous error.",
        ] {
            assert_eq!(entry_head(line, false), None, "{line}");
        }
        assert_eq!(
            leading_code("404 Not Found is the most famous error."),
            None
        );
        assert_eq!(
            leading_code("409 Conflict 요청이 충돌한다."),
            Some((409, 0))
        );
    }

    #[test]
    fn tabs_separate_like_spaces() {
        let h = head("409\tConflict\t-\t충돌.").unwrap();
        assert_eq!(
            (h.0, h.1.as_str(), h.3.as_str()),
            (409, "Conflict", "충돌.")
        );
        let h = head("**404\tNot Found**(찾을 수 없음):\t없다.").unwrap();
        assert_eq!(
            (h.0, h.1.as_str(), h.2.as_deref()),
            (404, "Not Found", Some("찾을 수 없음"))
        );
    }

    #[test]
    fn headings_and_list_items_open_entries() {
        let h = entry_head("308 Permanent Redirect", true).unwrap();
        assert_eq!((h.code, h.name.as_str()), (308, "Permanent Redirect"));
        assert_eq!(head("**308 Permanent Redirect** - 영구").unwrap().3, "영구");
    }
}
