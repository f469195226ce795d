//! The text the CLI prints: a status's bilingual entry, a class table, search hits; wrapped to
//! the terminal's width by display width, so Hangul (two columns a syllable) wraps right.

use std::fmt::Write as _;

use statuskit::{Status, StatusClass};

/// Which language(s) to print.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Lang {
    Both,
    Ko,
    En,
}

/// How to lay text out.
pub(crate) struct Layout {
    pub(crate) lang: Lang,
    pub(crate) width: usize,
}

impl Layout {
    /// `text` wrapped to the width, every line starting with `indent`.
    fn wrap(&self, text: &str, indent: &str) -> String {
        // Lines break at spaces only: a URL or `Retry-After` split at its hyphen would no longer
        // be copyable, so a word longer than the line overflows instead.
        let options = textwrap::Options::new(self.width)
            .initial_indent(indent)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(false);
        let mut out = textwrap::fill(text, options);
        out.push('\n');
        out
    }

    /// A label in the chosen language(s): `분류 · Class`, `분류` or `Class`.
    fn label(&self, ko: &str, en: &str) -> String {
        match self.lang {
            Lang::Both => format!("{ko} · {en}"),
            Lang::Ko => ko.to_owned(),
            Lang::En => en.to_owned(),
        }
    }

    /// `409 Conflict · 충돌`, or without the Korean name in English.
    fn title(&self, status: Status) -> String {
        match (self.lang, status.name_ko()) {
            (Lang::En, _) | (_, None) => status.to_string(),
            (_, Some(name)) => format!("{status} · {name}"),
        }
    }

    fn class_name(&self, class: StatusClass) -> String {
        let digit = class.digit();
        match self.lang {
            Lang::Both => format!("{digit}xx {} · {}", class.name(), class.name_ko()),
            Lang::Ko => format!("{digit}xx {}", class.name_ko()),
            Lang::En => format!("{digit}xx {}", class.name()),
        }
    }

    /// The summaries to show, in order.
    fn summaries(&self, status: Status) -> Vec<&'static str> {
        let ko = Some(status.summary_ko()).filter(|s| !s.is_empty());
        match self.lang {
            Lang::Both => [Some(status.summary_en()), ko]
                .into_iter()
                .flatten()
                .collect(),
            Lang::Ko => vec![ko.unwrap_or(status.summary_en())],
            Lang::En => vec![status.summary_en()],
        }
    }

    /// The whole entry of one status.
    pub(crate) fn entry(&self, status: Status) -> String {
        let mut out = self.wrap(&self.title(status), "");
        out += "\n";
        for summary in self.summaries(status) {
            out += &self.wrap(summary, "");
            out += "\n";
        }
        let field = |label: String, value: &str| self.wrap(&format!("{label}: {value}"), "");
        out += &field(
            self.label("분류", "Class"),
            &self.class_name(status.class()),
        );
        if !status.is_standard() {
            let note = match self.lang {
                Lang::Both => "not a permanent IANA registration · 정식 등록 아님",
                Lang::Ko => "IANA 정식 등록 아님",
                Lang::En => "not a permanent IANA registration",
            };
            out += &field(self.label("등록", "Registration"), note);
        }
        let reference = match status.reference_url() {
            Some(url) => format!("{} <{url}>", status.reference()),
            None => status.reference().to_owned(),
        };
        out += &field(self.label("정의", "Reference"), &reference);
        if !status.aliases().is_empty() {
            let aliases = status.aliases().join(", ");
            out += &field(self.label("다른 이름", "Also known as"), &aliases);
        }
        out
    }

    /// Every status of a class: a heading, then each status's title and summary.
    pub(crate) fn class_table(&self, class: StatusClass) -> String {
        let statuses: Vec<Status> = Status::ALL
            .iter()
            .copied()
            .filter(|s| s.class() == class)
            .collect();
        let mut out = self.wrap(&self.class_name(class), "");
        self.list(&mut out, &statuses);
        out
    }

    /// Search hits: each status's title and summary.
    pub(crate) fn hits(&self, statuses: &[Status]) -> String {
        let mut out = String::new();
        self.list(&mut out, statuses);
        out
    }

    fn list(&self, out: &mut String, statuses: &[Status]) {
        for &status in statuses {
            out.push('\n');
            *out += &self.wrap(&self.title(status), "");
            let summary = match self.lang {
                Lang::En => status.summary_en(),
                Lang::Both | Lang::Ko => Some(status.summary_ko())
                    .filter(|s| !s.is_empty())
                    .unwrap_or(status.summary_en()),
            };
            *out += &self.wrap(summary, "    ");
        }
    }

    /// The message for a query that names nothing, with the nearest statuses.
    pub(crate) fn unknown(&self, query: &str, nearest: &[Status]) -> String {
        let mut out = match self.lang {
            Lang::En => format!("statuskit: no HTTP status is called `{query}`"),
            Lang::Ko => format!("statuskit: `{query}`에 해당하는 HTTP 상태 코드가 없습니다"),
            Lang::Both => format!(
                "statuskit: no HTTP status is called `{query}` · `{query}`에 해당하는 상태 코드가 없습니다"
            ),
        };
        out.push('\n');
        let class_like = query.len() == 3 && query.as_bytes()[1..].eq_ignore_ascii_case(b"xx");
        if class_like {
            out += &self.label(
                "분류는 1xx부터 5xx까지 있습니다",
                "Classes run from 1xx to 5xx",
            );
            out.push('\n');
        }
        if !nearest.is_empty() {
            out += &self.label("비슷한 상태", "Nearest");
            out += ":\n";
            for &status in nearest {
                let _ = writeln!(out, "  {}", self.title(status));
            }
        }
        out
    }
}

/// The terminal width: `COLUMNS` if set to a number, else the terminal's, else 80.
pub(crate) fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0);
    // `termwidth` asks the terminal and falls back to 80 when output is not one.
    from_env.unwrap_or_else(textwrap::termwidth).max(20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_wraps_by_display_width() {
        let layout = Layout {
            lang: Lang::Ko,
            width: 30,
        };
        let entry = layout.entry(Status::Conflict);
        // A URL is one word: it overflows rather than break.
        for line in entry.lines().filter(|line| !line.contains("https://")) {
            let width: usize = line
                .chars()
                .map(|c| if ('가'..='힣').contains(&c) { 2 } else { 1 })
                .sum();
            assert!(width <= 30, "{width} columns: {line}");
        }
        assert!(entry.lines().count() > 6, "{entry}");
    }
}
