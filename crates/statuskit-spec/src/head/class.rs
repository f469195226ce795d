//! Class heads: whether a line opens a class section (`4XX 클라이언트 오류: …`, `## 클라이언트
//! 오류 (4xx)`) or is one of the intro's class summaries (`1xx (Informational) - …`). Reads lines
//! through `cleaned` and `scan`.

use super::cleaned::Cleaned;
use super::scan::{SEPARATORS, Scanner, may_hold_code};
use crate::model::Class;

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

/// `1XX - 정보 전달: …`, `**3XX: 리다이렉션** - …`, `5XX(서버 오류): …`, `4XX 클라이언트 오류: …`,
/// the intro's `1xx (Informational) - …`, and headings such as `## 3XX 리다이렉션`.
pub(crate) fn class_head(original: &str, in_heading: bool) -> Option<ClassHead> {
    if !may_hold_code(original) {
        return None;
    }
    let cleaned = Cleaned::new(original);
    let line = cleaned.text.as_str();
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
        rest_at: cleaned.original(s.pos),
    })
}

/// A heading that names a class without starting with `Nxx`: `## 클라이언트 오류 (4xx)`,
/// `### 4. Client error responses`, `## Successful responses (200 – 299)`.
pub(crate) fn class_heading(line: &str) -> Option<ClassHead> {
    let cleaned = Cleaned::new(line);
    let text = cleaned
        .text
        .trim()
        .trim_matches('*')
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_ascii())
        .trim();
    // A section number: `4.`, `4)`, `IV.`.
    let numbered = text
        .split_once(' ')
        .filter(|(number, _)| {
            number.len() <= 4
                && (number.ends_with('.') || number.ends_with(')'))
                && number[..number.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || "IVX".contains(c))
        })
        .map_or(text, |(_, rest)| rest.trim());
    let lower = numbered.to_lowercase();
    // `(4xx)` or a closing `4xx`: the class named in the heading's last words.
    let token = lower
        .trim_end_matches([')', ' '])
        .rsplit([' ', '('])
        .next()
        .unwrap_or("");
    let tagged = token.len() == 3 && token.ends_with("xx");
    let class = if tagged {
        Class::from_digit(u8::try_from(token.chars().next()?.to_digit(10)?).ok()?)?
    } else {
        const NAMES: &[(&str, u8)] = &[
            ("informational", 1),
            ("information", 1),
            ("정보", 1),
            ("successful", 2),
            ("success", 2),
            ("성공", 2),
            ("redirection", 3),
            ("redirects", 3),
            ("redirect", 3),
            ("리다이렉션", 3),
            ("리디렉션", 3),
            ("리다이렉트", 3),
            ("리디렉트", 3),
            ("client error", 4),
            ("클라이언트 오류", 4),
            ("클라이언트 에러", 4),
            ("server error", 5),
            ("서버 오류", 5),
            ("서버 에러", 5),
        ];
        let (name, digit) = NAMES.iter().find(|(name, _)| lower.contains(name))?;
        // What is left may only be words like `responses` and a range: a heading about
        // something else (`Server error handling`) is not a section.
        const FILLER: &[&str] = &[
            "responses",
            "response",
            "codes",
            "code",
            "status",
            "statuses",
            "http",
            "errors",
            "error",
            "s",
            "응답",
            "코드",
            "상태",
            "전달",
            "클래스",
            "class",
            "범위",
        ];
        let rest = lower.replacen(name, " ", 1);
        let mut words = rest
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        if words
            .clone()
            .any(|w| !FILLER.contains(&w) && !w.chars().all(|c| c.is_ascii_digit()))
        {
            return None;
        }
        // `정보`, `성공` or `Success` alone is a heading about something else; `정보 응답`,
        // `Success (2xx)` or `Successful responses` name the class.
        const ALONE_AMBIGUOUS: &[&str] = &["정보", "성공", "information", "success"];
        if ALONE_AMBIGUOUS.contains(name) && words.next().is_none() {
            return None;
        }
        Class::from_digit(*digit)?
    };
    // The title without the class tag or code range in parentheses.
    let title = match numbered.rfind('(') {
        Some(open) if numbered[open..].chars().any(|c| c.is_ascii_digit()) => &numbered[..open],
        _ if tagged => &numbered[..numbered.len() - token.len()],
        _ => numbered,
    };
    let title = title
        .trim()
        .trim_end_matches([':', '-', '–', '—'])
        .trim()
        .to_owned();
    Some(ClassHead {
        class,
        title: Some(title).filter(|t| !t.is_empty()),
        is_summary: false,
        rest_at: line.len(),
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

    #[test]
    fn class_headings_in_other_forms() {
        for (line, class, title) in [
            (
                "클라이언트 오류 (4xx)",
                Class::ClientError,
                Some("클라이언트 오류"),
            ),
            (
                "4. Client error responses",
                Class::ClientError,
                Some("Client error responses"),
            ),
            (
                "Successful responses (200 – 299)",
                Class::Success,
                Some("Successful responses"),
            ),
            ("서버 에러 5xx", Class::ServerError, Some("서버 에러")),
        ] {
            let head = class_heading(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (head.class, head.title.as_deref()),
                (class, title),
                "{line}"
            );
        }
        for line in [
            "Server error handling tips",
            "4xx와 5xx의 차이",
            "참고 정보",
            "정보",
            "성공",
        ] {
            assert!(class_heading(line).is_none(), "{line}");
        }
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
