#!/usr/bin/env bash
# Instructions per request of each `layer` bench case, counted by callgrind: the difference
# between 2000 and 1000 iterations, so the set-up cancels out. Deterministic for a given binary,
# whatever else the machine is doing. Run from the workspace root:
#   bash crates/statuskit/benches/layer_instructions.sh
set -euo pipefail
cargo bench -p statuskit --features axum --bench layer --no-run 2>/dev/null
bin=$(ls -t "${CARGO_TARGET_DIR:-target}"/release/deps/layer-* | grep -v '\.d$' | head -1)
count() {
    LAYER_BENCH_CASE="$1" LAYER_BENCH_ITERS="$2" valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$bin" 2>&1 | awk '/Collected :/ { print $4 }'
}
for case in "200" "404 problem+json en" "404 html ko"; do
    for side in ${SIDES:-without layer}; do
        a=$(count "$case/$side" 1000)
        b=$(count "$case/$side" 2000)
        echo "$case/$side: $(( (b - a) / 1000 )) instructions"
    done
done
