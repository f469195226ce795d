//! Errors and warnings with the place they point at: `FILE:LINE:COL: message`.

use std::fmt;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The spec cannot be built.
    Error,
    /// The spec is built, but something deserves a look.
    Warning,
}

/// A message about a place in an input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong and what to do instead.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.path, self.line, self.col)?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}

/// An input file's text with its path, turning byte offsets into lines and columns.
///
/// The start of every line is indexed once, when the source is made, so that a document with
/// thousands of diagnostics costs a binary search per diagnostic, not a scan of the text.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    /// The file, as the user named it.
    pub path: &'a str,
    /// Its whole text.
    pub text: &'a str,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    /// Pairs a path with the text read from it.
    pub fn new(path: &'a str, text: &'a str) -> Self {
        // A line ends at `\n`, or at a `\r` not followed by one (old Mac files end lines so).
        let bytes = text.as_bytes();
        let line_starts = if text.contains('\r') {
            std::iter::once(0)
                .chain(
                    text.match_indices(['\n', '\r'])
                        .filter(|&(i, end)| end == "\n" || bytes.get(i + 1) != Some(&b'\n'))
                        .map(|(i, _)| i + 1),
                )
                .collect()
        } else {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        };
        Source {
            path,
            text,
            line_starts,
        }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// The 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line(offset);
        let line_start = self.line_starts[line - 1];
        // A byte-order mark is invisible in every editor: it takes no column.
        let col = self.text[line_start..offset]
            .chars()
            .filter(|&c| c != '\u{feff}')
            .count()
            + 1;
        (line, col)
    }

    /// An error at a byte offset.
    pub fn error(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(Severity::Error, offset, message)
    }

    /// A warning at a byte offset.
    pub fn warning(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(Severity::Warning, offset, message)
    }

    fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, col) = self.line_col(offset);
        Diagnostic {
            severity,
            path: self.path.to_owned(),
            line,
            col,
            message: message.into(),
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let source = Source::new("doc.md", "첫 줄\n한글 뒤 404\n");
        assert_eq!(source.line_col(0), (1, 1));
        assert_eq!(source.line_col("첫 줄\n한글 뒤 ".len()), (2, 6));
        // An offset inside a character points at that character.
        assert_eq!(source.line_col(1), (1, 1));
        assert_eq!(
            source.error(usize::MAX, "past the end").to_string(),
            "doc.md:3:1: past the end"
        );
        assert_eq!(source.line(0), 1);
        assert_eq!(source.line("첫 줄\n".len()), 2);
        assert_eq!(Source::new("empty.md", "").line_col(5), (1, 1));
    }
}
