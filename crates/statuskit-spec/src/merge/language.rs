//! Splits an explanation by language: which of its Markdown blocks are Korean and which are
//! the English text that follows them. Uses the parsed `Entry` and `crate::hangul`.

use crate::hangul::is_hangul;
use crate::parse::Entry;

/// Splits an explanation's blocks into Korean and English. A quote that only repeats the head
/// (`> 410 Gone`) is not explanation.
pub(crate) fn split_by_language(entry: &Entry) -> (Vec<&str>, Vec<&str>) {
    let blocks: Vec<&str> = entry
        .blocks
        .iter()
        .map(String::as_str)
        .filter(|block| {
            let trimmed = block.trim_start();
            !(trimmed.starts_with('>') && repeats_head(trimmed, entry))
        })
        .collect();
    split_blocks(&blocks)
}

/// A paragraph, list or quote with no Hangul that reads as English is English; a code block,
/// table, HTML or a bare link goes with the text before it.
pub(crate) fn split_blocks<'a>(blocks: &[&'a str]) -> (Vec<&'a str>, Vec<&'a str>) {
    let (mut ko, mut en) = (Vec::new(), Vec::new());
    let mut english = false;
    for &block in blocks {
        let trimmed = block.trim_start();
        let is_prose = !(block.starts_with("    ")
            || ["```", "~~~", "|", "<"]
                .iter()
                .any(|m| trimmed.starts_with(m)));
        if is_prose && block.chars().any(is_hangul) {
            english = false;
        } else if is_prose && is_english(block) {
            english = true;
        }
        if english { &mut en } else { &mut ko }.push(block);
    }
    (ko, en)
}

/// Whether a block with no Hangul is English prose: three words or more once code spans and
/// addresses are left out (a bare link or `HTTP/1.1 200 OK` goes with the text around it), or
/// a short sentence of words (`Request succeeded.`).
fn is_english(block: &str) -> bool {
    let mut words = 0;
    let mut plain = true;
    for word in block
        .split('`')
        .step_by(2)
        .flat_map(str::split_whitespace)
        .filter(|word| !word.contains("://") && !word.starts_with('<'))
        .filter(|word| word.chars().filter(char::is_ascii_alphabetic).count() >= 2)
    {
        words += 1;
        if words >= 3 {
            return true;
        }
        plain &= word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || ".,!?'-".contains(c));
    }
    words == 2 && plain && block.trim_end().ends_with(['.', '!', '?'])
}

/// Whether a quote says nothing but the entry's code and name.
fn repeats_head(quote: &str, entry: &Entry) -> bool {
    let words: Vec<String> = quote
        .split(|c: char| c.is_whitespace() || "*_`>:-".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let code = entry.code.to_string();
    let name: Vec<String> = entry
        .name
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let head: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| *w != code)
        .collect();
    head.is_empty() || head == name.iter().map(String::as_str).collect::<Vec<_>>()
}
