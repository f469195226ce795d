//! `cargo xtask screenshots`: the HTML problem page, as `ProblemLayer` sends it, rendered by
//! headless Chromium into `docs/` PNGs (Korean and English, light and dark, desktop and phone)
//! for README. Needs Chromium, which CI does not: nothing else runs this.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::files::project_root;

/// Where the PNGs go, relative to the project root.
const DOCS: &str = "docs";

/// The programs tried for Chromium, after `$CHROME`.
const BROWSERS: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/// What to do when no Chromium is found.
const INSTALL: &str = "\
cargo xtask screenshots needs Chromium (or Chrome) to render the pages, and found none.
Install it, then run the task again:
  Debian, Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk
  Fedora:          sudo dnf install chromium google-noto-sans-cjk-fonts
  macOS:           brew install --cask chromium
or point CHROME at a Chrome or Chromium binary: CHROME=/path/to/chrome cargo xtask screenshots
(a Korean font such as Noto Sans CJK makes the Korean pages render as users see them)";

/// The window sizes: a desktop and a phone.
const VIEWPORTS: [(&str, u32, u32); 2] = [("desktop", 1280, 800), ("phone", 390, 844)];

pub(crate) fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("`cargo xtask screenshots` takes no arguments".into());
    }
    let root = project_root();
    let browser = find_browser()?;
    let scratch =
        std::env::temp_dir().join(format!("statuskit-screenshots-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let docs = root.join(DOCS);
    std::fs::create_dir_all(&docs).map_err(|e| format!("{}: {e}", docs.display()))?;
    for language in ["ko", "en"] {
        let page = scratch.join(format!("problem-page-{language}.html"));
        let html = render_page(&root, language)?;
        std::fs::write(&page, html).map_err(|e| format!("{}: {e}", page.display()))?;
        for scheme in ["light", "dark"] {
            for (device, width, height) in VIEWPORTS {
                let png = docs.join(format!("problem-page-{language}-{scheme}-{device}.png"));
                screenshot(&browser, &page, &png, scheme, width, height)?;
                println!(
                    "wrote {}",
                    png.strip_prefix(&root).unwrap_or(&png).display()
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// `$CHROME`, else the first of [`BROWSERS`] that runs.
fn find_browser() -> Result<PathBuf, String> {
    if let Some(chrome) = std::env::var_os("CHROME") {
        let chrome = PathBuf::from(chrome);
        return if runs(&chrome) {
            Ok(chrome)
        } else {
            Err(format!(
                "CHROME={} does not run\n\n{INSTALL}",
                chrome.display()
            ))
        };
    }
    BROWSERS
        .iter()
        .map(PathBuf::from)
        .find(|candidate| runs(candidate))
        .ok_or_else(|| INSTALL.to_owned())
}

fn runs(program: &Path) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

/// The page for `language`, from the `problem_page` example: the layer's own bytes.
fn render_page(root: &Path, language: &str) -> Result<Vec<u8>, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "--quiet",
            "-p",
            "statuskit",
            "--example",
            "problem_page",
        ])
        .args(["--features", "axum", "--", language])
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the problem_page example failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output.stdout)
}

/// One PNG of `page`, `width` × `height`, in the light or dark colour scheme.
fn screenshot(
    browser: &Path,
    page: &Path,
    png: &Path,
    scheme: &str,
    width: u32,
    height: u32,
) -> Result<(), String> {
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--hide-scrollbars",
        ])
        .arg("--force-device-scale-factor=1")
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--screenshot={}", png.display()));
    if scheme == "dark" {
        // Blink's preferred colour scheme: 0 is dark; `prefers-color-scheme: dark` then holds.
        command
            .arg("--force-dark-mode")
            .arg("--blink-settings=preferredColorScheme=0");
    } else {
        command.arg("--blink-settings=preferredColorScheme=1");
    }
    let output = command
        .arg(format!("file://{}", page.display()))
        .output()
        .map_err(|e| format!("cannot run {}: {e}", browser.display()))?;
    if !output.status.success() || !png.exists() {
        return Err(format!(
            "{} could not render {}:\n{}",
            browser.display(),
            page.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
