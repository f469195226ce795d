//! User input shown back to the user: characters that would drive the terminal (C0 and C1
//! controls, DEL) or reorder the line on screen (bidi controls) are written as `\u{…}` escapes,
//! so a query can neither retitle nor clear the terminal, nor make a message read backwards.

/// `text` with every character a terminal would act on escaped; printable text unchanged.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else if c == '\\' {
            // Escape the escape, so `\u{1b}` typed by the user is not read as a control.
            out.push_str("\\\\");
        } else {
            out.push(c);
        }
    }
    out
}

/// Controls, bidi embeddings/overrides/isolates and marks, zero-width and line/paragraph
/// separators: characters that are not text on a terminal.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
                | '\u{061c}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_text_is_not() {
        assert_eq!(
            escape("\u{1b}]0;x\u{7}\u{1b}[2J"),
            "\\u{1b}]0;x\\u{7}\\u{1b}[2J"
        );
        assert_eq!(escape("a\u{202e}b\u{2066}"), "a\\u{202e}b\\u{2066}");
        assert_eq!(escape("찾을 수 없음 404"), "찾을 수 없음 404");
        assert_eq!(escape("\u{9b}\u{7f}\n"), "\\u{9b}\\u{7f}\\u{a}");
        assert_eq!(escape("a\\u{1b}"), "a\\\\u{1b}");
    }
}
