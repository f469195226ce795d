//! Any bytes, as UTF-8, through the whole pipeline: the parser and the merge must not panic and
//! every diagnostic must point at a line the input has.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuskit_spec::{Source, build};

const REGISTRY: &str = include_str!("../../spec/registry.txt");

fuzz_target!(|data: &[u8]| {
    let Ok(document) = std::str::from_utf8(data) else {
        return;
    };
    let lines = document.split('\n').count();
    match build(
        Source::new("doc.md", document),
        Source::new("registry.txt", REGISTRY),
    ) {
        Ok(merged) => {
            for warning in merged.unread {
                assert!(warning.line >= 1 && warning.line <= lines, "{warning}");
            }
        }
        Err(errors) => {
            for error in errors.iter().filter(|e| e.path == "doc.md") {
                assert!(error.line >= 1 && error.line <= lines, "{error}");
            }
        }
    }
});
