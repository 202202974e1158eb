#!/usr/bin/env bash
# Build budget of a stack program (issue 16: clean release build ≤ 60 s on 2 cores, release
# rebuild after editing the stack no slower than terrars' 3.6 s). Dependencies are fetched
# first; each program gets its own fresh target directory (a clean build), then is rebuilt
# after its source is touched. Prints wall seconds, the CPU seconds of the clean build
# (user+sys of cargo and every rustc; on an idle 2-core machine the wall time is at least
# half of it) and the load average around each build: the machine is shared.
#
#   1. `synth-gen` (bench/): the benchmark's synthetic DR stack, written with the public API,
#      depending on `tfdr = { default-features = false }` (model, typed bindings, synth).
#   2. `payments-dr` (bench/, `--features components`): the payments-dr reference stack
#      program (examples/payments-dr.rs) with `App` and the DR components (`tfdr` features
#      `cli`, `modules`), without the validator and the report/graph/diff commands.
#   Both are package binaries: `cargo build --example` would also compile the tfdr package's
#   dev-dependencies (proptest, trybuild, tfdr-testing), which no stack program pays for.
#   FULL=1 also: 3. `--example quickstart` with the default features (the measurement
#   before the facade had features, dev-dependencies included).
#
# Usage: scripts/bench-build.sh      (prefix with `nice -n 15` on a shared machine)
#   BENCH_TARGET_DIR  parent of the fresh target directories (default /tmp/tfdr-bench-build)
#   TIMINGS=DIR       also pass --timings to the clean builds; the HTML reports land in DIR
#   LLVM_LINES=1      also print the LLVM IR lines (and generic copies) of what a stack
#                     program compiles itself, from `cargo llvm-lines` (`cargo install
#                     cargo-llvm-lines`): `bench`'s library (the synthetic stack) and
#                     `tfdr-modules` with one reference stack and with none; load-independent
set -euo pipefail
cd "$(dirname "$0")/.."
parent="${BENCH_TARGET_DIR:-/tmp/tfdr-bench-build}"
timings="${TIMINGS:-}"
load() { cut -d' ' -f1-3 /proc/loadavg; }
secs() { echo "$1 $2" | awk '{printf "%.1f", ($2 - $1) / 1e9}'; }
cargo fetch -q
echo "# build budget: $(git rev-parse --short HEAD)$(git diff --quiet || echo '+dirty'), $(date -u +%FT%TZ), $(nproc) cores, $(rustc --version)"

# measure NAME SOURCE_TO_TOUCH CARGO_ARGS...
measure() {
    local name="$1" src="$2"; shift 2
    local target="$parent/$name" t0 t1 t2 l0 l1 l2
    rm -rf "$target"
    mkdir -p "$parent"
    l0=$(load); t0=$(date +%s%N)
    CARGO_TARGET_DIR="$target" /usr/bin/time -f '%U %S' -o "$parent/$name.cpu" \
        cargo build -q --release ${timings:+--timings} "$@"
    t1=$(date +%s%N); l1=$(load)
    touch "$src"
    CARGO_TARGET_DIR="$target" /usr/bin/time -f '%U %S' -o "$parent/$name.cpu2" \
        cargo build -q --release "$@"
    t2=$(date +%s%N); l2=$(load)
    if [ -n "$timings" ]; then
        mkdir -p "$timings"
        cp "$target/cargo-timings/cargo-timing.html" "$timings/$name.html"
    fi
    rm -rf "$target"
    cpu=$(tail -n1 "$parent/$name.cpu" | awk '{printf "%.0f", $1 + $2}')
    cpu2=$(tail -n1 "$parent/$name.cpu2" | awk '{printf "%.1f", $1 + $2}')
    echo "$name: clean release build $(secs "$t0" "$t1") s wall, $cpu s CPU (load $l0 → $l1); rebuild after touching $src $(secs "$t1" "$t2") s wall, $cpu2 s CPU (load → $l2)"
}

measure synth-gen bench/src/lib.rs -p tfdr-bench --bin synth-gen
measure payments-dr examples/payments-dr.rs -p tfdr-bench --bin payments-dr --features components
if [ "${FULL:-0}" = 1 ]; then
    measure quickstart-default examples/quickstart.rs -p tfdr --example quickstart
fi
if [ "${LLVM_LINES:-0}" = 1 ]; then
    lines() { # NAME CARGO_ARGS...: the TOTAL row of `cargo llvm-lines`
        local name="$1"; shift
        CARGO_TARGET_DIR="$parent/llvm-lines" cargo llvm-lines --release "$@" 2>/dev/null |
            awk -v n="$name" '/\(TOTAL\)/ {print "llvm-lines " n ": " $1 " lines, " $2 " copies"}'
    }
    lines "bench lib (synth-gen's stack)" -p tfdr-bench --lib
    lines "tfdr-modules, components only" -p tfdr-modules --lib --no-default-features
    lines "tfdr-modules + payments-dr" -p tfdr-modules --lib --no-default-features --features payments-dr
    lines "tfdr-modules, default features" -p tfdr-modules --lib
    rm -rf "$parent/llvm-lines"
fi
echo "generated lines: $(cat dsl/src/aws/generated/*/*.rs dsl/src/aws/generated/*.rs | wc -l)"
echo "load: $(load) (1/5/15 min) on $(nproc) cores"
