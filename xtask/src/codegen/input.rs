//! The generators' inputs: where the document and the registry are, and building the spec from
//! them with every error as `FILE:LINE:COL: message`. Used by the pipeline, by the other
//! commands and by the generators' tests.

use std::path::Path;

use statuskit_spec::{Merged, Source, apply_korean_names, build, parse_korean_names};

use crate::files;
#[cfg(test)]
use crate::files::project_root;

/// The document humans edit.
pub(crate) const DOCUMENT: &str = "spec/status-codes.md";
/// The registry facts, kept by hand.
pub(crate) const REGISTRY: &str = "spec/registry.txt";
/// Korean names that follow RFC 9110, beside the registry.
pub(crate) const KOREAN_NAMES: &str = "names-ko.txt";

/// Parses the document and the registry, or gives every error as `FILE:LINE:COL: message`.
pub(crate) fn build_spec(document: &Path, registry: &Path) -> Result<Merged, String> {
    build_named(
        document,
        &document.display().to_string(),
        registry,
        &registry.display().to_string(),
    )
    .map(|(merged, _)| merged)
}

/// As `build_spec`, naming the files in diagnostics as given rather than by their full paths;
/// also returns the registry's text, which the generators read the registry's date from.
pub(crate) fn build_named(
    document: &Path,
    document_name: &str,
    registry: &Path,
    registry_name: &str,
) -> Result<(Merged, String), String> {
    let document_text = files::read_text(document)?;
    let registry_text = files::read_text(registry)?;
    let merged = build(
        Source::new(document_name, &document_text),
        Source::new(registry_name, &registry_text),
    )
    .map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        lines.join("\n")
    })?;
    // Only the project's document is held to the file's names; another document (`xtask spec
    // FILE`) takes the renames that match it.
    let strict = document_name == DOCUMENT;
    let merged = rename_korean(merged, registry, registry_name, strict)?;
    Ok((merged, registry_text))
}

/// The Korean names of `names-ko.txt` beside the registry, when there is one, applied to the
/// spec: the document's obsolete names become aliases. `strict`: a line whose document name the
/// document does not have is an error (the document changed).
fn rename_korean(
    mut merged: Merged,
    registry: &Path,
    registry_name: &str,
    strict: bool,
) -> Result<Merged, String> {
    let path = registry.with_file_name(KOREAN_NAMES);
    if !path.exists() {
        return Ok(merged);
    }
    let text = files::read_text(&path)?;
    let name = Path::new(registry_name)
        .with_file_name(KOREAN_NAMES)
        .display()
        .to_string();
    let source = Source::new(&name, &text);
    let report = |errors: Vec<statuskit_spec::Diagnostic>| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        lines.join("\n")
    };
    let names = parse_korean_names(&source).map_err(report)?;
    let errors = apply_korean_names(&source, &names, &mut merged.spec);
    if errors.is_empty() || !strict {
        Ok(merged)
    } else {
        Err(report(errors))
    }
}

/// The project's own spec, for tests.
#[cfg(test)]
pub(crate) fn project_spec() -> statuskit_spec::Spec {
    let root = project_root();
    build_spec(&root.join(DOCUMENT), &root.join(REGISTRY))
        .expect("the project's document parses")
        .spec
}
