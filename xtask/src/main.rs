//! statuskit's build tasks: `cargo xtask regen | check | spec FILE | test | bench-compile |
//! screenshots`.

mod bench_compile;
mod codegen;
mod docs;
mod files;
mod screenshots;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use files::Mode;

const USAGE: &str = "\
usage: cargo xtask <task> [--help]

tasks:
  help                    print this help
  regen                   parse spec/status-codes.md with spec/registry.txt and write every generated file
  check                   fail, listing them, when generated files differ from what regen would write
  spec FILE [--registry REGISTRY] [--deny-warnings]
                          print the structured spec of any Markdown file as JSON; write nothing;
                          with --deny-warnings, any warning fails it
  docs                    build statuskit's docs with every feature and warnings denied, and check that
                          the Status page links the statuses each entry mentions
  test [ARGS]             install the OpenAPI validator if missing, then `cargo test --workspace ARGS`
  bench-compile [--runs N] [--variants N] [--cold-runs N] [--no-write]
                          time building 1,000 derived error variants against the same written by
                          hand; write the medians to BENCHMARKS.md
  screenshots             render the HTML problem page (ko and en, light and dark, desktop and phone)
                          with headless Chromium into docs/*.png; says how to install Chromium if missing
";

fn main() -> ExitCode {
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|arg| arg.into_string())
        .collect()
    {
        Ok(args) => args,
        Err(arg) => {
            eprintln!("an argument is not valid UTF-8: {arg:?}\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    // `cargo xtask spec --help` asks for help, not for a file named `--help`; `test` hands its
    // arguments to cargo, which has its own `--help`, after a `--`.
    let asks_help = |args: &[String]| {
        args.iter()
            .take_while(|arg| *arg != "--")
            .any(|arg| arg == "--help" || arg == "-h")
    };
    let result = match args.first().map(String::as_str) {
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(_) if asks_help(&args[1..]) => {
            print!("{USAGE}");
            Ok(())
        }
        Some("regen") if args.len() == 1 => {
            read_in_full(&files::project_root()).and_then(|()| codegen::run(Mode::Write))
        }
        Some("check") if args.len() == 1 => {
            read_in_full(&files::project_root()).and_then(|()| codegen::run(Mode::Check))
        }
        Some("spec") => spec(&args[1..]),
        Some("docs") if args.len() == 1 => docs::run(),
        Some("test") => test::run(&args[1..]),
        Some("bench-compile") => bench_compile::run(&args[1..]),
        Some("screenshots") => screenshots::run(&args[1..]),
        _ => Err(format!("unknown or malformed task\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask spec FILE [--registry REGISTRY] [--deny-warnings]`: the JSON of any document, on stdout.
fn spec(args: &[String]) -> Result<(), String> {
    let deny_warnings = args.iter().any(|arg| arg == "--deny-warnings");
    let args: Vec<&String> = args
        .iter()
        .filter(|arg| *arg != "--deny-warnings")
        .collect();
    if let Some(flag) = args
        .iter()
        .find(|arg| arg.starts_with('-') && **arg != "--registry")
    {
        return Err(format!(
            "unknown option `{}` for `spec`\n\n{USAGE}",
            flag.escape_debug()
        ));
    }
    let (file, registry) = match args.as_slice() {
        [file] => (
            PathBuf::from(file),
            files::project_root().join(codegen::REGISTRY),
        ),
        [file, flag, registry] if *flag == "--registry" => {
            (PathBuf::from(file), PathBuf::from(registry))
        }
        _ => {
            return Err(format!(
                "expected `spec FILE [--registry REGISTRY] [--deny-warnings]`\n\n{USAGE}"
            ));
        }
    };
    let merged = codegen::build_spec(&file, &registry)?;
    let warnings: Vec<String> = merged
        .unread
        .iter()
        .chain(&merged.warnings)
        .map(ToString::to_string)
        .collect();
    if deny_warnings && !warnings.is_empty() {
        let plural = if warnings.len() == 1 { "" } else { "s" };
        return Err(format!(
            "{}\n{} warning{plural} denied by --deny-warnings; nothing printed",
            warnings.join("\n"),
            warnings.len()
        ));
    }
    for warning in &warnings {
        eprintln!("{warning}");
    }
    print!("{}", codegen::json::generate(&merged.spec)?);
    Ok(())
}

/// The project's own document is read in full or not at all: a line that looks like an entry
/// but was not read would be missing from every generated file, so `regen` (and `check`) refuse it
/// before anything is written.
fn read_in_full(root: &Path) -> Result<(), String> {
    let document = files::read_text(&root.join(codegen::DOCUMENT))?;
    let registry = files::read_text(&root.join(codegen::REGISTRY))?;
    let merged = statuskit_spec::build(
        statuskit_spec::Source::new(codegen::DOCUMENT, &document),
        statuskit_spec::Source::new(codegen::REGISTRY, &registry),
    );
    // Errors are codegen's to report, with everything else it checks.
    let Ok(merged) = merged else {
        return Ok(());
    };
    if merged.unread.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = merged.unread.iter().map(ToString::to_string).collect();
    Err(format!(
        "{}\n{} looks like an entry but was not read; write it as the warning says. Nothing was written.",
        lines.join("\n"),
        if lines.len() == 1 {
            "a line of the document"
        } else {
            "lines of the document"
        }
    ))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn regen_refuses_a_document_with_a_line_it_did_not_read() {
        let root = std::env::temp_dir().join(format!("statuskit-unread-{}", std::process::id()));
        fs::create_dir_all(root.join("spec")).unwrap();
        let project = files::project_root();
        fs::copy(
            project.join(codegen::REGISTRY),
            root.join(codegen::REGISTRY),
        )
        .unwrap();
        let document = fs::read_to_string(project.join(codegen::DOCUMENT)).unwrap();
        fs::write(root.join(codegen::DOCUMENT), &document).unwrap();
        assert_eq!(read_in_full(&root), Ok(()));

        let edited = format!("{document}\n410 Gone 리소스가 영구히 사라졌다.\n");
        fs::write(root.join(codegen::DOCUMENT), &edited).unwrap();
        let error = read_in_full(&root).unwrap_err();
        let line = edited.lines().count();
        assert!(
            error.starts_with(&format!(
                "spec/status-codes.md:{line}:1: warning: this looks like an entry for 410"
            )),
            "{error}"
        );
        assert!(error.ends_with("Nothing was written."), "{error}");
        fs::remove_dir_all(root).unwrap();
    }
}
