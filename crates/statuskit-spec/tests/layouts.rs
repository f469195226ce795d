//! Every layout the parser reads, as data: a small Markdown fixture in
//! `tests/fixtures/layouts/` and the statuses, sections and diagnostics it gives (insta snapshot).

#[allow(
    dead_code,
    reason = "this test builds with the support but snapshots its own view"
)]
mod support;

use serde_json::{Value, json};

/// What a fixture gives: the statuses its entries explain, with their lines, and every
/// diagnostic; or the errors.
fn read(name: &str) -> Value {
    let merged = match support::build_fixture("layouts", name) {
        Ok(merged) => merged,
        Err(errors) => return json!({ "errors": errors }),
    };
    let spec = merged.spec;
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
        .map(|c| {
            json!({
                "class": c.class,
                "name": c.name,
                "title_ko": c.title_ko,
                "description_ko": c.description_ko,
                "description_en": c.description_en,
                "source": c.source,
            })
        })
        .collect();
    let reserved: Vec<Value> = spec
        .reserved
        .iter()
        .filter(|r| r.source.is_some())
        .map(|r| json!({ "code": r.code, "description_ko": r.description_ko, "source": r.source }))
        .collect();
    let unread: Vec<String> = merged.unread.iter().map(ToString::to_string).collect();
    json!({
        "title": spec.title,
        "intro": spec.intro,
        "classes": classes,
        "statuses": statuses,
        "reserved": reserved,
        "unread": unread,
    })
}

macro_rules! layout {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_json_snapshot!(stringify!($name), read(stringify!($name)));
        }
    )*};
}

layout!(
    table,
    table_columns,
    definition_list,
    mdn,
    heads,
    explanations,
    toc,
    bilingual,
    unread,
    table_unread_row,
    blog_emoji,
    cheat_sheet,
    english_guide,
    front_matter,
    nested_groups,
);
