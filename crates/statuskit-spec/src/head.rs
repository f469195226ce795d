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
const SEPARATORS: &[&str] = &["--", ":", "-", "–", "—", "|"];
const SEPARATOR_START: &[char] = &[':', '-', '–', '—'];
const SPACED_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " -- ", " : "];

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

/// Whether a code can stand near the start of the line: the cheap test that keeps prose lines
/// (most of a document) from being read through character by character. The longest prefix
/// before a code is markup such as `{{HTTPStatus(` or `<strong>` or a section number.
fn may_hold_code(line: &str) -> bool {
    line.bytes().take(64).any(|b| b.is_ascii_digit())
}

/// A line with its inline markup read through, and where each byte of it stands in the line.
pub(crate) struct Cleaned {
    /// The text without markup.
    pub(crate) text: String,
    /// For each byte of `text`, and one past its end, the byte offset in the original line.
    map: Vec<usize>,
}

impl Cleaned {
    pub(crate) fn new(line: &str) -> Cleaned {
        let mut out = Cleaned {
            text: String::with_capacity(line.len()),
            map: Vec::with_capacity(line.len() + 1),
        };
        let mut i = 0;
        let bytes = line.as_bytes();
        let (mut macro_end, mut link_close, mut paren, mut tag_end) = (
            Next::new("}}"),
            Next::new("]("),
            Next::new(")"),
            Next::new(">"),
        );
        while i < line.len() {
            let rest = &line[i..];
            // `{{HTTPStatus(404, "404 Not Found")}}`: MDN's macro reads as its last quoted argument.
            if rest.starts_with("{{")
                && let Some(end) = macro_end.from(line, i).map(|at| at - i)
            {
                let inner = &rest[2..end];
                let quoted = inner
                    .rfind('"')
                    .and_then(|close| inner[..close].rfind('"').map(|open| (open + 1, close)));
                let (from, to) = match quoted {
                    Some(span) => span,
                    None => {
                        let open = inner.find('(').map_or(0, |p| p + 1);
                        let close = inner[open..]
                            .find([',', ')'])
                            .map_or(inner.len(), |c| open + c);
                        (open, close)
                    }
                };
                out.push_str(&inner[from..to], i + 2 + from);
                i += end + 2;
                continue;
            }
            // `[404 Not Found](url)`: the link's text.
            if rest.starts_with('[')
                && let Some(close) = link_close.from(line, i).map(|at| at - i)
                && let Some(end) = paren.from(line, i + close).map(|at| at - i - close)
            {
                out.push_clean(&rest[1..close], i + 1);
                i += close + end + 1;
                continue;
            }
            // `<b>`, `<strong>` read as bold, `<br>` as a space; any other tag (`<code>`,
            // `<span class="x">`, `</a>`) is dropped.
            if rest.starts_with('<')
                && let Some(end) = tag_end.from(line, i).map(|at| at - i)
            {
                let inner = rest[1..end].trim_start_matches('/');
                let name_len = inner.bytes().take_while(u8::is_ascii_alphanumeric).count();
                let tag = inner[..name_len].to_ascii_lowercase();
                let attributes = &inner[name_len..];
                let is_tag = !tag.is_empty()
                    && tag.starts_with(|c: char| c.is_ascii_alphabetic())
                    && (attributes.is_empty() || attributes.starts_with([' ', '/']));
                if is_tag {
                    if tag == "b" || tag == "strong" {
                        out.push_str("**", i);
                    } else if tag == "br" {
                        out.push_str(" ", i);
                    }
                    i += end + 1;
                    continue;
                }
            }
            match bytes[i] {
                b'`' => i += 1,
                b'*' | b'_' => {
                    let run = rest.bytes().take_while(|&b| b == bytes[i]).count();
                    // `**` and `***` are bold (kept: bold closes a head); a lone `*` or `_` is emphasis.
                    if run >= 2 {
                        out.push_str(&rest[..2], i);
                    }
                    i += run;
                }
                _ => {
                    let c = rest.chars().next().unwrap_or(' ');
                    let c = if c == '\t' { ' ' } else { c };
                    let mut buf = [0; 4];
                    out.push_str(c.encode_utf8(&mut buf), i);
                    i += c.len_utf8();
                }
            }
        }
        out.map.push(line.len());
        out.strip_prefixes();
        out
    }

    fn push_str(&mut self, text: &str, at: usize) {
        self.text.push_str(text);
        self.map.extend((0..text.len()).map(|k| at + k));
    }

    /// Pushes a link's text, itself read through.
    fn push_clean(&mut self, text: &str, at: usize) {
        let inner = Cleaned::new(text);
        self.text.push_str(&inner.text);
        self.map
            .extend(inner.map[..inner.text.len()].iter().map(|k| at + k));
    }

    /// Drops `HTTP ` and section numbers (`15.5.5 `, `4. `) in front of a code.
    fn strip_prefixes(&mut self) {
        let text = self.text.trim_start_matches([' ', '*', '_']);
        let lead = self.text.len() - text.len();
        let mut cut = 0;
        // A marker in front (`🔵 200 OK`, `▶ 404`, `✅ 201`): an emoji or symbol and a space.
        let symbol = text
            .chars()
            .take_while(|&c| !c.is_alphanumeric() && !c.is_ascii() && c != '\u{feff}')
            .map(char::len_utf8)
            .sum::<usize>();
        if symbol > 0 && text[symbol..].starts_with(' ') {
            cut = symbol + 1;
        } else if text
            .get(..5)
            .is_some_and(|http| http.eq_ignore_ascii_case("http "))
        {
            cut = 5;
        } else {
            // A section number: `15.5.5 `, `4. `, `1) `.
            let number = text
                .bytes()
                .take_while(|&b| b.is_ascii_digit() || b == b'.' || b == b')')
                .count();
            let numbered = &text[..number];
            if (numbered.contains('.') || numbered.ends_with(')'))
                && text[number..].starts_with(' ')
            {
                cut = number + 1;
            }
        }
        // Only in front of a code or a class (`2xx`): `4. Client error responses` keeps its number.
        if cut > 0
            && text[cut..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            let cut = lead + cut;
            let keep = self.text[..lead].to_owned();
            self.text = keep + &self.text[cut..];
            self.map.drain(lead..cut);
        }
    }

    /// The offset in the original line of a byte offset in `text`.
    pub(crate) fn original(&self, at: usize) -> usize {
        self.map[at.min(self.map.len() - 1)]
    }
}

/// Where a pattern next occurs in a line, found once per occurrence: a line of many `[` and no
/// `](` costs one scan, not one per bracket.
pub(crate) struct Next<'p> {
    pattern: &'p str,
    found: Option<usize>,
    exhausted: bool,
}

impl<'p> Next<'p> {
    pub(crate) fn new(pattern: &'p str) -> Next<'p> {
        Next {
            pattern,
            found: None,
            exhausted: false,
        }
    }

    /// The first occurrence at or after `at`; `at` only grows from call to call.
    pub(crate) fn from(&mut self, line: &str, at: usize) -> Option<usize> {
        match self.found {
            Some(found) if found >= at => return Some(found),
            _ if self.exhausted => return None,
            _ => {}
        }
        self.found = line[at..].find(self.pattern).map(|k| at + k);
        self.exhausted = self.found.is_none();
        self.found
    }
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
            // `**500 에러**는`: a particle glued to the bold is prose.
            if s.peek().is_some_and(char::is_alphanumeric) {
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

/// Whether a character is Korean (syllables and jamo): what tells a Korean text from an English one.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
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
