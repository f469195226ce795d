//! The binary on hostile input: argument bytes that are not UTF-8, control characters that would
//! drive the terminal, a query of a megabyte, and the ways people write a code in code or by
//! mistake (`0404`, `+404`, `4o4`, `Status::NotFound`), and `--`.

use std::ffi::OsStr;
use std::process::{Command, Output};

fn statuskit<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statuskit"))
        .args(args)
        .env("COLUMNS", "80")
        .output()
        .expect("the binary runs")
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_exit_2_with_a_message() {
    use std::os::unix::ffi::OsStrExt;
    for bytes in [&b"\xff"[..], b"40\xff4", b"--lang\xc3"] {
        let output = statuskit(&[OsStr::from_bytes(bytes)]);
        assert_eq!(output.status.code(), Some(2), "{bytes:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("not valid UTF-8"), "{stderr}");
        assert!(
            stderr.contains("\\xFF") || stderr.contains("\\xC3"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn control_characters_are_escaped_whenever_input_is_echoed() {
    let hostile = "\u{1b}]0;x\u{7}\u{1b}[2J\u{202e}";
    for args in [
        vec![hostile],
        vec!["search", hostile],
        vec!["--lang", hostile, "404"],
        vec!["--\u{1b}[2J"],
    ] {
        let output = statuskit(&args);
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            !stderr
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
            "raw control echoed for {args:?}: {stderr:?}"
        );
        assert!(stderr.contains("\\u{1b}"), "{stderr:?}");
    }
}

#[test]
fn a_megabyte_query_is_refused_with_a_message() {
    // Linux caps one argument at 128 KiB: a megabyte comes as 16 words of 64 KiB.
    let word = "x".repeat(1 << 16);
    let words = vec![&word[..]; 16];
    for args in [words.clone(), [&["search"][..], &words].concat()] {
        let output = statuskit(&args);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("1048591 characters"), "{stderr}");
        assert!(stderr.len() < 2000, "the query is not echoed whole");
    }
}

#[test]
fn codes_written_in_code_or_mistyped_find_their_status() {
    let entry = String::from_utf8(statuskit(&["404"]).stdout).unwrap();
    assert!(entry.starts_with("404 Not Found"), "{entry}");
    for query in [
        "0404",
        "+404",
        "4o4",
        "Status::NotFound",
        "StatusCode::NOT_FOUND",
    ] {
        let output = statuskit(&[query]);
        assert_eq!(output.status.code(), Some(0), "{query}");
        assert_eq!(String::from_utf8(output.stdout).unwrap(), entry, "{query}");
    }
}

#[test]
fn double_dash_ends_the_options() {
    let output = statuskit(&["--", "404"]);
    assert_eq!(output.status.code(), Some(0));
    let output = statuskit(&["--lang", "en", "--", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no HTTP status is called `--json`"),
        "{stderr}"
    );
}
