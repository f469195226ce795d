//! `cargo xtask docs`: builds statuskit's documentation as CI and docs.rs do, warnings denied,
//! with default features and with every feature, and checks the rendered `Status` page: each
//! variant's entry links the other statuses its text mentions.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use statuskit_spec::Spec;

use crate::codegen::links::{Linker, Piece};
use crate::codegen::{self, DOCUMENT, REGISTRY};
use crate::files::project_root;

/// Builds the docs, then checks `enum.Status.html`.
pub(crate) fn run() -> Result<(), String> {
    let root = project_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // Default features first: links to items of optional features break only there, and the
    // all-features build runs last so its pages are the ones checked below.
    for features in [&[][..], &["--all-features"][..]] {
        let status = Command::new(&cargo)
            .args(["doc", "-p", "statuskit", "--no-deps"])
            .args(features)
            .env("RUSTDOCFLAGS", "-D warnings")
            .current_dir(&root)
            .status()
            .map_err(|e| format!("cannot run {cargo}: {e}"))?;
        if !status.success() {
            return Err(format!(
                "`RUSTDOCFLAGS=\"-D warnings\" cargo doc -p statuskit --no-deps {}` failed",
                features.join(" ")
            ));
        }
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let page = target.join("doc/statuskit/enum.Status.html");
    let html = std::fs::read_to_string(&page)
        .map_err(|e| format!("{}: cannot read: {e}", page.display()))?;
    let merged = codegen::build_spec(&root.join(DOCUMENT), &root.join(REGISTRY))?;
    let links = check_status_links(&html, &merged.spec)?;
    println!(
        "{}: {links} links between statuses, all rendered",
        page.display()
    );
    Ok(())
}

/// Checks that each variant's section of the rendered page links every status its English
/// summary and Korean text mention; returns how many links were checked.
pub(crate) fn check_status_links(html: &str, spec: &Spec) -> Result<usize, String> {
    let linker = Linker::new(spec);
    let mut checked = 0;
    let mut missing = Vec::new();
    for status in &spec.statuses {
        let section = section(html, &status.variant)
            .ok_or_else(|| format!("enum.Status.html has no section for `{}`", status.variant))?;
        let texts = [
            Some(status.summary_en.as_str()),
            status.description_ko.as_deref(),
        ];
        let expected: BTreeSet<String> = texts
            .into_iter()
            .flatten()
            .flat_map(|text| linker.pieces(text, Some(status.code)))
            .filter_map(|piece| match piece {
                Piece::Link(_, target) => target.strip_prefix("Status::").map(str::to_owned),
                Piece::Plain(_) => None,
            })
            .collect();
        for variant in expected {
            checked += 1;
            if !section.contains(&format!("#variant.{variant}\"")) {
                missing.push(format!("  {} does not link {variant}", status.variant));
            }
        }
    }
    if checked == 0 {
        return Err("no status mentions another: the link check checked nothing".to_owned());
    }
    if missing.is_empty() {
        Ok(checked)
    } else {
        Err(format!(
            "enum.Status.html misses links between statuses:\n{}",
            missing.join("\n")
        ))
    }
}

/// The HTML of one variant's entry: from its `<section id="variant.X"` to the next variant's.
fn section<'a>(html: &'a str, variant: &str) -> Option<&'a str> {
    let start = html.find(&format!("<section id=\"variant.{variant}\""))?;
    let rest = &html[start + 1..];
    let end = rest.find("<section id=\"variant.").unwrap_or(rest.len());
    Some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        codegen::project_spec()
    }

    /// A page in rustdoc's shape, each variant linking the given statuses.
    fn page(spec: &Spec, drop: Option<(&str, &str)>) -> String {
        let linker = Linker::new(spec);
        spec.statuses
            .iter()
            .map(|status| {
                let links: String = [Some(status.summary_en.as_str()), status.description_ko.as_deref()]
                    .into_iter()
                    .flatten()
                    .flat_map(|text| linker.pieces(text, Some(status.code)))
                    .filter_map(|piece| match piece {
                        Piece::Link(text, target) => {
                            let variant = target.strip_prefix("Status::")?;
                            (drop != Some((status.variant.as_str(), variant))).then(|| {
                                format!("<a href=\"#variant.{variant}\">{text}</a>")
                            })
                        }
                        Piece::Plain(_) => None,
                    })
                    .collect();
                format!(
                    "<section id=\"variant.{0}\" class=\"variant\"><a href=\"#variant.{0}\">§</a></section><div class=\"docblock\">{links}</div>",
                    status.variant
                )
            })
            .collect()
    }

    #[test]
    fn a_page_with_every_link_passes() {
        let spec = spec();
        assert!(check_status_links(&page(&spec, None), &spec).unwrap() >= 10);
    }

    #[test]
    fn a_missing_link_is_named() {
        let spec = spec();
        let error = check_status_links(
            &page(&spec, Some(("ProxyAuthenticationRequired", "Unauthorized"))),
            &spec,
        )
        .unwrap_err();
        assert_eq!(
            error,
            "enum.Status.html misses links between statuses:\n  ProxyAuthenticationRequired does not link Unauthorized"
        );
    }
}
