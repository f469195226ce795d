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
//!
//! This file is the driver: it reads the options and runs the parts in order. `plan` says what
//! is measured, `workspace` writes the scratch crates, `measure` times their builds and
//! `report` writes the section.

mod measure;
mod plan;
mod report;
mod workspace;

use std::env;
use std::path::PathBuf;

use measure::{build, clock_ticks, cold_builds};
use plan::{FEATURE_SETS, Flavour, Options};
use report::{report, write_section};
use workspace::{touch, write_workspace};

const USAGE: &str =
    "usage: cargo xtask bench-compile [--runs N] [--variants N] [--cold-runs N] [--no-write]";

pub(crate) fn run(args: &[String]) -> Result<(), String> {
    let options = parse_args(args)?;
    let root = crate::files::project_root();
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
