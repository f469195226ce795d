//! `cargo xtask bench-compile`: what `#[derive(HttpError)]` costs at compile time.
//!
//! Generates a scratch workspace with one crate per flavour of the same 1,000 error variants
//! (enums of 20): derived; hand-written exactly as the derive expands under statuskit's default
//! features (the equivalent impl, the baseline of the ≤ 1.15 target); and hand-written with
//! `status()` alone, the least a person might write. Dependencies are built once; then each crate is rebuilt
//! from a touched `lib.rs` several times, interleaved so machine noise hits all alike, and the
//! medians go to the `## Compile time of #[derive(HttpError)]` section of `BENCHMARKS.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};
use std::{env, fs};

const SECTION: &str = "## Compile time of #[derive(HttpError)]";
const USAGE: &str =
    "usage: cargo xtask bench-compile [--runs N] [--variants N] [--check] [--no-write]";

/// Statuses the generated variants cycle through: all errors, mostly 4xx like real APIs. A 401
/// must send `WWW-Authenticate`, so its variants carry `#[header("WWW-Authenticate", "Bearer")]`
/// and the expansion written by hand has the same `headers()` arm; the bare `status()` crate has
/// no `headers()`, as such a person's code would not.
const STATUSES: &[(u16, &str)] = &[
    (400, "BadRequest"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "NotFound"),
    (409, "Conflict"),
    (410, "Gone"),
    (422, "UnprocessableContent"),
    (429, "TooManyRequests"),
    (500, "InternalServerError"),
    (502, "BadGateway"),
    (503, "ServiceUnavailable"),
];

/// Variants per enum, as the issue fixes it.
const ENUM_SIZE: usize = 20;

struct Options {
    runs: usize,
    variants: usize,
    /// `cargo check` instead of `cargo build`.
    check: bool,
    write: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Flavour {
    Derive,
    /// What the derive expands to under statuskit's default features, written out: the
    /// equivalent hand-written impl.
    Expanded,
    /// Only `status()`: the least a person would write.
    StatusOnly,
}

impl Flavour {
    const ALL: [Flavour; 3] = [Flavour::Derive, Flavour::Expanded, Flavour::StatusOnly];

    fn package(self) -> &'static str {
        match self {
            Flavour::Derive => "bench-derive",
            Flavour::Expanded => "bench-expanded",
            Flavour::StatusOnly => "bench-status-only",
        }
    }
}

pub(crate) fn run(args: &[String]) -> Result<(), String> {
    let options = parse_args(args)?;
    let root = crate::project_root();
    let target = match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root.join("target"),
    };
    let scratch = target.join("bench-compile");
    write_workspace(&root, &scratch, options.variants)?;
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let verb = if options.check { "check" } else { "build" };

    eprintln!(
        "bench-compile: building dependencies in {}",
        scratch.display()
    );
    for flavour in Flavour::ALL {
        cargo_run(&cargo, &scratch, verb, flavour.package())?;
    }

    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); Flavour::ALL.len()];
    for run in 0..options.runs {
        // Rotate the order each run so no flavour always follows the same one.
        for offset in 0..Flavour::ALL.len() {
            let index = (run + offset) % Flavour::ALL.len();
            let flavour = Flavour::ALL[index];
            touch(&scratch.join(flavour.package()).join("src/lib.rs"))?;
            let started = Instant::now();
            cargo_run(&cargo, &scratch, verb, flavour.package())?;
            times[index].push(started.elapsed());
        }
        eprintln!("bench-compile: run {} of {} done", run + 1, options.runs);
    }

    let medians: Vec<Duration> = times.iter_mut().map(|runs| median(runs)).collect();
    let report = report(&options, verb, &medians, &times);
    print!("{report}");
    if options.write {
        write_section(&root.join("BENCHMARKS.md"), &report)?;
        eprintln!("bench-compile: wrote the section to BENCHMARKS.md");
    }
    Ok(())
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        runs: 11,
        variants: 1000,
        check: false,
        write: true,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<usize, String> {
            let value = args
                .next()
                .ok_or_else(|| format!("{name} needs a number\n{USAGE}"))?;
            match value.parse() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(format!(
                    "{name} needs a positive number, not `{value}`\n{USAGE}"
                )),
            }
        };
        match arg.as_str() {
            "--runs" => options.runs = number("--runs")?,
            "--variants" => options.variants = number("--variants")?,
            "--check" => options.check = true,
            "--no-write" => options.write = false,
            _ => return Err(format!("unknown argument `{arg}`\n{USAGE}")),
        }
    }
    Ok(options)
}

/// The scratch workspace: one member per flavour, pinned to the project's lock file.
fn write_workspace(root: &Path, scratch: &Path, variants: usize) -> Result<(), String> {
    let members: Vec<String> = Flavour::ALL
        .iter()
        .map(|f| format!("{:?}", f.package()))
        .collect();
    let manifest = format!(
        "# Written by `cargo xtask bench-compile`; scratch space, safe to delete.\n\
         [workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        members.join(", ")
    );
    write(&scratch.join("Cargo.toml"), &manifest)?;
    // Same dependency versions as the project, so the figures describe what users build.
    let lock = scratch.join("Cargo.lock");
    if !lock.exists() {
        fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    let statuskit = root.join("crates/statuskit");
    for flavour in Flavour::ALL {
        let dir = scratch.join(flavour.package());
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatuskit = {{ path = {:?} }}\n",
            flavour.package(),
            statuskit.display().to_string()
        );
        write(&dir.join("Cargo.toml"), &manifest)?;
        write(&dir.join("src/lib.rs"), &source(flavour, variants))?;
    }
    Ok(())
}

/// The crate: `variants` variants in enums of `ENUM_SIZE`, each enum with its `Display`.
fn source(flavour: Flavour, variants: usize) -> String {
    let mut out =
        String::from("//! Generated by `cargo xtask bench-compile`.\n#![allow(dead_code)]\n\n");
    let enums = variants.div_ceil(ENUM_SIZE);
    for e in 0..enums {
        let size = ENUM_SIZE.min(variants - e * ENUM_SIZE);
        let shapes: Vec<Shape> = (0..size)
            .map(|v| {
                let n = e * ENUM_SIZE + v;
                let (fields, pattern) = match n % 3 {
                    0 => ("", ""),
                    1 => ("(String)", "(..)"),
                    _ => (" { id: u64, reason: &'static str }", " { .. }"),
                };
                Shape {
                    name: format!("Variant{n}"),
                    fields,
                    pattern,
                    // Every fifth variant relies on the enum-level default.
                    status: (n % 5 != 4).then(|| STATUSES[n % STATUSES.len()]),
                }
            })
            .collect();
        if flavour == Flavour::Derive {
            out.push_str("#[derive(Debug, statuskit::HttpError)]\n#[status(500)]\n");
        } else {
            out.push_str("#[derive(Debug)]\n");
        }
        let _ = writeln!(out, "pub enum Error{e} {{");
        for shape in &shapes {
            if let (Flavour::Derive, Some((code, _))) = (flavour, shape.status) {
                let _ = writeln!(out, "    #[status({code})]");
                if code == 401 {
                    let _ = writeln!(out, "    #[header(\"WWW-Authenticate\", \"Bearer\")]");
                }
            }
            let _ = writeln!(out, "    {}{},", shape.name, shape.fields);
        }
        out.push_str("}\n\n");
        let _ = writeln!(
            out,
            "impl core::fmt::Display for Error{e} {{\n    \
             fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        \
             f.write_str(\"error\")\n    }}\n}}\n"
        );
        // Error types are `Error`s (thiserror's job in real code), so `as_error` answers `Some`.
        let _ = writeln!(out, "impl core::error::Error for Error{e} {{}}\n");
        if flavour == Flavour::Derive {
            continue;
        }
        let _ = writeln!(
            out,
            "impl statuskit::HttpError for Error{e} {{\n    \
             fn status(&self) -> statuskit::Status {{\n        match self {{"
        );
        for Shape {
            name,
            pattern,
            status,
            ..
        } in &shapes
        {
            let variant = status.map_or("InternalServerError", |(_, variant)| variant);
            let _ = writeln!(
                out,
                "            Self::{name}{pattern} => statuskit::Status::{variant},"
            );
        }
        out.push_str("        }\n    }\n");
        if flavour == Flavour::Expanded {
            expanded_hooks(&mut out, &shapes);
        }
        out.push_str("}\n\n");
    }
    out
}

/// The rest of the derive's expansion under statuskit's default features: `headers()` for the
/// 401 variants (when the enum has one) and `as_error`. No `impl_responses!`: the derive emits
/// it only with statuskit's `axum` or `actix-web` feature.
fn expanded_hooks(out: &mut String, shapes: &[Shape]) {
    let unauthorized: Vec<&Shape> = shapes
        .iter()
        .filter(|shape| matches!(shape.status, Some((401, _))))
        .collect();
    if !unauthorized.is_empty() {
        out.push_str("\n    fn headers(&self, sink: &mut dyn statuskit::HeaderSink) {\n        match self {\n");
        for shape in unauthorized {
            let _ = writeln!(
                out,
                "            Self::{} {{ .. }} => {{\n                \
                 sink.header(\"WWW-Authenticate\", statuskit::HeaderValue::Static(\"Bearer\"));\n            \
                 }}",
                shape.name
            );
        }
        out.push_str("            _ => {}\n        }\n    }\n");
    }
    out.push_str(
        "\n    fn as_error(&self) -> Option<&dyn core::error::Error> {\n        \
         statuskit::__private::as_error!(self)\n    }\n",
    );
}

/// One generated variant.
struct Shape {
    name: String,
    /// What follows the name in the declaration: nothing, `(String)` or `{ … }`.
    fields: &'static str,
    /// The same, as a match pattern.
    pattern: &'static str,
    /// Its own status, or `None` for the enum-level default.
    status: Option<(u16, &'static str)>,
}

fn cargo_run(
    cargo: &std::ffi::OsStr,
    scratch: &Path,
    verb: &str,
    package: &str,
) -> Result<(), String> {
    let output = Command::new(cargo)
        .args([verb, "--quiet", "--package", package])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        // Incremental reuse would skip most of the hand-written crates' work but never the
        // macro's expansion; measure whole-crate compiles, as a fresh checkout or CI sees them.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`cargo {verb} -p {package}` failed in {}:\n{}",
            scratch.display(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Marks `lib.rs` changed, so cargo rebuilds that crate and nothing else.
fn touch(path: &Path) -> Result<(), String> {
    let file = fs::File::options()
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.set_modified(SystemTime::now())
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    // Rewriting an unchanged file would only bump its mtime; keep dependencies' fingerprints.
    if fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

fn median(runs: &mut [Duration]) -> Duration {
    runs.sort();
    match runs.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => runs[n / 2],
        n => (runs[n / 2 - 1] + runs[n / 2]) / 2,
    }
}

fn report(options: &Options, verb: &str, medians: &[Duration], times: &[Vec<Duration>]) -> String {
    let seconds = |d: Duration| format!("{:.2} s", d.as_secs_f64());
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let (derive, expanded, status_only) = (medians[0], medians[1], medians[2]);
    let mut out = String::new();
    let _ = writeln!(out, "{SECTION}\n");
    let _ = writeln!(
        out,
        "{} error variants in enums of {ENUM_SIZE} (unit, tuple and struct variants; every fifth\n\
         takes the enum-level default; statuses 400, 401, 403, 404, 409, 410, 422, 429, 500, 502,\n\
         503 in turn, each 401 with `#[header(\"WWW-Authenticate\", \"Bearer\")]`, which that status\n\
         requires), each enum `Display` and `Error`; rebuilt from a touched `lib.rs` with warm\n\
         dependencies and without incremental compilation, {} runs per crate, interleaved; dev\n\
         profile, `cargo {verb}`, statuskit's default features. Machine: 2 cores shared with other\n\
         work, so compare the ratios of one run.\n",
        options.variants, options.runs
    );
    let mut command = String::from("cargo xtask bench-compile");
    if options.runs != 11 {
        let _ = write!(command, " --runs {}", options.runs);
    }
    if options.variants != 1000 {
        let _ = write!(command, " --variants {}", options.variants);
    }
    if options.check {
        command.push_str(" --check");
    }
    let _ = writeln!(out, "```sh\n{command}\n```\n");
    let _ = writeln!(out, "| crate | median | all runs, sorted |\n|---|---|---|");
    let names = [
        "`#[derive(HttpError)]`",
        "hand-written equivalent: the derive's expansion (`status`, `headers` for the 401s, `as_error`)",
        "hand-written, `status()` only",
    ];
    for ((name, median), runs) in names.iter().zip(medians).zip(times) {
        let all: Vec<String> = runs
            .iter()
            .map(|d| format!("{:.2}", d.as_secs_f64()))
            .collect();
        let _ = writeln!(
            out,
            "| {name} | {} | {} |",
            seconds(*median),
            all.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "\n**derive / hand-written equivalent: {:.2}** (the target, ≤ 1.15); derive / `status()`\n\
         only: {:.2}.\n",
        ratio(derive, expanded),
        ratio(derive, status_only)
    );
    out.push_str(
        "The ≤ 1.15 target is measured against the hand-written equivalent: an impl that gives the\n\
         same functionality under the same features, here the derive's expansion under statuskit's\n\
         default features (`status()`, the 401s' `headers()`, `as_error` answering `Some(self)`),\n\
         so the ratio is the price of the macro itself (parsing, checking every attribute against\n\
         the spec table, quoting). The derive emits nothing for features that are off: the axum and\n\
         actix-web impls only with those features, `utoipa::IntoResponses` only with `utoipa`, and\n\
         the equivalent then grows by the same impls. The second ratio, against a bare `status()`\n\
         (no required header, no `as_error`), is less code than the derive's, not the same\n\
         functionality, and is given for scale. At run time there is no difference: the derived\n\
         `status()` is the `match self { Self::V(..) => Status::NotFound, .. }` a person would\n\
         write.\n",
    );
    out
}

/// Replaces this benchmark's section of `BENCHMARKS.md`, or appends it; other sections stay.
fn write_section(path: &Path, section: &str) -> Result<(), String> {
    // Read right before writing: others edit their own sections of this file.
    let old = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::from("# Benchmarks\n"),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let new = match old.find(SECTION) {
        Some(start) => {
            let rest = &old[start + SECTION.len()..];
            let end = rest
                .find("\n## ")
                .map_or(old.len(), |i| start + SECTION.len() + i + 1);
            format!(
                "{}{section}{}{}",
                &old[..start],
                if end < old.len() { "\n" } else { "" },
                &old[end..]
            )
        }
        None => format!(
            "{}\n{section}",
            old.trim_end_matches('\n').to_owned() + "\n"
        ),
    };
    fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_have_the_requested_variants() {
        for flavour in Flavour::ALL {
            let source = source(flavour, 45);
            assert_eq!(source.matches("pub enum").count(), 3);
            assert!(source.contains("Variant44"));
            assert!(!source.contains("Variant45"));
        }
        assert_eq!(
            source(Flavour::Derive, 20).matches("#[status(").count(),
            1 + 16
        );
        // The derived crate and its equivalent send the same required headers.
        let headers = |flavour| source(flavour, 100).matches("\"WWW-Authenticate\"").count();
        assert!(headers(Flavour::Derive) > 0);
        assert_eq!(headers(Flavour::Derive), headers(Flavour::Expanded));
        assert_eq!(headers(Flavour::StatusOnly), 0);
    }

    #[test]
    fn section_replacement_keeps_other_sections() {
        let dir = env::temp_dir().join(format!("bench-compile-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("BENCHMARKS.md");
        fs::write(&path, "# Benchmarks\n\n## A\n\na\n").unwrap();
        write_section(&path, &format!("{SECTION}\n\nfirst\n")).unwrap();
        write_section(&path, &format!("{SECTION}\n\nsecond\n")).unwrap();
        fs::write(&path, fs::read_to_string(&path).unwrap() + "\n## Z\n\nz\n").unwrap();
        write_section(&path, &format!("{SECTION}\n\nthird\n")).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            format!("# Benchmarks\n\n## A\n\na\n\n{SECTION}\n\nthird\n\n## Z\n\nz\n")
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn median_of_even_and_odd_counts() {
        let ms = Duration::from_millis;
        assert_eq!(median(&mut [ms(3), ms(1), ms(2)]), ms(2));
        assert_eq!(
            median(&mut [ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
    }
}
