//! A cursor over one line and the tokens heads are written with: the scanning both entry and
//! class heads are read by. Uses nothing else of the crate.

/// A cursor over one line.
pub(super) struct Scanner<'a> {
    pub(super) line: &'a str,
    pub(super) pos: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(line: &'a str) -> Self {
        Scanner { line, pos: 0 }
    }

    pub(super) fn rest(&self) -> &'a str {
        &self.line[self.pos..]
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    pub(super) fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.pos += token.len();
        }
        found
    }

    pub(super) fn eat_any(&mut self, tokens: &[&str]) -> bool {
        tokens.iter().any(|token| self.eat(token))
    }

    pub(super) fn skip_ws(&mut self) {
        self.pos = self.line.len() - self.rest().trim_start().len();
    }

    /// Skips whitespace and bold markers; returns whether a bold marker was among them.
    pub(super) fn skip_ws_and_bold(&mut self) -> bool {
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
    pub(super) fn group(&mut self) -> Option<&'a str> {
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
    pub(super) fn peek_group(&self) -> Option<&'a str> {
        Scanner {
            line: self.line,
            pos: self.pos,
        }
        .group()
    }
}

pub(super) const BOLD: &[&str] = &["**", "__"];
pub(super) const SEPARATORS: &[&str] = &["--", ":", "-", "–", "—", "|"];
pub(super) const SEPARATOR_START: &[char] = &[':', '-', '–', '—'];
pub(super) const SPACED_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " -- ", " : "];

/// Whether a code can stand near the start of the line: the cheap test that keeps prose lines
/// (most of a document) from being read through character by character. The longest prefix
/// before a code is markup such as `{{HTTPStatus(` or `<strong>` or a section number.
pub(super) fn may_hold_code(line: &str) -> bool {
    line.bytes().take(64).any(|b| b.is_ascii_digit())
}
