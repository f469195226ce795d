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

/// Writes every output that differs, or in check mode reports them. Returns the paths that
/// differed.
///
/// Writing is all-or-nothing: every new text goes to a temporary file beside its output first,
/// and only when all of them are written are they renamed over the outputs. A failure before
/// that removes the temporaries and leaves every output as it was; the error names the path that
/// failed and says nothing was changed.
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
            write_all(&stale)?;
            Ok(stale.iter().map(|o| relative(&o.path)).collect())
        }
    }
}

/// A temporary file written beside its output, removed on drop unless it was renamed into place.
struct Staged<'a> {
    temp: PathBuf,
    output: &'a Output,
    renamed: bool,
}

impl Drop for Staged<'_> {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Stages every output, then renames them all; see [`ensure`].
fn write_all(outputs: &[&Output]) -> Result<(), String> {
    let mut created = Vec::new();
    let result = stage_and_rename(outputs, &mut created);
    if result.is_err() {
        // Only directories this run made, deepest first, and only if empty: `remove_dir` refuses
        // the rest.
        created.sort_by_key(|dir| std::cmp::Reverse(dir.components().count()));
        for dir in &created {
            let _ = fs::remove_dir(dir);
        }
    }
    result
}

fn stage_and_rename(outputs: &[&Output], created: &mut Vec<PathBuf>) -> Result<(), String> {
    let nothing_changed = |message: String| format!("{message}\nno generated file was changed");
    let mut staged = Vec::with_capacity(outputs.len());
    for output in outputs {
        staged.push(stage(output, created).map_err(nothing_changed)?);
    }
    // A rename can still fail (an output replaced by a directory): check every target first,
    // so the renames below are all expected to succeed.
    for file in &staged {
        let path = &file.output.path;
        if fs::symlink_metadata(path).is_ok_and(|meta| meta.is_dir()) {
            return Err(nothing_changed(format!(
                "{}: cannot replace: it is a directory",
                path.display()
            )));
        }
    }
    for (done, file) in staged.iter_mut().enumerate() {
        fs::rename(&file.temp, &file.output.path).map_err(|e| {
            let message = format!("{}: cannot replace: {e}", file.output.path.display());
            if done == 0 {
                nothing_changed(message)
            } else {
                format!("{message}\nthe files before it were replaced; rerun `cargo xtask regen`")
            }
        })?;
        file.renamed = true;
    }
    Ok(())
}

/// Writes an output's text to a temporary file in the output's directory (so the rename stays on
/// one file system). A missing directory is created and recorded in `created`, so a failure can
/// take it away again.
fn stage<'a>(output: &'a Output, created: &mut Vec<PathBuf>) -> Result<Staged<'a>, String> {
    let path = &output.path;
    let dir = path
        .parent()
        .ok_or_else(|| format!("{}: no parent directory", path.display()))?;
    if fs::metadata(dir).is_err() {
        let missing: Vec<PathBuf> = dir
            .ancestors()
            .take_while(|d| fs::symlink_metadata(d).is_err())
            .map(Path::to_path_buf)
            .collect();
        let made = fs::create_dir_all(dir);
        created.extend(missing);
        made.map_err(|e| format!("{}: cannot create its directory: {e}", path.display()))?;
    } else if !dir.is_dir() {
        return Err(format!(
            "{}: cannot write: {} is not a directory",
            path.display(),
            dir.display()
        ));
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("generated");
    // The process id keeps two regens at once from writing the same temporary file.
    let staged = Staged {
        temp: dir.join(format!(".{name}.{}.tmp", std::process::id())),
        output,
        renamed: false,
    };
    fs::write(&staged.temp, &output.contents)
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok(staged)
}

/// The workspace root, whatever directory cargo was started from.
pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root")
        .to_path_buf()
}
