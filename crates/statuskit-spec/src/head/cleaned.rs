//! The markup reader: a line with its inline markup (bold, links, tags, MDN's macros, section
//! numbers) read through, mapped back to the line's byte offsets. Uses nothing else of the crate.

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
        let (mut head_span_open, mut head_span_closed) = (false, false);
        let (mut macro_end, mut link_close, mut paren, mut tag_end) = (
            Next::new("}}"),
            Next::new("]("),
            Next::new(")"),
            Next::new(">"),
        );
        while i < line.len() {
            let rest = &line[i..];
            // `{{HTTPStatus(404, "404 Not Found")}}`: MDN's macro reads as its last quoted argument;
            // a macro with no arguments (`{{deprecated_inline}}`) is a badge, not text.
            if rest.starts_with("{{")
                && let Some(end) = macro_end.from(line, i).map(|at| at - i)
            {
                let inner = &rest[2..end];
                if !inner.contains('(') || codes_differ(inner) {
                    // (A macro whose code and label disagree is no head: the look-alike
                    // check names it.)
                    i += end + 2;
                    continue;
                }
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
                // A code span that opens the line (`` `306 unused` ``) marks the head as bold
                // does: its closing backtick ends the head.
                b'`' if !head_span_open
                    && out.text.len() < 16
                    && out.text.trim_start_matches([' ', '*', '_', '-']).is_empty() =>
                {
                    head_span_open = true;
                    out.push_str("**", i);
                    i += 1;
                }
                b'`' if head_span_open && !head_span_closed => {
                    head_span_closed = true;
                    out.push_str("**", i);
                    i += 1;
                }
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

/// `HTTPStatus(410, "404 Not Found")`: the code argument and the label's code differ.
fn codes_differ(inner: &str) -> bool {
    let Some(open) = inner.find('(') else {
        return false;
    };
    let Some((code, label)) = inner[open + 1..].split_once(',') else {
        return false;
    };
    let label = label.trim().trim_start_matches('"');
    let code = code.trim();
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_digit())
        && label.get(..3).is_some_and(|label_code| {
            label_code.bytes().all(|b| b.is_ascii_digit()) && label_code != code
        })
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
