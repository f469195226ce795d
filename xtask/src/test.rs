//! `cargo xtask test`: the whole test suite, after installing the one tool it needs beyond
//! cargo (the OpenAPI tests validate documents against the OpenAPI 3.1 schema with Python's
//! `openapi-spec-validator`).

use std::process::Command;

use crate::files::project_root;

/// The validator release the OpenAPI tests are written against.
const VALIDATOR: &str = "openapi-spec-validator==0.7.*";

/// Runs `cargo test --workspace` with `args` appended.
pub(crate) fn run(args: &[String]) -> Result<(), String> {
    ensure_validator()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(&cargo)
        .args(["test", "--workspace"])
        .args(args)
        .current_dir(project_root())
        .status()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("cargo test --workspace failed".to_owned())
    }
}

fn ensure_validator() -> Result<(), String> {
    let python = |args: &[&str]| Command::new("python3").args(args).status();
    let present = python(&["-c", "import openapi_spec_validator"])
        .map_err(|e| format!("the OpenAPI tests need Python 3 (`python3`): {e}"))?;
    if present.success() {
        return Ok(());
    }
    eprintln!("installing {VALIDATOR} for the OpenAPI tests");
    let installed = python(&[
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        VALIDATOR,
    ])
    .map_err(|e| format!("cannot run pip: {e}"))?;
    if installed.success() {
        Ok(())
    } else {
        Err(format!(
            "`python3 -m pip install '{VALIDATOR}'` failed; install it by hand and rerun"
        ))
    }
}
