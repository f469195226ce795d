//! The generators' inputs: where the document and the registry are, and building the spec from
//! them with every error as `FILE:LINE:COL: message`. Used by the pipeline, by the other
//! commands and by the generators' tests.

use std::path::Path;

use statuskit_spec::{Merged, Source, build};

use crate::files;
#[cfg(test)]
use crate::files::project_root;

/// The document humans edit.
pub(crate) const DOCUMENT: &str = "spec/status-codes.md";
/// The registry facts, kept by hand.
pub(crate) const REGISTRY: &str = "spec/registry.txt";

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
    Ok((merged, registry_text))
}

/// The project's own spec, for tests.
#[cfg(test)]
pub(crate) fn project_spec() -> statuskit_spec::Spec {
    let root = project_root();
    build_spec(&root.join(DOCUMENT), &root.join(REGISTRY))
        .expect("the project's document parses")
        .spec
}
