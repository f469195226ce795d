//! The `statuskit` binary run as users run it: each form of query, `--lang`, `--json`, classes,
//! search, and the exit status and suggestions for an unknown status.

use std::process::{Command, Output};

fn statuskit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statuskit"))
        .args(args)
        .env("COLUMNS", "80")
        .output()
        .expect("the binary runs")
}

fn stdout(args: &[&str]) -> String {
    let output = statuskit(args);
    assert!(
        output.status.success(),
        "statuskit {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn code_korean_name_english_name_and_old_name_give_the_entry() {
    let entry = stdout(&["409"]);
    assert!(entry.starts_with("409 Conflict · 충돌\n"), "{entry}");
    assert!(
        entry.contains("The request conflicts with the current state"),
        "{entry}"
    );
    assert!(
        entry.contains("클라이언트 요청이 서버 상태와 충돌하여"),
        "{entry}"
    );
    assert!(
        entry.contains("4xx Client Error · 클라이언트 오류"),
        "{entry}"
    );
    assert!(
        entry.contains("<https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10>"),
        "{entry}"
    );
    assert_eq!(stdout(&["충돌"]), entry);
    assert_eq!(stdout(&["conflict"]), entry);
    assert_eq!(stdout(&["409", "Conflict"]), entry);
    let too_large = stdout(&["request entity too large"]);
    assert!(
        too_large.starts_with("413 Content Too Large"),
        "{too_large}"
    );
    assert!(
        too_large.contains("Request Entity Too Large"),
        "{too_large}"
    );
}

#[test]
fn lang_picks_one_language() {
    let ko = stdout(&["--lang", "ko", "404"]);
    assert!(ko.contains("분류: 4xx 클라이언트 오류"), "{ko}");
    assert!(!ko.contains("The server did not find"), "{ko}");
    let en = stdout(&["--lang=en", "404"]);
    assert!(en.starts_with("404 Not Found\n"), "{en}");
    assert!(en.contains("Class: 4xx Client Error"), "{en}");
    assert!(!en.chars().any(|c| ('가'..='힣').contains(&c)), "{en}");
    let bad = statuskit(&["--lang", "fr", "404"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn lines_fit_the_width_in_display_columns() {
    for columns in ["30", "50", "80"] {
        let output = Command::new(env!("CARGO_BIN_EXE_statuskit"))
            .args(["401"])
            .env("COLUMNS", columns)
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        let limit: usize = columns.parse().unwrap();
        for line in text.lines().filter(|line| !line.contains("https://")) {
            // Hangul syllables take two columns.
            let width: usize = line
                .chars()
                .map(|c| if ('가'..='힣').contains(&c) { 2 } else { 1 })
                .sum();
            assert!(width <= limit, "{width} > {limit}: {line}");
        }
    }
}

#[test]
fn json_prints_the_spec_record() {
    let spec: serde_json::Value =
        serde_json::from_str(include_str!("../../../spec/status-codes.json")).unwrap();
    let record = spec["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == 409)
        .unwrap();
    let printed: serde_json::Value = serde_json::from_str(&stdout(&["--json", "409"])).unwrap();
    assert_eq!(&printed, record);
    let class: serde_json::Value = serde_json::from_str(&stdout(&["--json", "5xx"])).unwrap();
    let codes: Vec<u64> = class
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_u64().unwrap())
        .collect();
    assert_eq!(
        codes,
        [500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511]
    );
}

#[test]
fn a_class_lists_its_statuses() {
    let table = stdout(&["4xx"]);
    assert!(
        table.starts_with("4xx Client Error · 클라이언트 오류\n"),
        "{table}"
    );
    for line in [
        "400 Bad Request · 잘못된 요청",
        "409 Conflict · 충돌",
        "451 ",
    ] {
        assert!(table.contains(line), "{line} missing: {table}");
    }
    assert!(!table.contains("500 "), "{table}");
}

#[test]
fn search_reads_both_languages() {
    let hits = stdout(&["search", "캐시"]);
    assert!(hits.contains("304 Not Modified"), "{hits}");
    let hits = stdout(&["search", "Retry-After"]);
    assert!(hits.contains("503 Service Unavailable"), "{hits}");
    assert!(hits.contains("429 Too Many Requests"), "{hits}");
    let none = statuskit(&["search", "qwertyuiop"]);
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn unknown_codes_and_names_exit_2_with_the_nearest() {
    let output = statuskit(&["419"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("`419`"), "{stderr}");
    for near in ["418 I'm a teapot", "420 Enhance Your Calm"] {
        assert!(stderr.contains(near), "{near} missing: {stderr}");
    }
    let output = statuskit(&["--lang", "en", "conflit"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("409 Conflict"), "{stderr}");
    assert_eq!(statuskit(&[]).status.code(), Some(2));
    assert_eq!(statuskit(&["search"]).status.code(), Some(2));
    // Three bytes, not three characters: no slicing inside a character.
    assert_eq!(statuskit(&["éx"]).status.code(), Some(2));
    let output = statuskit(&["--lang", "en", "6xx"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("Classes run from 1xx to 5xx")
    );
    assert_eq!(statuskit(&["--frobnicate", "409"]).status.code(), Some(2));
}

/// Korean names follow RFC 9110 (`spec/names-ko.txt`); the document's older ones still find
/// the entry and are listed among its other names.
#[test]
fn korean_names_follow_rfc_9110_and_old_ones_still_find_the_entry() {
    for (code, current, old) in [
        ("422", "처리할 수 없는 콘텐츠", "처리할 수 없는 개체"),
        ("413", "콘텐츠가 너무 큼", "요청 본문이 너무 큼"),
        ("416", "충족할 수 없는 범위", "처리할 수 없는 요청 범위"),
    ] {
        let entry = stdout(&[code]);
        assert!(entry.lines().next().unwrap().ends_with(current), "{entry}");
        // Listed among its other names (lines wrap at 80 columns).
        assert!(entry.replace('\n', " ").contains(old), "{entry}");
        assert_eq!(stdout(&[old]), entry);
        assert_eq!(stdout(&[current]), entry);
    }
}
