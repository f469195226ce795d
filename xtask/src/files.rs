//! Reading inputs with one-line errors, and writing generated files all-or-nothing.

use std::fs;
use std::path::{Path, PathBuf};

/// What to do with freshly generated text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Replace the files that differ.
    Write,
    /// Change nothing; fail when any file differs.
    Check,
}

/// A generated file: where it goes and what it must hold.
pub(crate) struct Output {
    pub(crate) path: PathBuf,
    pub(crate) contents: String,
}

/// Reads a text input, turning a missing or non-UTF-8 file into a one-line error.
pub(crate) fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        format!(
            "{}:{line}:{col}: not valid UTF-8; save the file as UTF-8",
            path.display()
        )
    })
}

/// Writes every output that differs (each through a temporary file and a rename, so a reader
/// never sees half a file), or in check mode reports them. Returns the paths that differed.
pub(crate) fn ensure(outputs: &[Output], mode: Mode, root: &Path) -> Result<Vec<PathBuf>, String> {
    let stale: Vec<&Output> = outputs
        .iter()
        .filter(|output| {
            fs::read_to_string(&output.path).ok().as_deref() != Some(output.contents.as_str())
        })
        .collect();
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).to_path_buf();
    match mode {
        Mode::Check if !stale.is_empty() => {
            let list: Vec<String> = stale
                .iter()
                .map(|o| format!("  {}", relative(&o.path).display()))
                .collect();
            Err(format!(
                "generated files are stale:\n{}\nrun `cargo xtask regen` and commit the result",
                list.join("\n")
            ))
        }
        Mode::Check => Ok(Vec::new()),
        Mode::Write => {
            for output in &stale {
                write_atomically(&output.path, &output.contents)?;
            }
            Ok(stale.iter().map(|o| relative(&o.path)).collect())
        }
    }
}

fn write_atomically(path: &Path, contents: &str) -> Result<(), String> {
    let dir = path
        .parent()
        .ok_or_else(|| format!("{}: no parent directory", path.display()))?;
    fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("generated");
    // The process id keeps two regens at once from writing the same temporary file.
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    fs::write(&temp, contents).map_err(|e| format!("{}: cannot write: {e}", temp.display()))?;
    fs::rename(&temp, path).map_err(|e| {
        let _ = fs::remove_file(&temp);
        format!("{}: cannot replace: {e}", path.display())
    })
}
