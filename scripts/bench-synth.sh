#!/usr/bin/env bash
# Synth benchmark (issue 16): tfdr synthesizing the synthetic two-region DR stack of
# `bench/` (46 resources per copy, K copies) side by side with the floor (a Rust process
# parsing the same JSON and writing it pretty), plus per-phase timings from the generator
# and `tfdr validate` on each document.
#
# Usage: scripts/bench-synth.sh [K ...]        (default K: 1 10 100 1000 2200)
#   RUNS=5          paired runs per K ≥ 100 (tfdr, floor alternating; medians reported);
#                   K < 100 gets 5×RUNS (they take milliseconds and are the noisiest)
#   INSTR_K="10 100"  also count instructions (valgrind callgrind) of both at these K
#                   ("" = off; each K=1000 run takes about a minute under callgrind)
#   BUILD=1         also time a clean release build of a stack program and a rebuild
#   CARGO_TARGET_DIR  (default: target/ of the workspace)
#   BENCH_BIN_DIR   use synth-gen, json-floor and tfdr from this directory instead of
#                   building them (e.g. a copy of target/release from an older commit)
#
# Wall and CPU times (user+sys, `perf stat -e task-clock`) are medians over the runs; the
# ratios are medians of the per-pair ratios; RSS is the median peak resident set
# (/usr/bin/time %M). Phases are medians of `synth-gen K --phases`. Output goes to
# /dev/null for both. The machine is shared: the load average is printed before and after;
# under load, CPU time and instruction counts are the numbers to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
ks=("$@")
[ ${#ks[@]} -eq 0 ] && ks=(1 10 100 1000 2200)
runs="${RUNS:-5}"
instr_k="${INSTR_K-10 100}"
target="${CARGO_TARGET_DIR:-$PWD/target}"
work="$(mktemp -d /tmp/tfdr-bench-synth.XXXXXX)"
trap 'rm -rf "$work"' EXIT

bin="${BENCH_BIN_DIR:-}"
if [ -z "$bin" ]; then
    CARGO_TARGET_DIR="$target" cargo build -q --release -p tfdr-bench --bin synth-gen --bin json-floor
    CARGO_TARGET_DIR="$target" cargo build -q --release -p tfdr --bin tfdr
    bin="$target/release"
fi
gen="$bin/synth-gen"
floor="$bin/json-floor"
tfdr="$bin/tfdr"

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.6g\n", (a[NR/2]+a[NR/2+1])/2}'; }
# CPU time of a run from perf (task-clock, ms), when perf can count it here.
if perf stat -x, -e task-clock -o "$work/perf" true 2>/dev/null && grep -q task-clock "$work/perf"; then
    cpu() { perf stat -x, -e task-clock -o "$work/perf" -- "$@"; }
    cpu_ms() { grep task-clock "$work/perf" | cut -d, -f1; }
else
    cpu() { "$@"; }
    cpu_ms() { echo nan; }
fi
# run OUT_FILE CMD...: runs CMD with stdout to OUT_FILE; prints "<wall ms> <peak RSS KiB> <CPU ms>"
run() {
    local out="$1"; shift
    local t0 t1
    t0=$(date +%s%N)
    cpu /usr/bin/time -f '%M' -o "$work/rss" "$@" > "$out"
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -n1 "$work/rss") $(cpu_ms)" | awk '{printf "%.3f %d %.3f\n", $1/1000, $2, $3}'
}

echo "# synth benchmark: ${BENCH_BIN_DIR:-$(git rev-parse --short HEAD)$(git diff --quiet || echo '+dirty')}, $(date -u +%FT%TZ), $(nproc) cores, RUNS=$runs"
echo "# load average at start: $(load)"
echo
echo "| K | resources | output MiB | tfdr wall ms | floor wall ms | wall ratio | tfdr CPU ms | floor CPU ms | CPU ratio | tfdr MiB RSS | floor MiB RSS | build | resolve | render | write | free | validate ms | validate MiB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for k in "${ks[@]}"; do
    doc="$work/k$k.tf.json"
    "$gen" "$k" > "$doc"
    "$floor" "$doc" > "$work/floor.json"
    cmp -s "$doc" "$work/floor.json" || echo "# note: K=$k: the floor's bytes differ from tfdr's" >&2
    : > "$work/t"; : > "$work/f"; : > "$work/r"; : > "$work/c"; : > "$work/p"; : > "$work/v"
    n="$runs"
    [ "$k" -lt 100 ] && n=$((5 * runs))
    for _ in $(seq "$n"); do
        read -r tm tr tc < <(run /dev/null "$gen" "$k")
        read -r fm fr fc < <(run /dev/null "$floor" "$doc")
        echo "$tm $tr $tc" >> "$work/t"
        echo "$fm $fr $fc" >> "$work/f"
        echo "$tm $fm" | awk '{printf "%.4f\n", $1/$2}' >> "$work/r"
        echo "$tc $fc" | awk '{printf "%.4f\n", $1/$2}' >> "$work/c"
        "$gen" "$k" --phases 2>> "$work/p" > /dev/null
        read -r vm vr _ < <(run /dev/null "$tfdr" validate "$doc")
        echo "$vm $vr" >> "$work/v"
    done
    resources=$(grep -m1 -o 'nodes=[0-9]*' "$work/p" | cut -d= -f2)
    bytes=$(stat -c %s "$doc")
    col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
    phase() { grep -o "$1_ms=[0-9.]*" "$work/p" | cut -d= -f2 | median; }
    mib() { awk '{printf "%.1f", $1/1024}'; }
    # resources: nodes minus the K outputs
    printf '| %s | %s | %.1f | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× | %s | %s | %s | %s | %s | %s | %s | %.1f | %s |\n' \
        "$k" "$((resources - k))" "$(echo "$bytes" | awk '{print $1/1048576}')" \
        "$(col t 1)" "$(col f 1)" "$(median < "$work/r")" \
        "$(col t 3)" "$(col f 3)" "$(median < "$work/c")" \
        "$(col t 2 | mib)" "$(col f 2 | mib)" \
        "$(phase build)" "$(phase resolve)" "$(phase render)" "$(phase write)" "$(phase free)" \
        "$(col v 1)" "$(col v 2 | mib)"
done
echo
echo "# phases: medians in ms of \`synth-gen K --phases\`; build = user code adding to the model"
ir() { valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$@" 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | grep -o '[0-9]*'; }
for ik in $instr_k; do
    doc="$work/i.tf.json"
    "$gen" "$ik" > "$doc"
    ti=$(ir "$gen" "$ik")
    fi=$(ir "$floor" "$doc")
    echo "# instructions at K=$ik (callgrind, load-independent): tfdr $ti, floor $fi, ratio $(echo "$ti $fi" | awk '{printf "%.2f", $1/$2}')"
done
if [ "${BUILD:-0}" = 1 ]; then
    # Build cost of a stack program: the benchmark's generator is one (a binary depending
    # on the `tfdr` facade without its default features, no dev-dependencies; more
    # configurations in scripts/bench-build.sh). Clean release build in a fresh target
    # directory (dependencies already downloaded), then a rebuild after editing the stack.
    clean="$(mktemp -d /tmp/tfdr-bench-build.XXXXXX)"
    cargo fetch -q
    t0=$(date +%s%N)
    CARGO_TARGET_DIR="$clean" cargo build -q --release -p tfdr-bench --bin synth-gen
    t1=$(date +%s%N)
    touch bench/src/lib.rs
    CARGO_TARGET_DIR="$clean" cargo build -q --release -p tfdr-bench --bin synth-gen
    t2=$(date +%s%N)
    rm -rf "$clean"
    echo "# build (load $(load)): clean release build of a stack program (bench synth-gen): $(( (t1 - t0) / 1000000 )) ms; release rebuild after editing it: $(( (t2 - t1) / 1000000 )) ms"
fi
echo "# load average at end: $(load)"
