//! `cargo xtask bench-compile`: what `#[derive(HttpError)]` costs to build, next to thiserror's
//! `#[derive(Error)]`, under the statuskit features users turn on.
//!
//! For each feature set (default, `axum`, `actix-web`, `axum,utoipa`) a scratch workspace holds
//! three crates with the same error enums: `baseline` writes `Display`, `Error` and `status()`
//! by hand; `thiserror` derives `Display` and `Error` instead; `derive` derives `HttpError`
//! instead of the hand `status()`. What a derive adds is its crate's time less the baseline's.
//! Dependencies are built once; then every crate is rebuilt from a touched `lib.rs`, all crates
//! of all sets interleaved in each run, and timed in CPU seconds (user + system of cargo and
//! rustc, which a busy second core disturbs far less than wall time); the minimum of the runs
//! estimates each. A second part times cold builds of a crate depending on statuskit against
//! one depending on what it would otherwise use. The report replaces the `## Compile time of
//! #[derive(HttpError)]` section of `BENCHMARKS.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};
use std::{env, fs};

const SECTION: &str = "## Compile time of #[derive(HttpError)]";
const USAGE: &str =
    "usage: cargo xtask bench-compile [--runs N] [--variants N] [--cold-runs N] [--no-write]";

/// Statuses the generated variants cycle through: errors, mostly 4xx as in real APIs, none
/// that requires a header (the hand-written `status()` it replaces sends none).
const STATUSES: &[(u16, &str)] = &[
    (400, "BadRequest"),
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

/// The statuskit feature sets measured: a name and the `features` list of the dependency.
const FEATURE_SETS: [(&str, &[&str]); 4] = [
    ("default", &[]),
    ("axum", &["axum"]),
    ("actix-web", &["actix-web"]),
    ("axum,utoipa", &["axum", "utoipa"]),
];

struct Options {
    runs: usize,
    variants: usize,
    cold_runs: usize,
    write: bool,
}

/// The three crates of a feature set.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Flavour {
    /// `Display`, `Error` and `status()` by hand.
    Baseline,
    /// thiserror's derive instead of the hand `Display` and `Error`.
    Thiserror,
    /// `#[derive(HttpError)]` instead of the hand `status()`.
    Derive,
}

impl Flavour {
    const ALL: [Flavour; 3] = [Flavour::Baseline, Flavour::Thiserror, Flavour::Derive];

    fn package(self) -> &'static str {
        match self {
            Flavour::Baseline => "bench-baseline",
            Flavour::Thiserror => "bench-thiserror",
            Flavour::Derive => "bench-derive",
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
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let clock_ticks = clock_ticks();

    let sets: Vec<PathBuf> = FEATURE_SETS
        .iter()
        .map(|(name, _)| scratch.join(name.replace(',', "-")))
        .collect();
    for ((_, features), dir) in FEATURE_SETS.iter().zip(&sets) {
        write_workspace(&root, dir, features, options.variants)?;
        eprintln!("bench-compile: building dependencies in {}", dir.display());
        for flavour in Flavour::ALL {
            build(&cargo, dir, flavour.package(), clock_ticks)?;
        }
    }

    // times[set][flavour]: every run's cost.
    let mut times = vec![vec![Vec::new(); Flavour::ALL.len()]; FEATURE_SETS.len()];
    let builds: Vec<(usize, usize)> = (0..FEATURE_SETS.len())
        .flat_map(|set| (0..Flavour::ALL.len()).map(move |flavour| (set, flavour)))
        .collect();
    for run in 0..options.runs {
        // Rotate the order each run so no crate always follows the same one.
        for offset in 0..builds.len() {
            let (set, flavour) = builds[(run + offset) % builds.len()];
            let package = Flavour::ALL[flavour].package();
            touch(&sets[set].join(package).join("src/lib.rs"))?;
            times[set][flavour].push(build(&cargo, &sets[set], package, clock_ticks)?);
        }
        eprintln!("bench-compile: run {} of {} done", run + 1, options.runs);
    }

    let cold = if options.cold_runs > 0 {
        cold_builds(
            &root,
            &scratch.join("cold"),
            &cargo,
            clock_ticks,
            options.cold_runs,
        )?
    } else {
        Vec::new()
    };

    let report = report(&options, &times, &cold);
    print!("{report}");
    if options.write {
        write_section(&root.join("BENCHMARKS.md"), &report)?;
        eprintln!("bench-compile: wrote the section to BENCHMARKS.md");
    }
    Ok(())
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        runs: 7,
        variants: 2000,
        cold_runs: 5,
        write: true,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str, zero: bool| -> Result<usize, String> {
            let value = args
                .next()
                .ok_or_else(|| format!("{name} needs a number\n{USAGE}"))?;
            match value.parse() {
                Ok(n) if n > 0 || zero => Ok(n),
                _ => Err(format!(
                    "{name} needs a positive number, not `{value}`\n{USAGE}"
                )),
            }
        };
        match arg.as_str() {
            "--runs" => options.runs = number("--runs", false)?,
            "--variants" => options.variants = number("--variants", false)?,
            "--cold-runs" => options.cold_runs = number("--cold-runs", true)?,
            "--no-write" => options.write = false,
            _ => return Err(format!("unknown argument `{arg}`\n{USAGE}")),
        }
    }
    Ok(options)
}

/// A scratch workspace: one member per flavour, depending on statuskit with `features`, pinned
/// to the project's lock file so the figures describe what users build.
fn write_workspace(
    root: &Path,
    scratch: &Path,
    features: &[&str],
    variants: usize,
) -> Result<(), String> {
    let members: Vec<String> = Flavour::ALL
        .iter()
        .map(|f| format!("{:?}", f.package()))
        .collect();
    write_manifest_and_lock(root, scratch, &members)?;
    let features: Vec<String> = features.iter().map(|f| format!("{f:?}")).collect();
    let statuskit = format!(
        "statuskit = {{ path = {:?}, features = [{}] }}",
        root.join("crates/statuskit").display().to_string(),
        features.join(", ")
    );
    for flavour in Flavour::ALL {
        let thiserror = if flavour == Flavour::Thiserror {
            "thiserror = \"2\"\n"
        } else {
            ""
        };
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{statuskit}\n{thiserror}",
            flavour.package(),
        );
        let dir = scratch.join(flavour.package());
        write(&dir.join("Cargo.toml"), &manifest)?;
        write(&dir.join("src/lib.rs"), &source(flavour, variants))?;
    }
    Ok(())
}

fn write_manifest_and_lock(root: &Path, scratch: &Path, members: &[String]) -> Result<(), String> {
    let manifest = format!(
        "# Written by `cargo xtask bench-compile`; scratch space, safe to delete.\n\
         [workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        members.join(", ")
    );
    write(&scratch.join("Cargo.toml"), &manifest)?;
    let lock = scratch.join("Cargo.lock");
    if !lock.exists() {
        fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    Ok(())
}

/// One generated variant: its number, its field's type, its own status (`None` for the enum's
/// default).
type Variant = (usize, &'static str, Option<(u16, &'static str)>);

/// The crate: `variants` tuple variants in enums of `ENUM_SIZE`; what each flavour writes by
/// hand and what it derives is in the module docs.
fn source(flavour: Flavour, variants: usize) -> String {
    let mut out =
        String::from("//! Generated by `cargo xtask bench-compile`.\n#![allow(dead_code)]\n\n");
    let enums = variants.div_ceil(ENUM_SIZE);
    for e in 0..enums {
        let size = ENUM_SIZE.min(variants - e * ENUM_SIZE);
        let variants: Vec<Variant> = (0..size)
            .map(|v| {
                let n = e * ENUM_SIZE + v;
                let field = if n.is_multiple_of(2) { "u64" } else { "String" };
                // Every fifth variant takes the enum-level default (500).
                let status = (n % 5 != 4).then(|| STATUSES[n % STATUSES.len()]);
                (n, field, status)
            })
            .collect();
        let derives = match flavour {
            Flavour::Baseline => "Debug",
            Flavour::Thiserror => "Debug, thiserror::Error",
            Flavour::Derive => "Debug, statuskit::HttpError",
        };
        let _ = writeln!(out, "#[derive({derives})]");
        if flavour == Flavour::Derive {
            out.push_str("#[status(500)]\n");
        }
        let _ = writeln!(out, "pub enum Error{e} {{");
        for (n, field, status) in &variants {
            match (flavour, status) {
                (Flavour::Thiserror, _) => {
                    let _ = writeln!(out, "    #[error(\"step {n} failed: {{0}}\")]");
                }
                (Flavour::Derive, Some((code, _))) => {
                    let _ = writeln!(out, "    #[status({code})]");
                }
                _ => {}
            }
            let _ = writeln!(out, "    Variant{n}({field}),");
        }
        out.push_str("}\n\n");
        if flavour != Flavour::Thiserror {
            // What thiserror's derive writes, by hand.
            let _ = writeln!(
                out,
                "impl core::fmt::Display for Error{e} {{\n    \
                 fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{\n        \
                 match self {{"
            );
            for (n, _, _) in &variants {
                let _ = writeln!(
                    out,
                    "            Self::Variant{n}(value) => write!(f, \"step {n} failed: {{value}}\"),"
                );
            }
            out.push_str("        }\n    }\n}\n\n");
            let _ = writeln!(out, "impl core::error::Error for Error{e} {{}}\n");
        }
        if flavour != Flavour::Derive {
            let _ = writeln!(
                out,
                "impl statuskit::HttpError for Error{e} {{\n    \
                 fn status(&self) -> statuskit::Status {{\n        match self {{"
            );
            for (n, _, status) in &variants {
                let variant = status.map_or("InternalServerError", |(_, variant)| variant);
                let _ = writeln!(
                    out,
                    "            Self::Variant{n}(..) => statuskit::Status::{variant},"
                );
            }
            out.push_str("        }\n    }\n}\n\n");
        }
    }
    out
}

/// The crates of the cold builds, each built from an empty target directory: a name, its
/// dependencies and its source, which uses them the way an error type would.
const COLD: [(&str, &str, &str); 4] = [
    (
        "cold-thiserror",
        "thiserror = \"2\"",
        "#[derive(Debug, thiserror::Error)]\npub enum E { #[error(\"missing {0}\")] Missing(u64) }\n",
    ),
    (
        "cold-statuskit",
        "statuskit = { path = \"@STATUSKIT@\" }",
        "#[derive(Debug, statuskit::HttpError)]\npub enum E { #[status(404)] Missing(u64) }\n\
         impl core::fmt::Display for E {\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str(\"missing\") }\n}\n",
    ),
    (
        "cold-axum-core",
        "axum-core = \"0.5\"\nhttp = \"1\"\nserde_json = \"1\"\nthiserror = \"2\"",
        "#[derive(Debug, thiserror::Error)]\npub enum E { #[error(\"missing {0}\")] Missing(u64) }\n\
         impl axum_core::response::IntoResponse for E {\n    fn into_response(self) -> axum_core::response::Response {\n        \
         let body = serde_json::json!({ \"title\": \"Not Found\", \"detail\": self.to_string() });\n        \
         let mut response = axum_core::response::Response::new(axum_core::body::Body::from(body.to_string()));\n        \
         *response.status_mut() = http::StatusCode::NOT_FOUND;\n        response\n    }\n}\n",
    ),
    (
        "cold-statuskit-axum",
        "statuskit = { path = \"@STATUSKIT@\", features = [\"axum\"] }",
        "#[derive(Debug, statuskit::HttpError)]\npub enum E { #[status(404)] Missing(u64) }\n\
         impl core::fmt::Display for E {\n    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str(\"missing\") }\n}\n",
    ),
];

/// Cold builds of each `COLD` crate, `runs` times each, interleaved; every build starts from an
/// empty target directory of its own (the registry is warm, as after a first `cargo fetch`).
fn cold_builds(
    root: &Path,
    scratch: &Path,
    cargo: &std::ffi::OsStr,
    clock_ticks: u64,
    runs: usize,
) -> Result<Vec<Vec<Duration>>, String> {
    let members: Vec<String> = COLD.iter().map(|(name, ..)| format!("{name:?}")).collect();
    write_manifest_and_lock(root, scratch, &members)?;
    let statuskit = root.join("crates/statuskit").display().to_string();
    for (name, dependencies, source) in COLD {
        let dependencies = dependencies.replace("@STATUSKIT@", &statuskit);
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{dependencies}\n"
        );
        write(&scratch.join(name).join("Cargo.toml"), &manifest)?;
        write(&scratch.join(name).join("src/lib.rs"), source)?;
    }
    let mut costs = vec![Vec::new(); COLD.len()];
    for run in 0..runs {
        for offset in 0..COLD.len() {
            let index = (run + offset) % COLD.len();
            let name = COLD[index].0;
            let target = scratch.join("target").join(name);
            if target.exists() {
                fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
            }
            costs[index].push(build_in(cargo, scratch, name, &target, clock_ticks)?);
        }
        eprintln!("bench-compile: cold run {} of {runs} done", run + 1);
    }
    Ok(costs)
}

/// `cargo build -p package` in the feature set's workspace `dir`, timed. Every set shares one
/// target directory beside them: dependencies common to the sets are built once.
fn build(
    cargo: &std::ffi::OsStr,
    dir: &Path,
    package: &str,
    clock_ticks: u64,
) -> Result<Duration, String> {
    let shared = dir.parent().unwrap_or(dir).join("target");
    build_in(cargo, dir, package, &shared, clock_ticks)
}

fn build_in(
    cargo: &std::ffi::OsStr,
    scratch: &Path,
    package: &str,
    target: &Path,
    clock_ticks: u64,
) -> Result<Duration, String> {
    let cpu_before = children_cpu(clock_ticks)?;
    let output = Command::new(cargo)
        .args(["build", "--quiet", "--package", package])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", target)
        // Incremental reuse would skip most of the hand-written crates' work but never the
        // macro's expansion; measure whole-crate compiles, as a fresh checkout or CI sees them.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let cpu = children_cpu(clock_ticks)?.saturating_sub(cpu_before);
    if output.status.success() {
        Ok(cpu)
    } else {
        Err(format!(
            "`cargo build -p {package}` failed in {}:\n{}",
            scratch.display(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// The CPU time (user + system) of this process's waited-for children and theirs: cargo and
/// every rustc it ran, read from `/proc/self/stat` (`cutime`, `cstime`).
fn children_cpu(clock_ticks: u64) -> Result<Duration, String> {
    let stat = fs::read_to_string("/proc/self/stat")
        .map_err(|e| format!("bench-compile measures CPU time through /proc/self/stat: {e}"))?;
    // The command name, in parentheses, may hold spaces: count fields after its end.
    let after_name = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .ok_or("unexpected /proc/self/stat")?;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 16 and 17 of stat(5) are the 14th and 15th after the name.
    let ticks = |index: usize| -> Result<u64, String> {
        fields
            .get(index)
            .and_then(|field| field.parse().ok())
            .ok_or_else(|| "unexpected /proc/self/stat".to_owned())
    };
    let total = ticks(13)? + ticks(14)?;
    Ok(Duration::from_secs_f64(total as f64 / clock_ticks as f64))
}

/// Clock ticks per second of `/proc` times (`getconf CLK_TCK`; 100 on every Linux seen).
fn clock_ticks() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(100)
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

/// The estimator: the fewest CPU seconds a build took, which noise can only add to.
fn min_cpu(costs: &[Duration]) -> Duration {
    costs.iter().copied().min().unwrap_or(Duration::ZERO)
}

fn report(options: &Options, times: &[Vec<Vec<Duration>>], cold: &[Vec<Duration>]) -> String {
    let secs = |d: Duration| format!("{:.2}", d.as_secs_f64());
    let runs = |costs: &[Duration]| {
        let mut cpu = costs.to_vec();
        cpu.sort();
        cpu.iter().map(|d| secs(*d)).collect::<Vec<_>>().join(", ")
    };
    let mut out = String::new();
    let _ = writeln!(out, "{SECTION}\n");
    let _ = writeln!(
        out,
        "{} tuple variants in enums of {ENUM_SIZE}, each enum `Display` and `Error`; every fifth\n\
         variant takes the enum's default 500, the rest cycle through 400, 403, 404, 409, 410, 422,\n\
         429, 500, 502, 503. Per statuskit feature set, three crates: `baseline` writes `Display`,\n\
         `Error` and `status()` by hand; `thiserror` derives `Display` and `Error` instead;\n\
         `derive` derives `HttpError` instead of the hand `status()`. Each crate is rebuilt from a\n\
         touched `lib.rs` with warm dependencies and no incremental compilation, {} runs, all crates\n\
         of all sets interleaved in every run; dev profile, `cargo build`. Cost is CPU seconds\n\
         (user + system of cargo and every rustc, from `/proc/self/stat`), estimated by the\n\
         minimum of the runs: noise from the machine's other core only adds to a run. The host's\n\
         own speed still moves between whole runs: on an otherwise idle machine the minimum of\n\
         one crate moved by up to 0.24 s (`baseline`, default features: 0.88 to 1.12 s over four\n\
         runs) where single runs moved by 0.5 s. A derive adds about 0.3 s, so one ratio moved by\n\
         up to 1.0 between those runs (default features: 0.10 to 1.10); read each with that margin.\n",
        options.variants, options.runs
    );
    let mut command = String::from("cargo xtask bench-compile");
    if options.runs != 7 {
        let _ = write!(command, " --runs {}", options.runs);
    }
    if options.variants != 2000 {
        let _ = write!(command, " --variants {}", options.variants);
    }
    if options.cold_runs != 5 {
        let _ = write!(command, " --cold-runs {}", options.cold_runs);
    }
    let _ = writeln!(out, "```sh\n{command}\n```\n");
    let _ = writeln!(
        out,
        "| statuskit features | thiserror's derive adds | `#[derive(HttpError)]` adds | **ratio** | target |\n\
         |---|---|---|---|---|"
    );
    for ((name, _), set) in FEATURE_SETS.iter().zip(times) {
        let [baseline, thiserror, derive] = [0, 1, 2].map(|f| min_cpu(&set[f]));
        let thiserror_adds = thiserror.saturating_sub(baseline);
        let derive_adds = derive.saturating_sub(baseline);
        let target = match *name {
            "default" => "≤ 1.0",
            "axum,utoipa" => "≤ 2.0",
            _ => "≤ 1.5",
        };
        // Below the clock's resolution a ratio means nothing.
        let ratio = if thiserror_adds >= Duration::from_millis(20) {
            format!(
                "**{:.2}**",
                derive_adds.as_secs_f64() / thiserror_adds.as_secs_f64()
            )
        } else {
            "n/a (too small to time)".to_owned()
        };
        let _ = writeln!(
            out,
            "| {name} | {} s | {} s | {ratio} | {target} |",
            secs(thiserror_adds),
            secs(derive_adds),
        );
    }
    let _ = writeln!(
        out,
        "\nEvery run, CPU seconds, sorted:\n\n| statuskit features | crate | runs |\n|---|---|---|"
    );
    for ((name, _), set) in FEATURE_SETS.iter().zip(times) {
        for (flavour, costs) in Flavour::ALL.iter().zip(set) {
            let _ = writeln!(
                out,
                "| {name} | `{}` | {} |",
                flavour.package(),
                runs(costs)
            );
        }
    }
    if !cold.is_empty() {
        let _ = writeln!(
            out,
            "\nCold builds: a crate with one error type, built from an empty target directory (the\n\
             registry warm), {} runs each, interleaved; CPU seconds, minimum of the runs.\n\n\
             | crate depends on | CPU | runs | **ratio** (target ≤ 1.15) |\n|---|---|---|---|",
            options.cold_runs
        );
        let labels = [
            "thiserror",
            "statuskit (default features)",
            "axum-core (and its `http`), serde_json, thiserror",
            "statuskit (`axum`)",
        ];
        for (index, (label, costs)) in labels.iter().zip(cold).enumerate() {
            let ratio = match index {
                1 | 3 => format!(
                    "**{:.2}** against the line above",
                    min_cpu(costs).as_secs_f64() / min_cpu(&cold[index - 1]).as_secs_f64()
                ),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "| {label} | {} s | {} | {ratio} |",
                secs(min_cpu(costs)),
                runs(costs)
            );
        }
    }
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
    fn sources_have_the_requested_variants_and_derive_only_their_part() {
        for flavour in Flavour::ALL {
            let source = source(flavour, 45);
            assert_eq!(source.matches("pub enum").count(), 3);
            assert!(source.contains("Variant44(u64)"));
            assert!(!source.contains("Variant45"));
            let hand_display = source.matches("impl core::fmt::Display").count();
            let hand_status = source.matches("impl statuskit::HttpError").count();
            let expected = match flavour {
                Flavour::Baseline => (3, 3),
                Flavour::Thiserror => (0, 3),
                Flavour::Derive => (3, 0),
            };
            assert_eq!((hand_display, hand_status), expected, "{flavour:?}");
        }
        // Every variant but the fifth ones names its status; the enum names the default.
        assert_eq!(
            source(Flavour::Derive, 20).matches("#[status(").count(),
            1 + 16
        );
        assert_eq!(
            source(Flavour::Thiserror, 20).matches("#[error(").count(),
            20
        );
    }

    #[test]
    fn children_cpu_reads_this_process() {
        let before = children_cpu(clock_ticks()).unwrap();
        Command::new("true").status().unwrap();
        assert!(children_cpu(clock_ticks()).unwrap() >= before);
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
}
