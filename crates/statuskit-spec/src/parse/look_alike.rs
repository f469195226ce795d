//! Lines that a reader would take for an entry's head once something odd in them is forgiven:
//! a zero-padded or four-digit code (`0404`, `4044`), a decimal or a suffix (`404.5`, `423-1`),
//! full-width digits (`４１１`), an invisible character before or inside the code (a BOM, a bidi
//! control, a zero-width space), a character reference (`&#52;15`), seven `#`, a reference link
//! (`[417 …][r]: …`), an HTML wrapper (`<p>418 …</p>`), a comment before it, a quote
//! (`> 422 …`), or an MDN macro whose code and label differ. None of these is read as an entry:
//! each gets a warning at its line, so no status is folded into the one before it in silence.
//! Uses the document model and the heads.

use super::document::{Document, Unread};
use crate::head;

/// Notes every line of `text` that is not read as a head but would be once forgiven; lines that
/// heads were read from or that already have a note are left alone. One pass over the lines.
pub(crate) fn note_all(doc: &mut Document, text: &str) {
    // Where heads were read and notes were made, in order, walked along with the lines: a line
    // holding one is left alone.
    let mut marks: Vec<usize> = doc.entries.iter().map(|e| e.code_offset).collect();
    marks.extend(doc.unread.iter().map(|u| u.offset));
    marks.sort_unstable();
    let mut mark = 0;
    // The entries by offset, walked along with the lines: the one each line stands in.
    let mut heads: Vec<(usize, u16)> = doc.entries.iter().map(|e| (e.offset, e.code)).collect();
    heads.sort_unstable();
    let mut current = 0;
    let mut fence: Option<&str> = None;
    let mut start = 0;
    let mut found = Vec::new();
    for line in text.split_inclusive('\n') {
        let line_start = start;
        start += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        // Code is shown as written: a fence's lines are not heads.
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            fence = Some(marker);
            continue;
        }
        while mark < marks.len() && marks[mark] < line_start {
            mark += 1;
        }
        let noted = mark < marks.len() && marks[mark] < start;
        if noted || !may_look_alike(line) {
            continue;
        }
        while current < heads.len() && heads[current].0 <= line_start {
            current += 1;
        }
        let within = current.checked_sub(1).map(|i| heads[i].1);
        if let Some((reason, code)) = forgiven(trimmed) {
            // `### 410 Gone` / `> 410 Gone`: a quote that repeats the entry's own head.
            if reason == QUOTE && within == Some(code) {
                continue;
            }
            found.push(Unread {
                offset: line_start + line.len() - trimmed.len(),
                message: format!(
                    "this looks like an entry for {code} but is not read as one: {reason}; write it as `{code} Name: 설명` or as a heading `### {code} Name`"
                ),
                lost: false,
            });
        }
    }
    if !found.is_empty() {
        doc.unread.extend(found);
        doc.unread.sort_by_key(|u| u.offset);
    }
}

/// The cheap test: a digit (ASCII or full-width), `&#` or a character that is not text within
/// the line's first 80 bytes.
fn may_look_alike(line: &str) -> bool {
    // Every look-alike starts with its code or with the odd thing before it: prose, which
    // starts with a word, is passed over at its first character.
    let starts = line.trim_start().chars().next().is_some_and(|c| {
        c.is_ascii_digit()
            || "<>#[&{-*+_`".contains(c)
            || ('\u{ff10}'..='\u{ff19}').contains(&c)
            || INVISIBLE.contains(&c)
    });
    if !starts {
        return false;
    }
    let head = &line[..floor(line, 80)];
    head.bytes().any(|b| b.is_ascii_digit())
        || head.contains("&#")
        || head.contains([
            '\u{ff10}', '\u{ff11}', '\u{ff12}', '\u{ff13}', '\u{ff14}', '\u{ff15}',
        ])
}

fn floor(line: &str, at: usize) -> usize {
    let mut at = at.min(line.len());
    while !line.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Why the line is a head once forgiven, and its code; `None` for prose and for heads as written.
/// Only the line's start is read: a head's code stands within its first bytes, whatever odd
/// thing comes before it, so a long line of prose costs no more than a short one.
fn forgiven(line: &str) -> Option<(&'static str, u16)> {
    let line = &line[..floor(line, 160)];
    if let Some(found) = macro_mismatch(line) {
        return Some(found);
    }
    let (reason, rest) = if let Some(rest) = line.strip_prefix('>') {
        (QUOTE, rest.trim_start_matches(['>', ' ']).to_owned())
    } else if line.starts_with("#######") {
        (
            "seven `#` or more do not make a heading",
            line.trim_start_matches('#').to_owned(),
        )
    } else if let Some(rest) = line.strip_prefix("<!--") {
        let close = rest.find("-->")?;
        (
            "an HTML comment stands before it",
            rest[close + 3..].to_owned(),
        )
    } else if line.starts_with('<') && !line.starts_with("<b") && !line.starts_with("<strong") {
        let close = line.find('>')?;
        (
            "it is inside HTML that is not read",
            line[close + 1..].to_owned(),
        )
    } else if line.contains(INVISIBLE) {
        (
            "an invisible character stands before or inside the code",
            line.replace(INVISIBLE, ""),
        )
    } else if line.contains("&#") {
        (
            "the code is written with character references",
            decode_references(line),
        )
    } else if line.contains(|c: char| ('\u{ff10}'..='\u{ff19}').contains(&c)) {
        (
            "the code is written in full-width digits",
            line.chars().map(halfwidth).collect(),
        )
    } else if let Some(rest) = reference_link(line) {
        ("it is a reference link", rest)
    } else {
        return odd_number(line);
    };
    let rest = rest.trim_start();
    // `> ### 409 Conflict`: a heading's form inside the quote reads as a heading does.
    let heading = rest.starts_with('#');
    let rest = rest.trim_start_matches('#').trim_start();
    let code = head::entry_head(rest, heading)
        .map(|h| h.code)
        .or_else(|| head::leading_code(rest).map(|(code, _)| code))?;
    Some((reason, code))
}

const QUOTE: &str = "it is in a quote";

/// Characters a reader does not see: BOM, zero-width space and joiners, bidi marks and controls.
const INVISIBLE: &[char] = &[
    '\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{200e}', '\u{200f}', '\u{061c}',
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

fn halfwidth(c: char) -> char {
    match c {
        '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (u32::from(c) - 0xff10) as u8),
        '\u{ff1a}' => ':',
        '\u{3000}' => ' ',
        other => other,
    }
}

/// `&#52;15` → `415`, `&#x34;` → `4`: numeric references decoded, anything else kept.
fn decode_references(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let body = &rest[at + 2..];
        let decoded = body.find(';').filter(|&end| end <= 8).and_then(|end| {
            let number = &body[..end];
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            };
            value.and_then(char::from_u32).map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &body[end + 1..];
            }
            None => {
                out.push_str("&#");
                rest = body;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `[417 Expectation Failed][r]: …` → `417 Expectation Failed: …`.
fn reference_link(line: &str) -> Option<String> {
    let inner = line.strip_prefix('[')?;
    let close = inner.find("][")?;
    let after = &inner[close + 2..];
    let end = after.find(']')?;
    Some(format!("{}{}", &inner[..close], &after[end + 1..]))
}

/// `0404 Not Found:`, `4044 …`, `404.5 …`, `423-1 Locked:`: a number that is not a three-digit
/// code, in front of what reads as a status's name.
fn odd_number(line: &str) -> Option<(&'static str, u16)> {
    let text = line
        .trim_start_matches(['-', '*', '+', ' '])
        .trim_start_matches(['*', '_', '`', ' ']);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let after = &text[digits..];
    let (reason, code, rest) = if digits == 4 && text.starts_with('0') {
        ("the code is zero-padded", &text[1..4], after)
    } else if digits == 4 {
        ("four digits are not a status code", &text[..3], after)
    } else if digits == 3
        && (after.starts_with(['.', '-']) && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        let suffix = 1 + after[1..].bytes().take_while(u8::is_ascii_digit).count();
        (
            "a status code has no decimal or suffix",
            &text[..3],
            &after[suffix..],
        )
    } else {
        return None;
    };
    let candidate = format!("{code}{rest}");
    let code: u16 = code.parse().ok()?;
    let reads =
        head::entry_head(&candidate, false).is_some() || head::leading_code(&candidate).is_some();
    (reads && (100..=599).contains(&code)).then_some((reason, code))
}

/// `{{HTTPStatus(410, "404 Not Found")}}`: the macro's code and its label's differ.
fn macro_mismatch(line: &str) -> Option<(&'static str, u16)> {
    let at = line.find("{{")?;
    let inner = &line[at + 2..];
    let open = inner.find('(')?;
    let args = &inner[open + 1..inner.find(")}}")?];
    let (code, label) = args.split_once(',')?;
    let code: u16 = code.trim().parse().ok()?;
    let label = label.trim().trim_matches('"');
    let label_code: u16 = label.get(..3)?.parse().ok()?;
    (label_code != code).then_some(("the macro's code and its label's code differ", code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_alike_is_forgiven_with_its_reason() {
        for (line, code) in [
            ("0404 Not Found: 없음.", 404),
            ("4044 Not Found: 없음.", 404),
            ("404.5 Not Found: 없음.", 404),
            ("- 423-1 Locked: 잠김.", 423),
            ("４１１ Length Required: 길이.", 411),
            ("\u{feff}412 Precondition Failed: 조건.", 412),
            ("4\u{200b}13 Content Too Large: 큼.", 413),
            ("\u{202e}414 URI Too Long: 김.", 414),
            ("&#52;15 Unsupported Media Type: 형식.", 415),
            ("####### 416 Range Not Satisfiable", 416),
            ("[417 Expectation Failed][r]: 기대.", 417),
            ("<p>418 I'm a teapot</p>", 418),
            ("> 422 Unprocessable Content: 처리 불가.", 422),
            ("> ### 409 Conflict", 409),
            ("<!-- note --> 404 Not Found: 없음.", 404),
            ("{{HTTPStatus(410, \"404 Not Found\")}}", 410),
        ] {
            assert_eq!(forgiven(line).map(|(_, code)| code), Some(code), "{line}");
        }
        for prose in [
            "404 Not Found: 없음.",
            "2024년에 바뀌었다.",
            "1.5배 빠르다",
            "> 인용문",
        ] {
            assert_eq!(forgiven(prose), None, "{prose}");
        }
    }
}
