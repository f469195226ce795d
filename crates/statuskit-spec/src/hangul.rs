//! Tells Korean text from English: what both the entry heads and the merge's split of an
//! explanation by language rest on.

/// Whether a character is Korean (syllables and jamo): what tells a Korean text from an English one.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}
