#!/usr/bin/env python3
"""Writes a git repository holding a journal with a long history, for benchmarks.

    bench/generate_history.py --sessions 10000 --seed 1 --out /tmp/history-10k

The sessions are those of generate_corpus.py. Each is committed on its date, and when a
pair meets again, a second commit reviews the pair's previous session: it re-dates an
open commitment or ticks one off; one review in fifty also moves the file to another
folder (a rename). That makes about two commits per session. The stream goes through
`git fast-import`, so 20,000 commits take seconds; the work tree is checked out at the end.
"""
import argparse
import datetime
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_corpus import session  # noqa: E402

DUE = re.compile(r"due:(\d{4}-\d{2}-\d{2})")


def review(text, rng):
    """Re-dates or ticks the first open commitment; None when nothing is open."""
    lines = text.split("\n")
    start = lines.index("## Commitments")
    for i, line in enumerate(lines):
        if i < start or not line.startswith("- [ ] "):
            continue
        match = DUE.search(line)
        if match and rng.random() < 0.6:
            due = datetime.date.fromisoformat(match.group(1)) + datetime.timedelta(days=7)
            lines[i] = line[:match.start()] + f"due:{due}" + line[match.end():]
        else:
            lines[i] = "- [x] " + line[6:]
        return "\n".join(lines)
    return None


def blob(out, data):
    encoded = data.encode("utf-8")
    out.write(b"data %d\n" % len(encoded))
    out.write(encoded)
    out.write(b"\n")


def commit(out, when, message, changes):
    stamp = int(datetime.datetime.combine(when, datetime.time(18, 0), datetime.timezone.utc).timestamp())
    out.write(b"commit refs/heads/main\n")
    out.write(b"author Bench <bench@example.com> %d +0000\n" % stamp)
    out.write(b"committer Bench <bench@example.com> %d +0000\n" % stamp)
    blob(out, message)
    for change in changes:
        if change[0] == "R":
            out.write(f'R "{change[1]}" "{change[2]}"\n'.encode())
        else:
            out.write(f"M 100644 inline {change[1]}\n".encode())
            blob(out, change[2])
    out.write(b"\n")


def plan(sessions, seed):
    rng = random.Random(seed)
    people = [f"p{i:03d}" for i in range(max(4, sessions // 250 * 2))]
    pairs = [(people[i], people[i + 1]) for i in range(0, len(people) - 1, 2)]
    per_pair = -(-sessions // len(pairs))
    planned = []
    for pair_index, (a, b) in enumerate(pairs):
        date = datetime.date(2020, 1, 6) + datetime.timedelta(days=pair_index % 14)
        for n in range(per_pair):
            if len(planned) >= sessions:
                break
            coach, coachee = (a, b) if n % 2 == 0 else (b, a)
            path = f"sessions/{date.year}/{date}-{a}-{b}.md"
            planned.append((date, (a, b), path, session(rng, date, coach, coachee, [a, b], rng.random() < 0.1)))
            date += datetime.timedelta(days=rng.choice([14, 14, 14, 21, 28]))
    planned.sort(key=lambda s: (s[0], s[2]))
    return people, planned


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed + 1)
    people, planned = plan(args.sessions, args.seed)
    subprocess.run(["git", "init", "-q", "-b", "main", args.out], check=True)
    importer = subprocess.Popen(["git", "-C", args.out, "fast-import", "--quiet"], stdin=subprocess.PIPE)
    out = importer.stdin
    config = "team: Benchmark\ntimezone: UTC\ncadence: 14d\ngrace: 7d\npeople:\n"
    config += "".join(f"  {p}: {{ name: Person {p} }}\n" for p in people)
    commit(out, planned[0][0], "Start the journal", [("M", "tandem.yml", config)])
    contents, latest, commits, renames = {}, {}, 1, 0
    for date, pair, path, text in planned:
        contents[path] = text
        commit(out, date, f"Session {path}", [("M", path, text)])
        commits += 1
        previous = latest.get(pair)
        latest[pair] = path
        if previous is None:
            continue
        changed = review(contents[previous], rng)
        if changed is None:
            continue
        changes = []
        if rng.random() < 0.02:
            moved = previous.replace("sessions/", "sessions/archive/", 1)
            changes.append(("R", previous, moved))
            contents[moved] = contents.pop(previous)
            previous = moved
        contents[previous] = changed
        changes.append(("M", previous, changed))
        commit(out, date + datetime.timedelta(days=1), f"Review {previous}", changes)
        commits += 1
        renames += len(changes) - 1
    out.close()
    if importer.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", args.out, "checkout", "-q", "-f", "main"], check=True)
    print(f"wrote {len(planned)} sessions in {commits} commits ({renames} renames) to {args.out}")


if __name__ == "__main__":
    main()
