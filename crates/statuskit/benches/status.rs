//! `from_u16` + `reason_phrase` over every code in 100..600, against `http::StatusCode::from_u16`
//! + `canonical_reason`. Run: `cargo bench -p statuskit --features http --bench status`.
#![allow(missing_docs)] // `criterion_group!` generates an undocumented public function.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use statuskit::Status;

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("from_u16 + reason_phrase, codes 100..600");
    group.bench_function("statuskit", |b| {
        b.iter(|| {
            let mut len = 0;
            for code in 100..600u16 {
                if let Some(status) = Status::from_u16(black_box(code)) {
                    len += status.reason_phrase().len();
                }
            }
            len
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut len = 0;
            for code in 100..600u16 {
                if let Ok(status) = http::StatusCode::from_u16(black_box(code)) {
                    len += status.canonical_reason().map_or(0, str::len);
                }
            }
            len
        });
    });
    group.finish();

    // The same, over the registered codes only: both sides then look up a phrase every time.
    let codes: Vec<u16> = Status::ALL.iter().map(|s| s.code()).collect();
    let mut group = c.benchmark_group("from_u16 + reason_phrase, registered codes");
    group.bench_function("statuskit", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter_map(|&code| Status::from_u16(black_box(code)))
                .map(|status| status.reason_phrase().len())
                .sum::<usize>()
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            codes
                .iter()
                .filter_map(|&code| http::StatusCode::from_u16(black_box(code)).ok())
                .map(|status| status.canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
