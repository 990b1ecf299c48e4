#!/usr/bin/env bash
# Runs every fuzz target for 10 minutes or 1,000,000 executions, whichever comes first, each
# on a working corpus in $WORK (default /tmp/knowledge-map-fuzz) grown from fuzz/seeds/.
# Needs a nightly toolchain and cargo-fuzz: `cargo install cargo-fuzz`.
# Usage: fuzz/run-all.sh [SECONDS] [RUNS] [TARGET...]
set -u
cd "$(dirname "$0")/.."
secs=${1:-600}
runs=${2:-1000000}
shift 2 2>/dev/null || shift $#
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(native_load import_graphml import_gexf import_csv import_kumu import_jgf extract roundtrip)
fi
work=${WORK:-/tmp/knowledge-map-fuzz}
mkdir -p "$work"
for t in "${targets[@]}"; do
  mkdir -p "$work/corpus/$t"
  echo "== $t"
  cargo +nightly fuzz run -O "$t" "$work/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$secs" -runs="$runs" -max_len=65536 -rss_limit_mb=4096 -timeout=20 \
    -artifact_prefix="$work/artifacts-$t-" 2>&1 | tail -n 25 > "$work/$t.log"
  echo "exit $? ; $(grep -E 'Done [0-9]+ runs|SUMMARY|panicked' "$work/$t.log" | head -3)"
done
