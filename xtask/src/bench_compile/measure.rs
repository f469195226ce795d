//! Timing builds: a crate's rebuild in a feature set's workspace, the cold builds from an
//! empty target directory, and the CPU seconds of cargo and rustc read from `/proc`. Uses the
//! scratch workspaces.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::workspace::{write, write_manifest_and_lock};

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
pub(crate) fn cold_builds(
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
pub(crate) fn build(
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
pub(crate) fn clock_ticks() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_cpu_reads_this_process() {
        let before = children_cpu(clock_ticks()).unwrap();
        Command::new("true").status().unwrap();
        assert!(children_cpu(clock_ticks()).unwrap() >= before);
    }
}
