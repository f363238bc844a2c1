#!/usr/bin/env bash
# Benchmarks `tandem history` against `git log -p` on a generated repository.
#   bench/history.sh [SESSIONS]      default: 10000 (about 20,000 commits)
# Needs: hyperfine, git, python3. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product tandem >/dev/null
bin="$(swift build -c release --show-bin-path)/tandem"
work="${BENCH_DIR:-/tmp/tandem-bench}"
repo="$work/history-$n"
mkdir -p "$work"
[ -d "$repo" ] || python3 bench/generate_history.py --sessions "$n" --seed 1 --out "$repo" >&2
cache="$repo/.git/tandem/history-cache"
commits=$(git -C "$repo" rev-list --count HEAD)

floor="git -C $repo log -p -- sessions > /dev/null"
cold="$bin history -C $repo --today 2026-11-25 --format json > /dev/null"
warm="$bin history -C $repo --today 2026-11-25 --format json > /dev/null"
index="$bin index -C $repo --today 2026-11-25 > /dev/null"
# Cold runs start without the cache; warm runs after a run that wrote it.
hyperfine --warmup 1 --runs "${BENCH_RUNS:-5}" --export-json "$work/history-$n.json" \
  --prepare "true" --prepare "rm -f $cache" --prepare "$warm" --prepare "true" \
  --command-name "git log -p" --command-name "history cold" --command-name "history warm" --command-name "index" \
  "$floor" "$cold" "$warm" "$index" >/dev/null

peak_rss_mb() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'; }
rm -f "$cache"
cold_rss=$(peak_rss_mb "$bin" history -C "$repo" --today 2026-11-25 --format json)
warm_rss=$(peak_rss_mb "$bin" history -C "$repo" --today 2026-11-25 --format json)
read -r fl co wa ix < <(python3 -c "import json; r=json.load(open('$work/history-$n.json'))['results']; print(*[f\"{x['median']:.3f}\" for x in r])")
echo "| sessions | commits | git log -p s | history cold s | history warm s | index s | cold/git | warm/git | cold RSS MB | warm RSS MB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| $n | $commits | $fl | $co | $wa | $ix | $(python3 -c "print(f'{$co/$fl:.2f}')") | $(python3 -c "print(f'{$wa/$fl:.2f}')") | $cold_rss | $warm_rss |"
