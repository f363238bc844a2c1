#!/usr/bin/env bash
# Benchmarks tandem against the cmark command-line tool on generated journals.
#   bench/run.sh [SIZES...]      default: 1000 10000 50000
#   BENCH_KINDS="struggling" bench/run.sh 10000   one corpus only (default: "kind struggling")
# Needs: hyperfine, cmark (Debian packages), python3. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
for tool in hyperfine cmark; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done
# Built as `make install` builds it: the Swift runtime linked in (--static-swift-stdlib).
scratch=(--scratch-path "${BENCH_SCRATCH:-.build-release}" --static-swift-stdlib)
if [ -z "${BENCH_BIN:-}" ]; then  # BENCH_BIN=path/to/tandem measures a binary built elsewhere
  swift build -c release "${scratch[@]}" >/dev/null
fi
bin="${BENCH_BIN:-$(swift build -c release "${scratch[@]}" --show-bin-path)/tandem}"
read -r -a kinds <<< "${BENCH_KINDS:-kind struggling}"
work="${BENCH_DIR:-/tmp/tandem-bench}"
mkdir -p "$work"

peak_rss_mb() {  # command… → peak resident set size in MB
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'
}
report_rss_mb() {  # journal → the largest peak RSS of check's other formats (each is streamed like json)
  local peak=0 format mb
  for format in text github sarif junit; do
    mb=$(peak_rss_mb "$bin" check -C "$1" --today 2026-11-25 --format "$format" --fail-on never)
    peak=$(python3 -c "print(max($peak, $mb))")
  done
  echo "$peak"
}
cpu_seconds() {  # command… → user+system seconds
  /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f", $1 + $2}'
}

echo "| corpus | sessions | MB | cmark wall s | check wall s | index wall s | check/cmark | index/cmark | check CPU s | cmark CPU s | check RSS MB | report RSS MB | index RSS MB | cmark RSS MB |"
echo "| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for kind in "${kinds[@]}"; do
for n in "${sizes[@]}"; do
  journal="$work/$kind-$n"
  [ -d "$journal" ] || python3 bench/generate_corpus.py --kind "$kind" --sessions "$n" --seed 1 --out "$journal" >/dev/null
  find "$journal/sessions" -name '*.md' -print0 | sort -z > "$work/files-$kind-$n"
  cmark_cmd="xargs -0 cmark < $work/files-$kind-$n > /dev/null"
  check_cmd="$bin check -C $journal --today 2026-11-25 --format json --fail-on never > /dev/null"
  index_cmd="$bin index -C $journal --today 2026-11-25 > /dev/null"
  hyperfine --warmup 1 --runs "${BENCH_RUNS:-5}" --export-json "$work/h-$kind-$n.json" \
    "$cmark_cmd" "$check_cmd" "$index_cmd" >/dev/null
  read -r cm ck ix < <(python3 -c "import json,sys; r=json.load(open('$work/h-$kind-$n.json'))['results']; print(*[f\"{x['median']:.3f}\" for x in r])")
  mb=$(du -sm "$journal/sessions" | cut -f1)
  echo "| $kind | $n | $mb | $cm | $ck | $ix | $(python3 -c "print(f'{$ck/$cm:.2f}')") | $(python3 -c "print(f'{$ix/$cm:.2f}')") | $(cpu_seconds "$bin" check -C "$journal" --today 2026-11-25 --format json --fail-on never) | $(cpu_seconds sh -c "$cmark_cmd") | $(peak_rss_mb "$bin" check -C "$journal" --today 2026-11-25 --format json --fail-on never) | $(report_rss_mb "$journal") | $(peak_rss_mb "$bin" index -C "$journal" --today 2026-11-25) | $(peak_rss_mb sh -c "$cmark_cmd") |"
done
done
