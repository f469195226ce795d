//! `cargo xtask spec FILE` as a user runs it: JSON on stdout, or `FILE:LINE:COL: message` and exit 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn scratch_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("statuskit-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn spec_of_the_verbatim_seed_is_json_on_stdout() {
    let out = xtask(&["spec", "tests/fixtures/seed.ko.md"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["statuses"].as_array().unwrap().len(), 64);
    let stderr = String::from_utf8(out.stderr).unwrap();
    // The registry's codes the seed does not explain are one line, not one each.
    let unexplained: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("not explained by the document"))
        .collect();
    assert_eq!(unexplained.len(), 1, "{stderr}");
    assert!(unexplained[0].contains("spec/registry.txt:"), "{stderr}");
    assert!(unexplained[0].contains("(103, 104, "), "{stderr}");
}

#[test]
fn spec_of_a_bad_file_reports_the_place_and_exits_1() {
    let path = scratch_file(
        "bad.md",
        "**404 Not Found** - 없다.\n\n**404 Not Found** - 또.\n".as_bytes(),
    );
    let out = xtask(&["spec", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "{}:3:3: status 404 is defined twice; first at line 1\n",
            path.display()
        )
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn spec_of_a_missing_or_binary_file_is_one_line() {
    let out = xtask(&["spec", "no/such/file.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "no/such/file.md: cannot read: No such file or directory (os error 2)\n"
    );
    let path = scratch_file("binary.md", b"\x89PNG\r\n\x1a\n");
    let out = xtask(&["spec", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "{}:1:1: not valid UTF-8; save the file as UTF-8\n",
            path.display()
        )
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn unknown_task_prints_usage_and_exits_1() {
    let out = xtask(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("usage: cargo xtask <task>")
    );
}

#[test]
fn spec_warns_at_a_line_it_did_not_read_and_deny_warnings_fails() {
    let path = scratch_file(
        "unread.md",
        "### 404 Not Found\n\n없다.\n\n409 Conflict 요청이 충돌한다.\n".as_bytes(),
    );
    let file = path.to_str().unwrap();
    let unread =
        format!("{file}:5:1: warning: this looks like an entry for 409 but is not read as one");
    let out = xtask(&["spec", file]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(&unread), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let not_found = &json["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == 404)
        .unwrap();
    assert_eq!(
        not_found["source"],
        serde_json::json!({"line": 1, "end_line": 5})
    );

    let out = xtask(&["spec", file, "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(&unread), "{stderr}");
    assert!(
        stderr.ends_with("denied by --deny-warnings; nothing printed\n"),
        "{stderr}"
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn spec_of_a_document_with_no_entries_is_an_error() {
    let path = scratch_file("empty.md", "# 제목\n\n설명만 있다.\n".as_bytes());
    let out = xtask(&["spec", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().starts_with(&format!(
        "{}:1:1: the document explains no status",
        path.display()
    )));
    std::fs::remove_file(path).unwrap();
}

#[test]
fn help_prints_usage_for_every_task_and_reads_no_file() {
    for args in [
        &["help"][..],
        &["--help"],
        &["-h"],
        &["spec", "--help"],
        &["spec", "x.md", "-h"],
        &["regen", "--help"],
        &["bench-compile", "--help"],
    ] {
        let out = xtask(args);
        assert!(out.status.success(), "{args:?}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.starts_with("usage: cargo xtask"),
            "{args:?}: {stdout}"
        );
    }
    let out = xtask(&["spec", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("unknown option `--frobnicate` for `spec`"),
        "{stderr}"
    );
}
