//! Parser throughput: a clean 10 MiB document (the project's document, each explanation grown
//! long) and error-dense ones (`999 Foo: …` on every line, each an error) of 10 MiB and 1 MiB,
//! against pulldown-cmark's own event stream. Run: `cargo bench -p statuskit-spec --bench parse`;
//! criterion prints MiB/s.
#![allow(missing_docs)] // `criterion_group!` generates an undocumented public function.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pulldown_cmark::Parser;
use statuskit_spec::{Source, build, markdown_options, parse_document};

const DOCUMENT: &str = include_str!("../../../spec/status-codes.md");
const REGISTRY: &str = include_str!("../../../spec/registry.txt");
const SIZE: usize = 10 * 1024 * 1024;

/// The project's document with a paragraph repeated under every bold entry until the whole is
/// 10 MiB: the same entries, every one read, no error.
fn clean() -> String {
    let paragraph =
        "\n\n이 문단은 설명을 길게 만들기 위해 되풀이된다. 응답의 본문과 헤더는 그대로다.";
    let entries = DOCUMENT.matches("\n**").count().max(1);
    let repeat = SIZE.saturating_sub(DOCUMENT.len()) / paragraph.len() / entries + 1;
    let grown = paragraph.repeat(repeat);
    let mut out = String::with_capacity(SIZE + DOCUMENT.len());
    for (i, block) in DOCUMENT.split("\n\n").enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(block);
        if block.starts_with("**") {
            out.push_str(&grown);
        }
    }
    out
}

/// `size` bytes of `999 Foo: …` entries, each one an error (a code outside any registry).
fn error_dense(size: usize) -> String {
    let line = "999 Foo: 레지스트리에 없는 코드.\n\n";
    line.repeat(size / line.len())
}

fn parse(c: &mut Criterion) {
    let documents = [
        ("10 MiB clean document", clean()),
        ("10 MiB error-dense document", error_dense(SIZE)),
        // Against the 10 MiB one: time grows linearly with the errors.
        ("1 MiB error-dense document", error_dense(SIZE / 10)),
    ];
    for (name, document) in documents {
        let mut group = c.benchmark_group(name);
        group
            .throughput(Throughput::Bytes(document.len() as u64))
            .sample_size(10)
            .measurement_time(Duration::from_secs(15));
        // The floor: pulldown-cmark's event stream with the same extensions, read and dropped.
        group.bench_function("pulldown-cmark events", |b| {
            b.iter(|| {
                Parser::new_ext(black_box(&document), markdown_options())
                    .into_offset_iter()
                    .count()
            });
        });
        group.bench_function("parse_document", |b| {
            b.iter(|| parse_document(black_box(&document)).entries.len());
        });
        group.bench_function("build (parse + merge + diagnostics)", |b| {
            b.iter(|| {
                match build(
                    Source::new("doc.md", black_box(&document)),
                    Source::new("registry.txt", REGISTRY),
                ) {
                    Ok(merged) => merged.spec.statuses.len(),
                    Err(errors) => errors.len(),
                }
            });
        });
        group.finish();
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
