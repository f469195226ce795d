//! What a fixture document gives, as JSON for a snapshot: the statuses its entries explain with
//! their lines, the class sections, and every diagnostic; or the errors that refuse it.

use serde_json::{Value, json};
use statuskit_spec::{Merged, Source, build};

pub(crate) const REGISTRY: &str = include_str!("../../../../spec/registry.txt");

/// The fixture `tests/fixtures/{folder}/{name}.md`, built against the project's registry.
pub(crate) fn build_fixture(folder: &str, name: &str) -> Result<Merged, Vec<String>> {
    let path = format!(
        "{}/tests/fixtures/{folder}/{name}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    build(
        Source::new(&format!("{name}.md"), &text),
        Source::new("registry.txt", REGISTRY),
    )
    .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The snapshot's JSON of a built fixture.
pub(crate) fn snapshot(built: &Result<Merged, Vec<String>>) -> Value {
    let merged = match built {
        Ok(merged) => merged,
        Err(errors) => return json!({ "errors": errors }),
    };
    let spec = &merged.spec;
    let statuses: Vec<Value> = spec
        .statuses
        .iter()
        .filter(|s| s.source.is_some())
        .map(|s| {
            json!({
                "code": s.code,
                "aliases": s.aliases,
                "name_ko": s.name_ko,
                "summary_ko": s.summary_ko,
                "description_ko": s.description_ko,
                "description_en": s.description_en,
                "source": s.source,
            })
        })
        .collect();
    let classes: Vec<Value> = spec
        .classes
        .iter()
        .filter(|c| c.source.is_some())
        .map(|c| json!({ "class": c.class, "title_ko": c.title_ko, "source": c.source }))
        .collect();
    let diagnostics: Vec<String> = merged
        .unread
        .iter()
        .chain(&merged.warnings)
        .map(ToString::to_string)
        .collect();
    json!({
        "title": spec.title,
        "classes": classes,
        "statuses": statuses,
        "diagnostics": diagnostics,
    })
}
