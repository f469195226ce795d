//! Issue 22's list, one snippet each: what a reader reads in a layout people write, as data in
//! and the structure out (each status's code, name and text), and for each look-alike the
//! warning at its line.

#[allow(dead_code, reason = "this test uses the support's registry only")]
mod support;

use statuskit_spec::{Source, build};

/// A status read: its code, its aliases joined, its text (Korean / English).
type Read = (u16, String, String);

/// The statuses read, and every diagnostic at a line of the document; or the errors.
fn read(doc: &str) -> Result<(Vec<Read>, Vec<String>), Vec<String>> {
    let merged = build(
        Source::new("doc.md", doc),
        Source::new("registry.txt", support::REGISTRY),
    )
    .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let statuses = merged
        .spec
        .statuses
        .iter()
        .filter(|s| s.source.is_some())
        .map(|s| {
            let text = [&s.description_ko, &s.description_en]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(" / ");
            (s.code, s.aliases.join(","), text)
        })
        .chain(
            merged
                .spec
                .reserved
                .iter()
                .filter(|r| r.source.is_some())
                .map(|r| {
                    (
                        r.code,
                        String::new(),
                        r.description_ko.clone().unwrap_or_default(),
                    )
                }),
        )
        .collect();
    let diagnostics = merged
        .unread
        .iter()
        .chain(&merged.warnings)
        .filter(|d| d.path == "doc.md")
        .map(ToString::to_string)
        .collect();
    Ok((statuses, diagnostics))
}

fn statuses(doc: &str) -> Vec<(u16, String)> {
    let (statuses, _) = read(doc).unwrap_or_else(|errors| panic!("{doc}\n{errors:#?}"));
    statuses
        .into_iter()
        .map(|(code, _, text)| (code, text))
        .collect()
}

fn pairs(expected: &[(u16, &str)]) -> Vec<(u16, String)> {
    expected.iter().map(|&(c, t)| (c, t.to_owned())).collect()
}

#[test]
fn item_01_a_break_then_text_mid_document_is_not_front_matter() {
    let doc =
        "# 노트\n\n## 200 OK\n\n성공.\n\n---\n곁다리 이야기.\n\n## 404 Not Found\n\n없다.\n\n---\n";
    assert_eq!(statuses(doc), pairs(&[(200, "성공."), (404, "없다.")]));
}

#[test]
fn item_02_mdn_code_spans_with_badges_are_entries() {
    let doc = "## 3xx\n\n- {{HTTPStatus(304, \"304 Not Modified\")}}\n  - : 캐시용.\n- `305 Use Proxy` {{deprecated_inline}}\n  - : 프록시로.\n- `306 unused`\n  - : 예약만.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(304, "캐시용."), (305, "프록시로."), (306, "예약만.")])
    );
}

#[test]
fn item_03_html_bold_heads_with_or_without_a_space() {
    let doc = "- <p><b>200 OK:</b> 성공.</p>\n- <p><b>201 Created:</b>Text</p>\n";
    assert_eq!(statuses(doc), pairs(&[(200, "성공."), (201, "Text")]));
}

#[test]
fn item_04_a_lower_case_phrase_alone_on_its_line() {
    let doc = "404 not found\n\n찾을 수 없다.\n\n410 gone\n\n사라졌다.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(404, "찾을 수 없다."), (410, "사라졌다.")])
    );
}

#[test]
fn item_05_questions_credits_and_class_labels_end_an_entry() {
    let doc = "1. 첫 질문?\n\n**401 Unauthorized**: 인증 안 됨.\n\n2. 다음 질문?\n\n**404 Not Found**: 없다.\n\n5XX 서버 오류: 서버 탓.\n\n**500 Internal Server Error**: 고장.\n\n출처: 스터디 자료\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(401, "인증 안 됨."), (404, "없다."), (500, "고장.")])
    );
}

#[test]
fn item_06_nested_items_indented_by_four_spaces_or_a_tab() {
    for indent in ["    ", "\t"] {
        let doc =
            format!("- 2xx 성공\n{indent}- 200 OK: 성공.\n{indent}- 204 No Content: 본문 없음.\n");
        assert_eq!(
            statuses(&doc),
            pairs(&[(200, "성공."), (204, "본문 없음.")]),
            "{indent:?}"
        );
    }
}

#[test]
fn item_07_a_section_number_and_a_phrase_with_no_code() {
    let doc = "## 15.6 Server Error 5xx\n\n### 15.6.4 Service Unavailable\n\n과부하.\n\n### 15.6.5 Gateway Timeout\n\n시간 초과.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(503, "과부하."), (504, "시간 초과.")])
    );
}

#[test]
fn item_08_one_heading_for_several_codes_shares_its_text() {
    let doc = "### 500, 502, 503, 504 - Server Errors\n\nRetry later, please.\n\n### 404 Not Found\n\nNothing here.\n";
    let shared = "Retry later, please.";
    assert_eq!(
        statuses(doc),
        pairs(&[
            (404, "Nothing here."),
            (500, shared),
            (502, shared),
            (503, shared),
            (504, shared)
        ])
    );
}

#[test]
fn item_09_code_and_text_columns_and_a_phrase_in_the_code_cell() {
    let doc = "| 코드 | 설명 |\n|---|---|\n| 404 | 요청한 리소스가 없음 |\n| 200 (OK) | 성공함 |\n";
    let (read, _) = read(doc).unwrap();
    assert_eq!(
        read,
        [
            (200, String::new(), "성공함".to_owned()),
            (404, String::new(), "요청한 리소스가 없음".to_owned())
        ]
    );
}

#[test]
fn item_10_a_link_with_an_attribute_block_explains_by_its_title() {
    let doc = "- [200: OK](https://x.dev/200){data-tooltip=\"The request is OK.\"}\n- [404: Not Found](https://x.dev/404 \"Nothing is here.\")\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(200, "The request is OK."), (404, "Nothing is here.")])
    );
}

#[test]
fn item_11_an_underscored_name_line_is_the_name() {
    let doc = "# 200\n\n__ok__\n\nIt worked.\n\n# 404\n\n__not found__\n\nNothing there.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(200, "It worked."), (404, "Nothing there.")])
    );
}

#[test]
fn item_12_a_short_english_paragraph_is_english() {
    let doc = "## 200 OK\n\nRequest succeeded.\n";
    let merged = build(
        Source::new("doc.md", doc),
        Source::new("registry.txt", support::REGISTRY),
    )
    .unwrap();
    let ok = merged.spec.statuses.iter().find(|s| s.code == 200).unwrap();
    assert_eq!(ok.description_en.as_deref(), Some("Request succeeded."));
    assert_eq!(ok.description_ko, None);
}

#[test]
fn item_13_a_cell_that_starts_with_inline_code_keeps_it() {
    let doc = "| 코드 | 의미 |\n|---|---|\n| 401 | `Access Token`이 만료됨 |\n";
    assert_eq!(statuses(doc), pairs(&[(401, "`Access Token`이 만료됨")]));
}

#[test]
fn item_14_free_text_after_a_bold_code_explains_it() {
    let doc = "**201** A new thing was created\n\nThe server made it.\n";
    let (found, _) = read(doc).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0, found[0].1.as_str()),
        (201, ""),
        "not an alias: {found:?}"
    );
    assert!(found[0].2.contains("A new thing was created"), "{found:?}");
    assert!(found[0].2.contains("The server made it."), "{found:?}");
    // A name that belongs to another code is an error in a list as in a heading.
    for doc in ["### 404 Conflict\n\n충돌.\n", "- **404 Conflict**: 충돌.\n"] {
        let errors = read(doc).unwrap_err();
        assert!(
            errors[0].contains("which is the name of 409"),
            "{doc}: {errors:?}"
        );
    }
}

#[test]
fn item_15_class_rows_in_an_entry_table_are_labels() {
    let doc = "| Code | Name | Meaning |\n|---|---|---|\n| `2xx` | **Success** | It worked. |\n| `200` | **OK** | Fine. |\n| `4xx` | **Client Error** | Your fault. |\n| `404` | **Not Found** | Nothing. |\n";
    assert_eq!(statuses(doc), pairs(&[(200, "Fine."), (404, "Nothing.")]));
}

#[test]
fn item_16_a_table_of_contents_opens_no_section_twice() {
    let doc = "- [2xx 성공](#2xx-성공)\n- [4xx 클라이언트 오류](#4xx-클라이언트-오류)\n\n## 2xx 성공\n\n- **200 OK**: 성공.\n\n## 4xx 클라이언트 오류\n\n- **404 Not Found**: 없음.\n";
    assert_eq!(statuses(doc), pairs(&[(200, "성공."), (404, "없음.")]));
}

#[test]
fn item_17_a_heading_entry_and_its_summary_row_are_one_status() {
    let doc = "## 404\n\n- 상태 코드 404 Not Found\n- 요청한 리소스가 없다.\n\n## 요약\n\n- 404 : 없는 리소스\n";
    let read = statuses(doc);
    assert_eq!(read.len(), 1, "{read:?}");
    assert!(read[0].1.contains("요청한 리소스가 없다."), "{read:?}");
}

#[test]
fn item_18_a_hundred_as_a_class_heading() {
    let doc = "### 300\n\n리다이렉션.\n\n- 301 Moved Permanently: 이사.\n\n### 400\n\n- 404 Not Found: 없음.\n\n### 500\n\n- 500 Internal Server Error: 고장.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(301, "이사."), (404, "없음."), (500, "고장.")])
    );
}

#[test]
fn item_19_a_code_alone_with_its_name_and_text_nested() {
    let doc = "* 200\n  * OK, 성공했음을 알림\n* 404\n  * Not Found, 없음을 알림\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(200, "성공했음을 알림"), (404, "없음을 알림")])
    );
}

#[test]
fn item_20_setext_flashcards() {
    let doc = "What does HTTP status 404 mean?\n---\n\nNot Found — no such resource.\n\nWhat does HTTP status 410 mean?\n---\n\nGone — removed for good.\n";
    assert_eq!(
        statuses(doc),
        pairs(&[(404, "no such resource."), (410, "removed for good.")])
    );
}

#[test]
fn item_21_named_codes_are_warned_and_explained_ones_read() {
    let doc = "## 200 OK\n\n성공.\n\n## 418 I'm a teapot\n\n## 426 Upgrade Required\n";
    let (read, diagnostics) = read(doc).unwrap();
    assert_eq!(read, [(200, String::new(), "성공.".to_owned())]);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:#?}");
    assert!(
        diagnostics[0].starts_with("doc.md:5:4: warning: status 418 is named but not explained")
    );
    assert!(
        diagnostics[1].starts_with("doc.md:7:4: warning: status 426 is named but not explained")
    );
}

/// Each look-alike after an entry: a warning at its own line, the entry before it read.
#[test]
fn look_alikes_are_warned_at_their_line() {
    for (line, code) in [
        ("0404 Not Found: 없음.", 404),
        ("4044 Not Found: 없음.", 404),
        ("404.5 Not Found: 없음.", 404),
        ("４１１ Length Required: 길이.", 411),
        ("\u{feff}412 Precondition Failed: 조건.", 412),
        ("\u{202e}414 URI Too Long: 김.", 414),
        ("4\u{200b}13 Content Too Large: 큼.", 413),
        ("&#52;15 Unsupported Media Type: 형식.", 415),
        ("####### 416 Range Not Satisfiable", 416),
        ("[417 Expectation Failed][r]: 기대.", 417),
        ("<p>418 I'm a teapot</p>", 418),
        ("> 422 Unprocessable Content: 처리 불가.", 422),
        ("> ### 409 Conflict", 409),
        ("<!-- note --> 404 Not Found: 없음.", 404),
        ("- 423-1 Locked: 잠김.", 423),
        ("{{HTTPStatus(410, \"404 Not Found\")}}", 410),
    ] {
        let doc = format!("**400 Bad Request**: 잘못.\n\n{line}\n\n[r]: https://x.dev\n");
        let (read, diagnostics) = read(&doc).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        assert_eq!(
            read.iter().map(|s| s.0).collect::<Vec<_>>(),
            [400],
            "{line}: {read:?}"
        );
        assert!(
            diagnostics.iter().any(|d| d.starts_with("doc.md:3:")
                && d.contains(&format!("looks like an entry for {code}"))),
            "{line}: {diagnostics:#?}"
        );
    }
}

#[test]
fn a_suffixed_code_swallows_nothing() {
    let doc = "- 422 Unprocessable Content: 처리 불가.\n- 423-1 Locked: 잠김.\n- 424 Failed Dependency: 의존 실패.\n- 425 Too Early: 너무 이름.\n";
    let (read, diagnostics) = read(doc).unwrap();
    let codes: Vec<u16> = read.iter().map(|s| s.0).collect();
    assert_eq!(codes, [422, 424, 425], "{read:?}");
    assert!(
        read.iter()
            .all(|s| !s.2.contains("의존 실패") || s.0 == 424),
        "{read:?}"
    );
    assert!(
        diagnostics.iter().any(|d| d.starts_with("doc.md:2:")),
        "{diagnostics:#?}"
    );
}

#[test]
fn lines_that_end_in_a_lone_cr_are_lines() {
    let doc = "## 200 OK\r\r성공.\r\r## 404 Not Found\r\r없음.\r\r0404 Not Found: 가짜.\r";
    let (read, diagnostics) = read(doc).unwrap();
    let codes: Vec<u16> = read.iter().map(|s| s.0).collect();
    assert_eq!(codes, [200, 404], "{read:?}");
    assert_eq!(read[0].2, "성공.");
    assert!(read[1].2.starts_with("없음."), "{read:?}");
    // The look-alike on line 9 stays in 404's text, and is named at its line.
    assert!(
        diagnostics.iter().any(|d| d.starts_with("doc.md:9:1:")),
        "{diagnostics:#?}"
    );
}

#[test]
fn a_table_row_with_no_code_is_still_an_error_and_a_class_row_is_not() {
    let doc = "| 코드 | 설명 |\n| --- | --- |\n| 429 | 요청이 너무 많다. |\n| 43l | 헤더가 너무 크다. |\n";
    let errors = read(doc).unwrap_err();
    assert_eq!(
        errors,
        [
            "doc.md:4:2: this table row is not read as an entry: its code cell holds no status code; put the three-digit code in the table's code column, or move the row out of the table"
        ]
    );
    let doc = "| 코드 | 설명 |\n| --- | --- |\n| 429 | 요청이 너무 많다. |\n| 4xx | 나머지 오류 |\n| 431 | 헤더가 너무 크다. |\n";
    let (found, diagnostics) = read(doc).unwrap();
    assert_eq!(found.iter().map(|s| s.0).collect::<Vec<_>>(), [429, 431]);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}
