//! statuskit's build tasks: `cargo xtask regen | check | spec FILE | test | bench-compile`.

mod bench_compile;
mod codegen;
mod docs;
mod files;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use files::Mode;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  regen                   parse spec/status-codes.md with spec/registry.txt and write every generated file
  check                   fail, listing them, when generated files differ from what regen would write
  spec FILE [--registry REGISTRY]
                          print the structured spec of any Markdown file as JSON; write nothing
  docs                    build statuskit's docs with every feature and warnings denied, and check that
                          the Status page links the statuses each entry mentions
  test [ARGS]             install the OpenAPI validator if missing, then `cargo test --workspace ARGS`
  bench-compile [--runs N] [--variants N] [--cold-runs N] [--no-write]
                          time building 1,000 derived error variants against the same written by
                          hand; write the medians to BENCHMARKS.md
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("regen") if args.len() == 1 => codegen::run(Mode::Write),
        Some("check") if args.len() == 1 => codegen::run(Mode::Check),
        Some("spec") => spec(&args[1..]),
        Some("docs") if args.len() == 1 => docs::run(),
        Some("test") => test::run(&args[1..]),
        Some("bench-compile") => bench_compile::run(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
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

/// `cargo xtask spec FILE [--registry REGISTRY]`: the JSON of any document, on stdout.
fn spec(args: &[String]) -> Result<(), String> {
    let (file, registry) = match args {
        [file] => (PathBuf::from(file), project_root().join(codegen::REGISTRY)),
        [file, flag, registry] if flag == "--registry" => {
            (PathBuf::from(file), PathBuf::from(registry))
        }
        _ => {
            return Err(format!(
                "expected `spec FILE [--registry REGISTRY]`\n\n{USAGE}"
            ));
        }
    };
    let merged = codegen::build_spec(&file, &registry)?;
    for warning in &merged.warnings {
        eprintln!("{warning}");
    }
    print!("{}", codegen::json::generate(&merged.spec)?);
    Ok(())
}

/// The workspace root, whatever directory cargo was started from.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace root")
        .to_path_buf()
}
