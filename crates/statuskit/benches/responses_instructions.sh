#!/usr/bin/env bash
# Instructions per response of each `responses` bench case, derived and hand-written `Direct`,
# counted by callgrind: the difference between 2000 and 1000 iterations, so the set-up cancels
# out. Deterministic for a given binary, whatever else the machine is doing. Run from the
# workspace root:
#   bash crates/statuskit/benches/responses_instructions.sh
set -euo pipefail
cargo bench -p statuskit --features axum --bench responses --no-run 2>/dev/null
bin=$(ls -t "${CARGO_TARGET_DIR:-target}"/release/deps/responses-* | grep -v '\.d$' | head -1)
count() {
    RESPONSES_BENCH_CASE="$1" RESPONSES_BENCH_ITERS="$2" valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$bin" 2>&1 | awk '/Collected :/ { print $4 }'
}
for case in 409 500_hidden 429_header_extension; do
    derived=$(( ($(count "$case/derived" 2000) - $(count "$case/derived" 1000)) / 1000 ))
    hand=$(( ($(count "$case/hand" 2000) - $(count "$case/hand" 1000)) / 1000 ))
    awk -v c="$case" -v d="$derived" -v h="$hand" \
        'BEGIN { printf "%s: derived %d, hand Direct %d instructions: ratio %.2f\n", c, d, h, d / h }'
done
# A Korean `detail_ko` with one particle against its English `detail`, both derived.
en=$(( ($(count 404_detail_en/derived 2000) - $(count 404_detail_en/derived 1000)) / 1000 ))
ko=$(( ($(count 404_detail_ko/derived 2000) - $(count 404_detail_ko/derived 1000)) / 1000 ))
awk -v e="$en" -v k="$ko" \
    'BEGIN { printf "404 detail: English %d, Korean with a particle %d instructions: ratio %.2f\n", e, k, k / e }'
