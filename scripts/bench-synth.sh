#!/usr/bin/env bash
# Synth benchmark (issue 16): tfdr synthesizing the synthetic two-region DR stack of
# `bench/` (46 resources per copy, K copies) side by side with the floor (a Rust process
# parsing the same JSON and writing it pretty), plus per-phase timings from the generator
# and `tfdr validate` on each document.
#
# Usage: scripts/bench-synth.sh [K ...]        (default K: 1 10 100 1000 2200)
#   RUNS=5          paired runs per K (tfdr, floor alternating; medians reported)
#   INSTR_K=100     also count instructions (valgrind callgrind) of both at this K; 0 = off
#   CARGO_TARGET_DIR  (default: target/ of the workspace)
#   BENCH_BIN_DIR   use synth-gen, json-floor and tfdr from this directory instead of
#                   building them (e.g. a copy of target/release from an older commit)
#
# Wall times are medians over RUNS; the ratio is the median of the per-pair ratios; RSS is
# the median peak resident set (/usr/bin/time %M). Phases are medians over RUNS runs of
# `synth-gen K --phases`. The machine is shared: the load average is printed before and
# after; compare instruction counts when it is high.
set -euo pipefail
cd "$(dirname "$0")/.."
ks=("$@")
[ ${#ks[@]} -eq 0 ] && ks=(1 10 100 1000 2200)
runs="${RUNS:-5}"
instr_k="${INSTR_K:-100}"
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
# run OUT_FILE CMD...: runs CMD with stdout to OUT_FILE; prints "<wall ms> <peak RSS KiB>"
run() {
    local out="$1"; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$@" > "$out"
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -n1 "$work/rss")" | awk '{printf "%.3f %d\n", $1/1000, $2}'
}

echo "# synth benchmark: ${BENCH_BIN_DIR:-$(git rev-parse --short HEAD)$(git diff --quiet || echo '+dirty')}, $(date -u +%FT%TZ), $(nproc) cores, RUNS=$runs"
echo "# load average at start: $(load)"
echo
echo "| K | resources | output MiB | tfdr ms | floor ms | tfdr/floor | tfdr MiB RSS | floor MiB RSS | build | resolve | render | write | free | validate ms | validate MiB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for k in "${ks[@]}"; do
    doc="$work/k$k.tf.json"
    "$gen" "$k" > "$doc"
    "$floor" "$doc" > "$work/floor.json"
    cmp -s "$doc" "$work/floor.json" || echo "# note: K=$k: the floor's bytes differ from tfdr's" >&2
    : > "$work/t"; : > "$work/f"; : > "$work/r"; : > "$work/p"; : > "$work/v"
    for _ in $(seq "$runs"); do
        read -r tm tr < <(run /dev/null "$gen" "$k")
        read -r fm fr < <(run /dev/null "$floor" "$doc")
        echo "$tm $tr" >> "$work/t"
        echo "$fm $fr" >> "$work/f"
        echo "$tm $fm" | awk '{printf "%.4f\n", $1/$2}' >> "$work/r"
        "$gen" "$k" --phases 2>> "$work/p" > /dev/null
        read -r vm vr < <(run /dev/null "$tfdr" validate "$doc")
        echo "$vm $vr" >> "$work/v"
    done
    resources=$(grep -m1 -o 'nodes=[0-9]*' "$work/p" | cut -d= -f2)
    bytes=$(stat -c %s "$doc")
    col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
    phase() { grep -o "$1_ms=[0-9.]*" "$work/p" | cut -d= -f2 | median; }
    mib() { awk '{printf "%.1f", $1/1024}'; }
    # resources: nodes minus the K outputs
    printf '| %s | %s | %.1f | %.1f | %.1f | %.2f× | %s | %s | %s | %s | %s | %s | %s | %.1f | %s |\n' \
        "$k" "$((resources - k))" "$(echo "$bytes" | awk '{print $1/1048576}')" \
        "$(col t 1)" "$(col f 1)" "$(median < "$work/r")" \
        "$(col t 2 | mib)" "$(col f 2 | mib)" \
        "$(phase build)" "$(phase resolve)" "$(phase render)" "$(phase write)" "$(phase free)" \
        "$(col v 1)" "$(col v 2 | mib)"
done
echo
echo "# phases: medians in ms of \`synth-gen K --phases\`; build = user code adding to the model"
if [ "$instr_k" != 0 ]; then
    doc="$work/i.tf.json"
    "$gen" "$instr_k" > "$doc"
    ir() { valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$@" 2>&1 >/dev/null | grep -o 'Collected : [0-9]*' | grep -o '[0-9]*'; }
    ti=$(ir "$gen" "$instr_k")
    fi=$(ir "$floor" "$doc")
    echo "# instructions at K=$instr_k (callgrind, load-independent): tfdr $ti, floor $fi, ratio $(echo "$ti $fi" | awk '{printf "%.2f", $1/$2}')"
fi
echo "# load average at end: $(load)"
