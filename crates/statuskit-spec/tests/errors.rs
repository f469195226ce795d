//! Bad input: each error the parser and the merge report, with the exact line and column.

use statuskit_spec::{Diagnostic, Source, build};

const REGISTRY: &str = "\
# test registry
404 | Not Found | permanent | RFC9110, Section 15.5.5 | Not found.
409 | Conflict  | permanent | RFC9110, Section 15.5.10 | Conflict.
306 | (Unused)  | reserved  | RFC9110, Section 15.4.7 | Reserved.
420 | Enhance Your Calm | unofficial | Twitter API v1 | Slow down.
500 | Internal Server Error | permanent | RFC9110, Section 15.6.1 | Oops.
";

fn errors(document: &str) -> Vec<String> {
    errors_with(document, REGISTRY)
}

fn errors_with(document: &str, registry: &str) -> Vec<String> {
    match build(
        Source::new("doc.md", document),
        Source::new("registry.txt", registry),
    ) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(Diagnostic::to_string).collect(),
    }
}

#[test]
fn code_defined_twice_names_both_lines() {
    let doc =
        "**404 Not Found** - 없다.\n\n**409 Conflict** - 충돌.\n\n**404 Not Found** - 또 없다.\n";
    assert_eq!(
        errors(doc),
        ["doc.md:5:3: status 404 is defined twice; first at line 1"]
    );
}

#[test]
fn code_outside_the_range() {
    assert_eq!(
        errors("404 Not Found: 없다.\n\n600 Way Out: 범위 밖.\n"),
        ["doc.md:3:1: status code 600 is outside 100–599"]
    );
    assert_eq!(
        errors("  099 Too Small: 작다.\n"),
        ["doc.md:1:3: status code 099 is outside 100–599"]
    );
}

#[test]
fn code_missing_from_the_registry_is_left_out_with_a_warning() {
    let merged = build(
        Source::new(
            "doc.md",
            "intro\n\n**299 Made Up** - 지어낸 코드.\n\n404 Not Found: 없다.\n",
        ),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap();
    let unread: Vec<String> = merged.unread.iter().map(ToString::to_string).collect();
    assert_eq!(
        unread,
        [
            "doc.md:3:3: warning: 299 is not in the registry, so its entry is left out of the spec; if it is a vendor's code, add it to the registry file as `unofficial`"
        ]
    );
    let explained: Vec<u16> = merged
        .spec
        .statuses
        .iter()
        .filter(|s| s.source.is_some())
        .map(|s| s.code)
        .collect();
    assert_eq!(explained, [404]);
}

#[test]
fn entry_under_the_wrong_class_section() {
    let doc = "4XX 클라이언트 오류: 요청이 잘못됐다.\n\n409 Conflict: 충돌.\n\n5XX(서버 오류): 서버 탓.\n\n404 Not Found: 없다.\n";
    assert_eq!(
        errors(doc),
        [
            "doc.md:7:1: 404 is a 4xx status but stands under the 5XX section (line 5); move it to the 4XX section"
        ]
    );
}

#[test]
fn entry_with_no_explanation() {
    // Issue 22: a named code among explained ones is a warning, not a refusal of the document.
    let doc = "**409 Conflict**(충돌):\n\n**404 Not Found** - 없다.\n";
    let merged = build(
        Source::new("doc.md", doc),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap();
    let unread: Vec<String> = merged.unread.iter().map(ToString::to_string).collect();
    assert_eq!(
        unread,
        [
            "doc.md:1:3: warning: status 409 is named but not explained, so it is left out; write its explanation after the name, or in the paragraphs below"
        ]
    );
    assert!(
        merged
            .spec
            .statuses
            .iter()
            .all(|s| s.code != 409 || s.source.is_none())
    );
    // With nothing explained at all, the document is refused.
    assert_eq!(
        errors("**409 Conflict**(충돌):\n"),
        [
            "doc.md:1:3: status 409 has no explanation; write it after the name, or in the paragraphs below"
        ]
    );
}

#[test]
fn a_name_that_belongs_to_another_code() {
    assert_eq!(
        errors("404 Conflict: 잘못된 이름.\n"),
        ["doc.md:1:1: 404 is named `Conflict`, which is the name of 409"]
    );
}

#[test]
fn heading_entry_errors_point_past_the_hashes() {
    let doc = "# 제목\n\n4XX 클라이언트 오류: 요청.\n\n409 Conflict: 충돌.\n\n- 목록 **500 Internal Server Error** 아님\n- **404 Not Found** - 없다.\n\n5XX(서버 오류): 서버.\n\n### 404 Not Found\n\n두 번째.\n";
    assert_eq!(
        errors(doc),
        [
            "doc.md:12:5: status 404 is defined twice; first at line 8",
            "doc.md:12:5: 404 is a 4xx status but stands under the 5XX section (line 10); move it to the 4XX section",
        ]
    );
}

#[test]
fn every_error_is_reported_in_line_order() {
    // (A named code with no explanation is a warning since issue 22: the third error is a
    // second misnamed status.)
    let doc = "600 Way Out: 밖.\n\n404 Conflict: 없음.\n\n999 Unknown: 모름.\n";
    let found = errors(doc);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].starts_with("doc.md:1:1:")
            && found[1].starts_with("doc.md:3:1:")
            && found[2].starts_with("doc.md:5:1:")
    );
}

#[test]
fn registry_that_does_not_parse() {
    let cases = [
        (
            "404 | Not Found | permanent | RFC9110\n",
            "registry.txt:1:1: expected 5 fields `CODE | PHRASE | KIND | REFERENCE | ENGLISH SUMMARY`, found 4",
        ),
        (
            "# c\n40x | Not Found | permanent | RFC9110 | x\n",
            "registry.txt:2:1: expected a status code from 100 to 599, found `40x`",
        ),
        (
            "404 | Not Found | forever | RFC9110 | x\n",
            "registry.txt:1:19: unknown kind `forever`; expected permanent, temporary until YYYY-MM-DD, obsolete, reserved or unofficial",
        ),
        (
            "104 | Upload | temporary until soon | draft-x | x\n",
            "registry.txt:1:16: expected a date like 2026-11-13, found `soon`",
        ),
        (
            "404 |  | permanent | RFC9110 | x\n",
            "registry.txt:1:8: 404 has no phrase",
        ),
        (
            "404 | A | permanent | RFC9110 | x\n404 | B | permanent | RFC9110 | x\n",
            "registry.txt:2:1: 404 is listed twice; first at line 1",
        ),
    ];
    for (registry, expected) in cases {
        assert_eq!(
            errors_with("404 Not Found: 없다.\n", registry),
            [expected],
            "{registry}"
        );
    }
}

#[test]
fn editors_may_write_entries_as_headings_list_items_or_consecutive_lines() {
    let doc = "## 4XX 클라이언트 오류\n\n### 404 Not Found\n\n없다.\n\n- **409 Conflict**(충돌) - 충돌한다.\n  둘째 줄.\n\n## 5XX 서버 오류\n\n420 Enhance Your Calm: 진정해.\n500 Internal Server Error: 서버 오류.\n";
    // 420 is a 4xx under the 5XX heading: the consecutive-line entry was recognised.
    assert_eq!(
        errors(doc),
        [
            "doc.md:12:1: 420 is a 4xx status but stands under the 5XX section (line 10); move it to the 4XX section"
        ]
    );
    let fixed = doc.replace("420 Enhance Your Calm: 진정해.\n", "");
    let spec = build(
        Source::new("doc.md", &fixed),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap()
    .spec;
    let found: Vec<(u16, Option<&str>, Option<&str>)> = spec
        .statuses
        .iter()
        .map(|s| (s.code, s.name_ko.as_deref(), s.description_ko.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (404, None, Some("없다.")),
            (409, Some("충돌"), Some("충돌한다.\n둘째 줄.")),
            (420, None, None),
            (500, None, Some("서버 오류.")),
        ]
    );
    assert_eq!(spec.classes[3].title_ko.as_deref(), Some("클라이언트 오류"));
}

#[test]
fn unexplained_registry_codes_are_one_warning_at_the_first_registry_line() {
    let merged = build(
        Source::new("doc.md", "404 Not Found: 없다.\n"),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap();
    let warnings: Vec<String> = merged.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "registry.txt:3:1: warning: 3 statuses in the registry are not explained by the document (409, 420, 500); their docs fall back to the registry's English sentence",
        ]
    );
}

#[test]
fn code_blocks_are_kept_whatever_they_hold_and_stray_punctuation_is_dropped() {
    let doc = "**404 Not Found** - 없다.\n\n```json\n{}\n```\n\n:\n\n- -\n";
    let spec = build(
        Source::new("doc.md", doc),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap()
    .spec;
    assert_eq!(
        spec.statuses[0].description_ko.as_deref(),
        Some("없다.\n\n```json\n{}\n```")
    );
}

#[test]
fn a_class_section_or_summary_given_twice() {
    let doc = "4xx (Client Error) - 클라이언트 탓.\n\n4xx (Client Error) - 또.\n\n4XX 클라이언트 오류: 요청.\n\n404 Not Found: 없다.\n\n4XX 클라이언트 오류: 다시.\n\n409 Conflict: 충돌.\n";
    assert_eq!(
        errors(doc),
        [
            "doc.md:3:1: the intro summarises 4xx twice; first at line 1; keep one line per class",
            "doc.md:9:1: the 4XX section is opened twice; first at line 5; merge the two",
        ]
    );
}

#[test]
fn explanation_of_comments_or_code_only() {
    assert_eq!(
        errors("**404 Not Found**\n\n<!-- 설명 쓰기 -->\n"),
        [
            "doc.md:1:3: status 404 has no explanation; write it after the name, or in the paragraphs below"
        ]
    );
    assert_eq!(
        errors("**404 Not Found**\n\n```text\nGET /x\n```\n"),
        [
            "doc.md:1:3: status 404's explanation has no sentence of prose; start it with one, it becomes the status's summary"
        ]
    );
}

fn description(doc: &str, code: u16) -> String {
    let spec = build(
        Source::new("doc.md", doc),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap()
    .spec;
    spec.statuses
        .iter()
        .find(|s| s.code == code)
        .unwrap()
        .description_ko
        .clone()
        .unwrap()
}

#[test]
fn text_that_looks_like_layout_is_kept() {
    // Inline code of punctuation is text; an indented code block keeps its indentation.
    assert_eq!(
        description("**404 Not Found** - 없다.\n\n`*/*`\n", 404),
        "없다.\n\n`*/*`"
    );
    assert_eq!(
        description(
            "**404 Not Found** - 없다.\n\n    GET / HTTP/1.1\n    Host: x\n\n끝.\n",
            404
        ),
        "없다.\n\n    GET / HTTP/1.1\n    Host: x\n\n끝."
    );
    // Comments are notes to editors, not text of the reference.
    assert_eq!(
        description(
            "**404 Not Found** - 없다.\n\n<!-- **409 Conflict** 나중에 -->\n",
            404
        ),
        "없다."
    );
}

#[test]
fn byte_order_mark_and_windows_line_ends() {
    let doc = "\u{feff}# 제목\r\n\r\n4XX 클라이언트 오류: 요청.\r\n\r\n**404 Not Found** - 없다.\r\n둘째 줄.\r\n\r\n5XX(서버 오류): 서버.\r\n\r\n409 Conflict: 충돌.\r\n";
    assert_eq!(
        errors(doc),
        [
            "doc.md:10:1: 409 is a 4xx status but stands under the 5XX section (line 8); move it to the 4XX section"
        ]
    );
    let fixed = doc.replace("409 Conflict: 충돌.\r\n", "");
    let spec = build(
        Source::new("doc.md", &fixed),
        Source::new("registry.txt", REGISTRY),
    )
    .unwrap()
    .spec;
    assert_eq!(spec.title.as_deref(), Some("제목"));
    assert_eq!(
        spec.statuses[0].description_ko.as_deref(),
        Some("없다.\n둘째 줄.")
    );
}

#[test]
fn nested_list_in_a_list_item_entry_keeps_its_structure() {
    let doc = "- **404 Not Found** - 없다.\n\n  예를 들어:\n\n  1. 삭제됨\n  2. 이동됨\n- **409 Conflict** - 충돌.\n";
    assert_eq!(
        description(doc, 404),
        "없다.\n\n예를 들어:\n\n1. 삭제됨\n2. 이동됨"
    );
}
