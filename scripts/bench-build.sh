#!/usr/bin/env bash
# Build budget (issue: typed bindings): clean release build of the quickstart with
# dependencies already downloaded, then an incremental rebuild after editing the example.
# Usage: scripts/bench-build.sh   (uses its own target dir; prints seconds)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${BENCH_TARGET_DIR:-/tmp/tfdr-bench-target}"
rm -rf "$target"
cargo fetch -q
start=$(date +%s.%N)
CARGO_TARGET_DIR="$target" cargo build -q --release --example quickstart
mid=$(date +%s.%N)
touch examples/quickstart.rs
CARGO_TARGET_DIR="$target" cargo build -q --release --example quickstart
end=$(date +%s.%N)
echo "clean release build of --example quickstart: $(echo "$mid - $start" | bc) s"
echo "rebuild after editing the example:           $(echo "$end - $mid" | bc) s"
echo "generated lines: $(cat dsl/src/aws/generated/*/*.rs dsl/src/aws/generated/*.rs | wc -l)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) on $(nproc) cores"
