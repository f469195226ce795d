//! The generators: spec → JSON, the runtime's `Status` table, the crate's reference docs, the
//! derive's status table, and the sentences for people (`spec/people.txt`). Each is a pure function of the spec; `run` writes or checks them.
//!
//! This file is the pipeline: it builds the spec from the inputs (`input`), runs every
//! generator and writes or checks their files. The generators use the helpers below them
//! (`rust` for generated Rust, `links`, `markdown`, `freshness`), never the pipeline.

pub(crate) mod cli_records;
pub(crate) mod derive_table;
pub(crate) mod freshness;
mod input;
pub(crate) mod json;
pub(crate) mod links;
pub(crate) mod markdown;
pub(crate) mod people;
pub(crate) mod reference;
mod rust;
pub(crate) mod status_enum;

#[cfg(test)]
pub(crate) use input::project_spec;
pub(crate) use input::{DOCUMENT, REGISTRY, build_spec};

use std::path::{Path, PathBuf};

use statuskit_spec::{Class, Merged};

use crate::files::project_root;
use crate::files::{self, Mode, Output};
use input::build_named;

/// Every generated file, computed in memory. `registry_date` is the day the registry copy was
/// taken, which the docs state.
pub(crate) fn outputs(
    root: &Path,
    merged: &Merged,
    registry_date: Option<&str>,
) -> Result<Vec<Output>, String> {
    let spec = &merged.spec;
    Ok(vec![
        Output {
            path: root.join("spec/status-codes.json"),
            contents: json::generate(spec)?,
        },
        Output {
            path: root.join("crates/statuskit/src/generated/status.rs"),
            contents: status_enum::generate(spec, registry_date)?,
        },
        Output {
            path: root.join("crates/statuskit/src/generated/reference.md"),
            contents: reference::generate(spec, registry_date),
        },
        Output {
            path: root.join("crates/statuskit-derive/src/generated/statuses.rs"),
            contents: derive_table::generate(spec)?,
        },
        Output {
            path: root.join("crates/statuskit-cli/src/generated.rs"),
            contents: cli_records::generate(spec, registry_date)?,
        },
        Output {
            path: root.join("crates/statuskit/src/generated/people.rs"),
            contents: people::generate(root, spec)?,
        },
    ])
}

/// `regen` and `check` on the project.
pub(crate) fn run(mode: Mode) -> Result<(), String> {
    let done = run_in(&project_root(), mode)?;
    if mode == Mode::Write {
        print_summary(&done.merged, &done.changed);
    }
    for warning in &done.lapsed {
        eprintln!("{warning}");
    }
    Ok(())
}

/// What `run_in` did.
#[derive(Debug)]
pub(crate) struct Done {
    /// The spec.
    pub(crate) merged: Merged,
    /// The generated files that changed (none in check mode).
    pub(crate) changed: Vec<PathBuf>,
    /// A warning for each temporary registration whose expiry date has passed.
    pub(crate) lapsed: Vec<String>,
}

/// `regen` and `check` on the tree at `root`: builds everything in memory first, so a broken
/// edit writes nothing. Returns the spec and the files that changed.
pub(crate) fn run_in(root: &Path, mode: Mode) -> Result<Done, String> {
    let (merged, registry) = build_named(
        &root.join(DOCUMENT),
        DOCUMENT,
        &root.join(REGISTRY),
        REGISTRY,
    )?;
    let outputs = outputs(root, &merged, freshness::registry_date(&registry))?;
    let changed = files::ensure(&outputs, mode, root)?;
    let lapsed = freshness::expired(&merged.spec, &registry, REGISTRY, &freshness::today());
    Ok(Done {
        merged,
        changed,
        lapsed,
    })
}

fn print_summary(merged: &Merged, changed: &[PathBuf]) {
    let statuses = &merged.spec.statuses;
    let per_class: Vec<String> = Class::ALL
        .iter()
        .map(|&class| {
            format!(
                "{}xx {}",
                class.digit(),
                statuses.iter().filter(|s| s.class == class).count()
            )
        })
        .collect();
    let reserved = merged.spec.reserved.len();
    let plural = if reserved == 1 { "" } else { "s" };
    println!(
        "{} statuses ({}), {reserved} reserved code{plural}",
        statuses.len(),
        per_class.join(", ")
    );
    for warning in &merged.warnings {
        eprintln!("{warning}");
    }
    if changed.is_empty() {
        println!("generated files are up to date");
    }
    for path in changed {
        println!("wrote {}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn generated_files_are_fresh() {
        if let Err(stale) = run_in(&project_root(), Mode::Check).map(|_| ()) {
            panic!("{stale}");
        }
    }

    /// A scratch copy of the project's inputs and generated files.
    fn scratch(name: &str) -> PathBuf {
        let root =
            std::env::temp_dir().join(format!("statuskit-xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let project = project_root();
        let merged = build_spec(&project.join(DOCUMENT), &project.join(REGISTRY)).unwrap();
        for output in outputs(&project, &merged, None).unwrap() {
            let relative = output.path.strip_prefix(&project).unwrap();
            fs::create_dir_all(root.join(relative).parent().unwrap()).unwrap();
            fs::copy(&output.path, root.join(relative)).unwrap();
        }
        for input in [DOCUMENT, REGISTRY, people::PEOPLE, "spec/names-ko.txt"] {
            fs::copy(project.join(input), root.join(input)).unwrap();
        }
        root
    }

    fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let merged = build_spec(&root.join(DOCUMENT), &root.join(REGISTRY)).unwrap();
        outputs(root, &merged, None)
            .unwrap()
            .into_iter()
            .map(|o| (o.path.clone(), fs::read(&o.path).unwrap()))
            .collect()
    }

    #[test]
    fn regen_twice_gives_identical_bytes() {
        let root = scratch("twice");
        fs::write(
            root.join(DOCUMENT),
            fs::read_to_string(root.join(DOCUMENT)).unwrap() + "\n추가 문단.\n",
        )
        .unwrap();
        let changed = run_in(&root, Mode::Write).unwrap().changed;
        assert!(!changed.is_empty());
        let first = snapshot(&root);
        let changed = run_in(&root, Mode::Write).unwrap().changed;
        assert_eq!(changed, Vec::<PathBuf>::new());
        assert_eq!(snapshot(&root), first);
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn check_fails_after_a_hand_edit_of_a_generated_file() {
        let root = scratch("edit");
        let edited = root.join("crates/statuskit/src/generated/status.rs");
        fs::write(
            &edited,
            fs::read_to_string(&edited)
                .unwrap()
                .replace("Conflict = 409", "Conflict = 410"),
        )
        .unwrap();
        let error = run_in(&root, Mode::Check).unwrap_err();
        assert_eq!(
            error,
            "generated files are stale:\n  crates/statuskit/src/generated/status.rs\nrun `cargo xtask regen` and commit the result"
        );
        run_in(&root, Mode::Write).unwrap();
        run_in(&root, Mode::Check).unwrap();
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn a_broken_edit_writes_nothing() {
        let root = scratch("broken");
        let before = snapshot(&root);
        let document = fs::read_to_string(root.join(DOCUMENT)).unwrap();
        // A second 404 entry, far down the document, after edits that would change every output.
        let broken = document.replace("# HTTP Status Code", "# HTTP 상태 코드")
            + "\n**404 Not Found** - 또 없다.\n";
        fs::write(root.join(DOCUMENT), &broken).unwrap();
        let error = run_in(&root, Mode::Write).unwrap_err();
        let line = broken.lines().count();
        assert!(
            error.contains(&format!(
                "spec/status-codes.md:{line}:3: status 404 is defined twice"
            )),
            "{error}"
        );
        let after: Vec<(PathBuf, Vec<u8>)> = before
            .iter()
            .map(|(p, _)| (p.clone(), fs::read(p).unwrap()))
            .collect();
        assert_eq!(after, before);
        fs::remove_dir_all(root).unwrap();
    }

    /// Blocks one output path in a scratch tree whose document edit changes every output, runs
    /// regen, and checks it failed naming `blocked`, left every output as it was, and left no
    /// temporary file behind.
    fn regen_with_blocked_output(
        name: &str,
        block: impl FnOnce(&Path),
        unblock: impl FnOnce(&Path),
        blocked: &str,
    ) {
        let root = scratch(name);
        let document = fs::read_to_string(root.join(DOCUMENT)).unwrap();
        fs::write(
            root.join(DOCUMENT),
            document.replace("# HTTP Status Code", "# HTTP 상태 코드"),
        )
        .unwrap();
        let listing = |root: &Path| {
            let mut files = Vec::new();
            let mut dirs = vec![root.to_path_buf()];
            while let Some(dir) = dirs.pop() {
                for entry in fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        dirs.push(path.clone());
                    }
                    let bytes = if path.is_file() {
                        fs::read(&path).unwrap()
                    } else {
                        Vec::new()
                    };
                    files.push((path, bytes));
                }
            }
            files.sort();
            files
        };
        block(&root);
        let before = listing(&root);
        let error = run_in(&root, Mode::Write).unwrap_err();
        assert!(error.contains(blocked), "{error}");
        assert!(error.ends_with("no generated file was changed"), "{error}");
        assert_eq!(listing(&root), before, "regen changed the tree: {error}");
        unblock(&root);
        fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn an_output_folder_that_is_a_file_changes_nothing() {
        regen_with_blocked_output(
            "folder-is-file",
            |root| {
                let dir = root.join("crates/statuskit-derive/src/generated");
                fs::remove_dir_all(&dir).unwrap();
                fs::write(&dir, "not a folder").unwrap();
            },
            |_| {},
            "crates/statuskit-derive/src/generated/statuses.rs: cannot write: ",
        );
    }

    #[test]
    fn an_output_that_is_a_directory_changes_nothing() {
        regen_with_blocked_output(
            "output-is-dir",
            |root| {
                let file = root.join("crates/statuskit-derive/src/generated/statuses.rs");
                fs::remove_file(&file).unwrap();
                fs::create_dir(&file).unwrap();
            },
            |_| {},
            "crates/statuskit-derive/src/generated/statuses.rs: cannot replace: it is a directory",
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_output_folder_changes_nothing() {
        use std::os::unix::fs::PermissionsExt;
        let probe = std::env::temp_dir().join(format!("statuskit-xtask-ro-{}", std::process::id()));
        fs::create_dir_all(&probe).unwrap();
        fs::set_permissions(&probe, fs::Permissions::from_mode(0o555)).unwrap();
        // Root writes into read-only folders: there the case cannot be set up.
        let writable = fs::write(probe.join("x"), "").is_ok();
        fs::set_permissions(&probe, fs::Permissions::from_mode(0o755)).unwrap();
        fs::remove_dir_all(&probe).unwrap();
        if writable {
            eprintln!("skipped: this user writes into read-only folders");
            return;
        }
        let dir = "crates/statuskit-derive/src/generated";
        let mode = |root: &Path, mode| {
            fs::set_permissions(root.join(dir), fs::Permissions::from_mode(mode)).unwrap()
        };
        regen_with_blocked_output(
            "read-only",
            |root| mode(root, 0o555),
            |root| mode(root, 0o755),
            "crates/statuskit-derive/src/generated/statuses.rs: cannot write: ",
        );
    }

    #[test]
    fn missing_and_non_utf8_inputs_are_one_line_errors() {
        let root = scratch("input");
        fs::remove_file(root.join(REGISTRY)).unwrap();
        let error = run_in(&root, Mode::Check).unwrap_err();
        assert!(
            error.ends_with(
                "spec/registry.txt: cannot read: No such file or directory (os error 2)"
            ),
            "{error}"
        );
        assert_eq!(error.lines().count(), 1);
        fs::write(root.join(DOCUMENT), b"# ok\n\nbad \xff byte\n").unwrap();
        let error = build_spec(&root.join(DOCUMENT), &project_root().join(REGISTRY)).unwrap_err();
        assert!(
            error.ends_with("spec/status-codes.md:3:5: not valid UTF-8; save the file as UTF-8"),
            "{error}"
        );
        fs::remove_dir_all(root).unwrap();
    }
}
