//! Property tests: the parser and the merge never panic, on arbitrary Markdown or on the seed
//! mutated line by line and byte by byte.

use proptest::prelude::*;
use statuskit_spec::{Diagnostic, Source, build, parse_document};

const SEED: &str = include_str!("../../../tests/fixtures/seed.ko.md");
const REGISTRY: &str = include_str!("../../../spec/registry.txt");

fn run(document: &str) {
    let _ = parse_document(document);
    // Lines end at `\n` or at a `\r` not followed by one, as Markdown reads them.
    let lines = document
        .replace("\r\n", "\n")
        .split(['\n', '\r'])
        .count()
        .max(1);
    // Every problem has a place in the document or the registry.
    let placed = |diagnostic: &Diagnostic| {
        let last = if diagnostic.path == "doc.md" {
            lines
        } else {
            REGISTRY.lines().count()
        };
        assert!(
            diagnostic.line >= 1 && diagnostic.line <= last && diagnostic.col >= 1,
            "{diagnostic}"
        );
    };
    match build(
        Source::new("doc.md", document),
        Source::new("registry.txt", REGISTRY),
    ) {
        Err(errors) => errors.iter().for_each(placed),
        Ok(merged) => {
            merged
                .unread
                .iter()
                .chain(&merged.warnings)
                .for_each(placed);
            // Every status and section the document gives points at lines it has.
            let sources = merged
                .spec
                .statuses
                .iter()
                .filter_map(|s| s.source)
                .chain(merged.spec.classes.iter().filter_map(|c| c.source));
            for source in sources {
                assert!(
                    1 <= source.line && source.line <= source.end_line && source.end_line <= lines,
                    "{source:?}"
                );
            }
        }
    }
}

/// Markdown-ish text: the characters that drive the parser, in any order.
fn markdownish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("**".to_owned()),
            Just("\n\n".to_owned()),
            Just("\n".to_owned()),
            Just("- ".to_owned()),
            Just("### ".to_owned()),
            Just("```".to_owned()),
            Just("(".to_owned()),
            Just(")".to_owned()),
            Just(": ".to_owned()),
            Just(" - ".to_owned()),
            Just("4XX ".to_owned()),
            Just("404 ".to_owned()),
            Just("999 ".to_owned()),
            Just("Not Found".to_owned()),
            Just("한글".to_owned()),
            Just("---".to_owned()),
            Just("<!--".to_owned()),
            Just("-->".to_owned()),
            Just("<!-->".to_owned()),
            Just("<!--->".to_owned()),
            Just("~~~".to_owned()),
            Just("    ".to_owned()),
            Just("| ".to_owned()),
            Just("|---|---|\n".to_owned()),
            Just("\n: ".to_owned()),
            Just("+++\n".to_owned()),
            Just("<dl><dt>".to_owned()),
            Just("<table><tr><th>".to_owned()),
            Just("<tr><td>".to_owned()),
            Just("</td><td>".to_owned()),
            Just("<br/>".to_owned()),
            Just("</dt><dd>".to_owned()),
            Just("{{HTTPStatus(404, \"".to_owned()),
            Just("[404 Not Found](#".to_owned()),
            Just("<b>".to_owned()),
            Just("1. ".to_owned()),
            Just("\n  - ".to_owned()),
            Just("\n    - ".to_owned()),
            Just("> ".to_owned()),
            Just("`".to_owned()),
            Just("<br>".to_owned()),
            Just("\r\n".to_owned()),
            Just("\t".to_owned()),
            Just("\u{feff}".to_owned()),
            Just("(4xx)".to_owned()),
            Just("HTTP ".to_owned()),
            Just("15.5.5 ".to_owned()),
            "[a-zA-Z0-9 ]{0,8}",
            any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// The seed's lines, with some dropped, duplicated or swapped.
fn mutated_lines() -> impl Strategy<Value = String> {
    let lines: Vec<&'static str> = SEED.lines().collect();
    let n = lines.len();
    proptest::collection::vec((0..n, 0..3u8, 0..n), 1..20).prop_map(move |edits| {
        let mut lines = lines.clone();
        for (at, kind, other) in edits {
            let (at, other) = (at % lines.len().max(1), other % lines.len().max(1));
            match kind {
                0 if !lines.is_empty() => {
                    lines.remove(at);
                }
                1 if !lines.is_empty() => lines.insert(other, lines[at]),
                _ if !lines.is_empty() => lines.swap(at, other),
                _ => {}
            }
        }
        lines.join("\n")
    })
}

/// The seed with random characters replaced or inserted at random places.
fn mutated_chars() -> impl Strategy<Value = String> {
    let chars: Vec<char> = SEED.chars().collect();
    proptest::collection::vec(
        (any::<prop::sample::Index>(), any::<char>(), any::<bool>()),
        1..40,
    )
    .prop_map(move |edits| {
        let mut chars = chars.clone();
        for (index, c, insert) in edits {
            let at = index.index(chars.len());
            if insert {
                chars.insert(at, c);
            } else {
                chars[at] = c;
            }
        }
        chars.into_iter().collect()
    })
}

/// Inputs that once broke the parser or sit at its edges.
#[test]
fn degenerate_documents() {
    for document in [
        "",
        "\u{feff}",
        "<!-->",
        "<!--->",
        "<!-- -->",
        "<!--",
        "```",
        "~~~\n404 Not Found: 코드 안.\n",
        "|",
        "| 404 |\n|---|\n",
        "| a |\n|---|\n| 404 |",
        ":",
        "404",
        "### 404",
        "404 Not Found",
        "---\n---",
        "+++\n+++",
        "<dl><dt>404 Not Found</dt></dl>",
        "<dl><dt>",
        "<table>",
        "<table><tr><td>404</td></tr></table>",
        "<table><tr><th>코드</th></tr><tr><td>404 Not Found</td><td>없다.</td></tr>",
        "<table><tr><td",
        "<td>404",
        "{{HTTPStatus(",
        "{{}}",
        "[404 Not Found](#",
        "15.5. 404",
        "HTTP 4",
        "**404 Not Found**(",
        "- 404 Not Found\n  - : ",
        "404 Not Found\n: ",
        "## (4xx)",
        "## 4. ",
        "\r\n\r\n404 Not Found: 없다.\r\n",
    ] {
        run(document);
    }
    // Deep nesting: lists within lists with an entry at the bottom, and quotes within quotes.
    let mut nested = String::new();
    for depth in 0..2000 {
        nested.push_str(&"  ".repeat(depth));
        nested.push_str("- 4xx 클라이언트 오류\n");
    }
    nested.push_str(&"  ".repeat(2000));
    nested.push_str("- 404 Not Found: 없다.\n");
    run(&nested);
    run(&(">".repeat(5000) + " 404 Not Found: 없다.\n"));
    // Long lines of openers with no closer: each read once, not once per opener.
    run(&format!(
        "<table><tr><th>코드</th></tr><tr>{}</tr></table>\n",
        "<td>404".repeat(100_000)
    ));
    run(&format!(
        "| 코드 | 설명 |\n|---|---|\n| 404 | {} |\n",
        "없다.<br>".repeat(100_000)
    ));
    // Issue 22's readings on degenerate input: headings of many codes or digits, lone CRs,
    // look-alikes by the thousand, tab-indented nesting, a bold run before backticks.
    run(&format!("### {}500\n\n고장.\n", "500, ".repeat(20_000)));
    run(&format!("### {}?\n\n답.\n", "404 ".repeat(20_000)));
    run(&format!("{}404 Not Found: 없다.\r", "\r".repeat(100_000)));
    run(&"0404 Not Found: 가짜.\n&#52;04 Not Found:\n> 404 Not Found:\n".repeat(5_000));
    run(&format!(
        "- 4xx\n{}- 404 Not Found: 없다.\n",
        "\t".repeat(5_000)
    ));
    run(&format!("{}`404 Not Found`\n", "*".repeat(200_000)));
    for opener in ["[", "{{", "<", "(", "**", "`", "<!--", "|"] {
        run(&format!("404 Not Found: {}\n", opener.repeat(200_000)));
        run(&format!("### 404 {}\n\n없다.\n", opener.repeat(200_000)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text(document in any::<String>()) {
        run(&document);
    }

    #[test]
    fn markdown_like_text(document in markdownish()) {
        run(&document);
    }

    #[test]
    fn seed_with_lines_mutated(document in mutated_lines()) {
        run(&document);
    }

    #[test]
    fn seed_with_characters_mutated(document in mutated_chars()) {
        run(&document);
    }
}
