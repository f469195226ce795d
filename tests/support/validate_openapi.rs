//! Runs `tests/openapi/validate.py` on an OpenAPI document: it must validate against the
//! OpenAPI 3.1 schema, and each example against its schema. Never skips: a missing validator
//! fails the test with the command that installs it (`cargo xtask test` does so itself).

/// Panics unless `document` (JSON text) is a valid OpenAPI 3.1 document; returns the
/// validator's report (it ends by counting the examples it checked).
pub(crate) fn assert_valid_openapi(document: &str, name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("statuskit-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("openapi.json");
    std::fs::write(&file, document).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/validate.py");
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
        .expect("python3 runs (the OpenAPI validation needs it)");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(
        output.status.code(),
        Some(3),
        "openapi-spec-validator is missing; run `cargo xtask test`, or \
         `python3 -m pip install 'openapi-spec-validator==0.7.*'`: {stderr}"
    );
    assert!(
        output.status.success(),
        "invalid OpenAPI document:\n{stderr}"
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
