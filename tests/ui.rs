//! Compile-time behaviour of the derives: every rejected input and its message, every accepted form.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/code/*.rs");
    t.compile_fail("ui/name/*.rs");
    t.compile_fail("ui/shape/*.rs");
    t.compile_fail("ui/problem/*.rs");
    t.compile_fail("ui/header/*.rs");
    t.compile_fail("ui/status-enum/*.rs");
    t.compile_fail("ui/mapping/*.rs");
    t.compile_fail("ui/openapi/*.rs");
    t.pass("ui/pass/*.rs");
}
