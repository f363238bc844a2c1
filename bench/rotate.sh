#!/usr/bin/env bash
# Benchmarks `tandem rotate` on generated teams: every person with a manager, a
# level and a join date, and a year of sessions among neighbours (so the avoid
# window and the manager rule both bite).
#   bench/rotate.sh [SIZES...]      default: 200 1000
# Needs: python3 (hyperfine when installed). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 1000)
swift build -c release --product tandem >/dev/null
bin="$(swift build -c release --show-bin-path)/tandem"
work="${BENCH_DIR:-/tmp/tandem-bench}"
mkdir -p "$work"

echo "| people | sessions | rotate wall s (median of 5) | rotate CPU s |"
echo "| ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  journal="$work/team-$n"
  if [ ! -d "$journal" ]; then
    python3 - "$n" "$journal" <<'PY'
import os, random, sys
n, root = int(sys.argv[1]), sys.argv[2]
rng = random.Random(1)
os.makedirs(root + "/sessions", exist_ok=True)
ids = [f"p{i:04d}" for i in range(n)]
with open(root + "/tandem.yml", "w") as f:
    f.write("team: Bench\npeople:\n")
    for i, pid in enumerate(ids):
        boss = ids[(i // 8) * 8]
        manager = f", manager: {boss}" if boss != pid else ""
        joined = "2026-10-01" if i % 7 == 0 else "2024-01-15"
        f.write(f"  {pid}: {{ name: P {i}, level: L{i % 3}, joined: {joined}{manager} }}\n")
for i in range(n):
    for k in range(1, 4):  # each person met three neighbours this year, several times
        j = (i + k * 3) % n
        for month in range(1, 7 if k == 1 else 3):
            date = f"2026-{month + 2:02d}-{(i + k) % 27 + 1:02d}"
            with open(f"{root}/sessions/{date}-{ids[i]}-{ids[j]}.md", "w") as f:
                f.write(f"---\ndate: {date}\ncoach: {ids[i]}\ncoachee: {ids[j]}\n---\n\n## Commitments\n- [x] done\n")
PY
  fi
  sessions=$(find "$journal/sessions" -name '*.md' | wc -l)
  cmd="$bin rotate -C $journal --today 2026-11-25 --format json"
  $cmd > /dev/null
  wall=$(python3 - "$cmd" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(5):
    start = time.perf_counter()
    subprocess.run(sys.argv[1].split(), stdout=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - start)
print(f"{statistics.median(runs):.3f}")
PY
)
  cpu=$(/usr/bin/time -f "%U %S" $cmd 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f", $1 + $2}')
  echo "| $n | $sessions | $wall | $cpu |"
done
