//! Recognises the lines that open an entry (`**409 Conflict**(충돌): …`) or a class section
//! (`4XX 클라이언트 오류: …`), in every form the document and its editors use.

use crate::model::Class;

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

/// The opening of a class section, or one of the intro's class summary lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ClassHead {
    /// Which class.
    pub(crate) class: Class,
    /// The section's title (`정보 전달`), or the English class name of a summary line (`Informational`).
    pub(crate) title: Option<String>,
    /// Whether the title is the English class name: the intro's `1xx (Informational) - …` form.
    pub(crate) is_summary: bool,
    /// Byte index where the description starts in the line.
    pub(crate) rest_at: usize,
}

/// A cursor over one line.
struct Scanner<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(line: &'a str) -> Self {
        Scanner { line, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.line[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.pos += token.len();
        }
        found
    }

    fn eat_any(&mut self, tokens: &[&str]) -> bool {
        tokens.iter().any(|token| self.eat(token))
    }

    fn skip_ws(&mut self) {
        self.pos = self.line.len() - self.rest().trim_start().len();
    }

    /// Skips whitespace and bold markers; returns whether a bold marker was among them.
    fn skip_ws_and_bold(&mut self) -> bool {
        let mut bold = false;
        loop {
            self.skip_ws();
            if self.eat_any(BOLD) {
                bold = true;
            } else {
                return bold;
            }
        }
    }

    /// At `(`: the text up to the matching `)`, leaving the cursor after it.
    fn group(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let mut depth = 0usize;
        for (i, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos += i + 1;
                        return Some(&rest[1..i]);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The group at the cursor, without moving, if it closes on this line.
    fn peek_group(&self) -> Option<&'a str> {
        Scanner {
            line: self.line,
            pos: self.pos,
        }
        .group()
    }
}

const BOLD: &[&str] = &["**", "__"];
const SEPARATORS: &[&str] = &[":", "-", "–", "—"];
const SPACED_SEPARATORS: &[&str] = &[" - ", " – ", " — "];

/// `**409 Conflict**(충돌): …`, `414 Request-URL Too Long:…`, `100 Continue - …`, and in a
/// heading, `308 Permanent Redirect` alone. Prose that merely starts with a code
/// (`307 코드는 …`, `403과의 …`, `200 OK와 함께 …`) is not an entry head.
pub(crate) fn entry_head(line: &str, in_heading: bool) -> Option<EntryHead> {
    // A tab is one byte, as a space is: offsets stay those of the source line.
    let line = &line.replace('\t', " ");
    let mut s = Scanner::new(line);
    s.skip_ws();
    let bold = s.eat_any(BOLD);
    let code_at = s.pos;
    let digits = s.rest().bytes().take_while(u8::is_ascii_digit).count();
    if digits != 3 {
        return None;
    }
    let code = s.rest()[..3].parse().ok()?;
    s.pos += 3;
    if !s.eat(" ") {
        return None;
    }
    s.skip_ws();
    let name_at = s.pos;
    if !s.peek().is_some_and(|c| c.is_ascii_uppercase()) {
        return None;
    }
    while let Some(c) = s.peek() {
        let rest = s.rest();
        if rest.starts_with(BOLD[0])
            || rest.starts_with(BOLD[1])
            || SPACED_SEPARATORS.iter().any(|sep| rest.starts_with(sep))
        {
            break;
        }
        if c == '(' {
            // `Service (Temporarily) Unavailable`: an English word in parentheses belongs to the name;
            // `Unauthorized(권한 없음)`: anything else is the gloss.
            match s.peek_group() {
                Some(group)
                    if !group.is_empty()
                        && group.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') =>
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
        s.pos += c.len_utf8();
    }
    let name = line[name_at..s.pos].trim_end();
    if name.is_empty() {
        return None;
    }
    let name = name.to_owned();

    let mut closed = !bold;
    let mut gloss = None;
    let mut separated = false;
    loop {
        s.skip_ws();
        if !closed && s.eat_any(BOLD) {
            closed = true;
        } else if gloss.is_none() && s.peek() == Some('(') {
            match s.group() {
                Some(group) => gloss = Some(group.trim().to_owned()),
                None => return None,
            }
        } else if !separated && s.eat_any(SEPARATORS) {
            separated = true;
        } else {
            break;
        }
    }
    let rest_at = s.pos;
    let explained_inline = !line[rest_at..].trim().is_empty();
    // A plain line needs a separator or nothing after the name: `404 Not Found(찾을 수 없음)와
    // 달리 …` is prose that mentions a status.
    let is_head = closed && (in_heading || bold || separated || !explained_inline);
    is_head.then(|| EntryHead {
        code,
        code_at,
        name,
        gloss: gloss.filter(|g| !g.is_empty()),
        rest_at,
    })
}

/// `1XX - 정보 전달: …`, `**3XX: 리다이렉션** - …`, `5XX(서버 오류): …`, `4XX 클라이언트 오류: …`,
/// the intro's `1xx (Informational) - …`, and headings such as `## 3XX 리다이렉션`.
pub(crate) fn class_head(line: &str, in_heading: bool) -> Option<ClassHead> {
    let line = &line.replace('\t', " ");
    let mut s = Scanner::new(line);
    s.skip_ws_and_bold();
    let digit = s.peek()?.to_digit(10)?;
    s.pos += 1;
    let class = Class::from_digit(u8::try_from(digit).ok()?)?;
    if !(s.eat_any(&["xx", "XX", "xX", "Xx"])) {
        return None;
    }
    match s.peek() {
        None | Some(' ' | '\t' | '(' | ':' | '-' | '*' | '_') => {}
        Some(_) => return None,
    }
    s.skip_ws_and_bold();
    let title = if s.peek() == Some('(') {
        let group = s.group()?.trim();
        s.skip_ws_and_bold();
        s.eat_any(SEPARATORS);
        Some(group)
    } else {
        let separated = s.eat_any(SEPARATORS);
        s.skip_ws_and_bold();
        let rest = s.rest();
        let end = [
            rest.find(':'),
            rest.find(" - "),
            rest.find("**"),
            rest.find(" – "),
        ]
        .into_iter()
        .flatten()
        .min();
        match end {
            Some(end) => {
                s.pos += end;
                s.skip_ws_and_bold();
                s.eat_any(SEPARATORS);
                Some(rest[..end].trim())
            }
            None if in_heading => {
                s.pos = line.len();
                Some(rest.trim())
            }
            // `5XX 에러는 …` in running prose: no separator, so no section.
            None if !separated => return None,
            None => None,
        }
    };
    s.skip_ws();
    let title = title.filter(|t| !t.is_empty()).map(str::to_owned);
    if title.is_none() && !in_heading {
        return None;
    }
    let is_summary = title.as_deref().is_some_and(is_english_class_name);
    Some(ClassHead {
        class,
        title,
        is_summary,
        rest_at: s.pos,
    })
}

fn is_english_class_name(title: &str) -> bool {
    const NAMES: &[&str] = &[
        "informational",
        "success",
        "successful",
        "redirection",
        "client error",
        "server error",
    ];
    NAMES.iter().any(|name| title.eq_ignore_ascii_case(name))
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

    fn class(line: &str) -> Option<(Class, Option<String>, bool, String)> {
        class_head(line, false)
            .map(|h| (h.class, h.title, h.is_summary, line[h.rest_at..].to_owned()))
    }

    #[test]
    fn class_forms_of_the_seed() {
        let some = |c, t: &str, s, r: &str| Some((c, Some(t.to_owned()), s, r.to_owned()));
        assert_eq!(
            class("1XX - 정보 전달: 요청을 받았고"),
            some(Class::Informational, "정보 전달", false, "요청을 받았고")
        );
        assert_eq!(
            class("**3XX: 리다이렉션** - 이 요청을"),
            some(Class::Redirection, "리다이렉션", false, "이 요청을")
        );
        assert_eq!(
            class("5XX(서버 오류): 오류코드인것은"),
            some(Class::ServerError, "서버 오류", false, "오류코드인것은")
        );
        assert_eq!(
            class("4XX 클라이언트 오류: 요청이"),
            some(Class::ClientError, "클라이언트 오류", false, "요청이")
        );
        assert_eq!(
            class("2xx (Successful) - 요청이 성공"),
            some(Class::Success, "Successful", true, "요청이 성공")
        );
        assert_eq!(class("4XX와 달리 요청은"), None);
        assert_eq!(class("5XX 에러는 서버 쪽 문제다."), None);
        assert_eq!(
            class_head("3XX 리다이렉션", true).unwrap().title.as_deref(),
            Some("리다이렉션")
        );
    }
}
