#!/usr/bin/env bash
# Reproduce the figures of BENCHMARKS.md: generated corpora, criterion benches and
# whole-command runs (farm-bench if present, else /usr/bin/time).
#   scripts/bench.sh [WORKDIR]      (default /tmp/silkgraph-bench; needs ~15 GB free for 100k)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/silkgraph-bench}
mkdir -p "$work"
cargo build --release --bin silkgraph --example gen_corpus
sg=target/release/silkgraph
gen=target/release/examples/gen_corpus

for n in 1000 10000 100000; do
  [ -d "$work/corpus$n" ] || "$gen" "$work/corpus$n" "$n" 2025
done

# extraction alone (MB/s, articles/s) and load / query micro-benchmarks
cargo bench --bench extract
# whole build: time and peak RSS (fresh store each run)
run() { if command -v farm-bench >/dev/null; then farm-bench "$@"; else shift 2; /usr/bin/time -v "$@"; fi; }
run -n 3 --timeout 900 -- sh -c "rm -rf $work/s10k && exec $sg build $work/corpus10k --store $work/s10k --quiet"
# 100k: once (it takes minutes); keep the store for the query figures
[ -d "$work/s100k" ] || /usr/bin/time -v "$sg" build "$work/corpus100k" --store "$work/s100k" --quiet
SILKGRAPH_BENCH_STORE="$work/s100k" cargo bench --bench store
# queries as whole processes (open store, answer, exit)
for q in think_tanks_by_alliance people_posts documents_by_publisher; do
  run -n 10 -- "$sg" query "queries/$q.rq" --store "$work/s100k" --format csv
done
