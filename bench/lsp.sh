#!/usr/bin/env bash
# Benchmarks `tandem lsp` on a generated journal: 20 full-text changes to one
# session file, timed from didChange to publishDiagnostics, the debounce taken off.
#   bench/lsp.sh [SESSIONS]      default: 10000
# Needs python3. Prints a Markdown table row per run.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/tandem"
work="${BENCH_DIR:-/tmp/tandem-bench}"
mkdir -p "$work"
journal="$work/journal-$n"
[ -d "$journal" ] || python3 bench/generate_corpus.py --sessions "$n" --seed 1 --out "$journal" >/dev/null
# The latest session file: the one a person is writing, and the anchor of its pair's findings.
file="$(find "$journal/sessions" -name '*.md' | sort | tail -1)"
echo "| sessions | edit | changes | open s | median ms | p95 ms | max ms | CPU ms per change |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for edit in prose commitment front-matter; do
  for run in 1 2 3; do
    python3 bench/lsp_client.py --tandem "$bin" --file "$file" --changes "${BENCH_CHANGES:-20}" --today 2026-11-25 --edit "$edit" |
      python3 -c "import json,sys; r=json.load(sys.stdin); print(f\"| $n | {r['edit']} | {r['changes']} | {r['open_s']} | {r['median_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['cpu_ms_per_change']} |\")"
  done
done
