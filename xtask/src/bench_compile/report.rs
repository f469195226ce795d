//! The report of a run: the Markdown section of `BENCHMARKS.md`, from every build's CPU time,
//! and its replacement in that file. Uses the plan.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::Duration;

use super::plan::{ENUM_SIZE, FEATURE_SETS, Flavour, Options};

pub(crate) const SECTION: &str = "## Compile time of #[derive(HttpError)]";

/// The estimator: the fewest CPU seconds a build took, which noise can only add to.
fn min_cpu(costs: &[Duration]) -> Duration {
    costs.iter().copied().min().unwrap_or(Duration::ZERO)
}

pub(crate) fn report(
    options: &Options,
    times: &[Vec<Vec<Duration>>],
    cold: &[Vec<Duration>],
) -> String {
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
pub(crate) fn write_section(path: &Path, section: &str) -> Result<(), String> {
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
    use std::env;

    use super::*;

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
