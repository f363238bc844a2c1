#!/usr/bin/env python3
"""Writes a realistic tandem journal for benchmarks, deterministic for a seed.

    bench/generate_corpus.py --sessions 10000 --seed 1 --out /tmp/journal-10k

Sessions are 2-4 KB with every section, nested lists, code blocks, block quotes and
2-6 commitments in every inline-field syntax; some are confidential.
"""
import argparse
import datetime
import os
import random

WORDS = ("objection discovery pipeline renewal demo pricing feedback trust safety script "
         "follow-up stakeholder forecast coaching listening question outcome habit energy "
         "priority customer handover playbook review practice confidence cadence").split()


def sentence(rng, n=None):
    n = n or rng.randint(6, 16)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def commitment(rng, date, people, index):
    due = date + datetime.timedelta(days=rng.randint(3, 28))
    mark = rng.choice([" ", " ", " ", "x", "x", "/", "-"])
    owner = f"@{rng.choice(people)} " if rng.random() < 0.3 else ""
    text = f"{owner}{sentence(rng, rng.randint(4, 9))[:-1]} {index}"
    style = rng.randrange(6)
    if style == 0:
        field = f"due:{due}"
    elif style == 1:
        field = f"📅 {due}"
    elif style == 2:
        field = f"[due:: {due}]"
    elif style == 3:
        field = f"due:+{rng.randint(1, 4)}w"
    elif style == 4:
        field = "due:next"
    else:
        field = f"due:+{rng.randint(2, 20)}d"
    tail = ""
    if mark in "xX":
        tail = f" ✅ {due - datetime.timedelta(days=1)}" if style == 1 else f" done:{due - datetime.timedelta(days=1)}"
    elif mark == "-":
        tail = f" cancelled:{due}"
    return f"- [{mark}] *{text.split(' ')[0]}* {' '.join(text.split(' ')[1:])} {field}{tail}"


def session(rng, date, coach, coachee, people, confidential):
    lines = [
        "---",
        f"date: {date}",
        f"coach: {coach}",
        f"coachee: {coachee}",
        f"duration: {rng.choice([30, 45, 45, 60])}",
        f"focus: {sentence(rng, 6)}",
        f"confidential: {'true' if confidential else 'false'}",
        f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
        f"pulse: {{ safety: {rng.randint(2, 5)}, trust: {rng.randint(2, 5)} }}",
        "---",
        "",
        "## Check-in",
        " ".join(sentence(rng) for _ in range(3)),
        "",
        "## Goals",
    ]
    for _ in range(rng.randint(1, 3)):
        lines.append(f"- {sentence(rng, 8)}")
        if rng.random() < 0.4:
            lines.append(f"  - {sentence(rng, 5)}")
    lines += ["", "## Discussion", " ".join(sentence(rng) for _ in range(5)), ""]
    lines.append(f"> {sentence(rng)}")
    lines.append(f"> {sentence(rng)}")
    lines += ["", "```text", f"- [ ] not a commitment {sentence(rng, 4)}", "```", ""]
    lines += [" ".join(sentence(rng) for _ in range(4)), "", "## Action plan"]
    for _ in range(rng.randint(2, 4)):
        lines.append(f"1. {sentence(rng, 7)}")
        lines.append(f"   - {sentence(rng, 5)}")
    lines += ["", "## Commitments"]
    for index in range(rng.randint(2, 6)):
        lines.append(commitment(rng, date, people, index))
    lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    people = [f"p{i:03d}" for i in range(max(4, args.sessions // 250 * 2))]
    pairs = [(people[i], people[i + 1]) for i in range(0, len(people) - 1, 2)]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "tandem.yml"), "w") as f:
        f.write("team: Benchmark\ntimezone: UTC\ncadence: 14d\ngrace: 7d\npeople:\n")
        for p in people:
            f.write(f"  {p}: {{ name: Person {p} }}\n")
    start = datetime.date(2020, 1, 6)
    per_pair = -(-args.sessions // len(pairs))
    written = 0
    for pair_index, (a, b) in enumerate(pairs):
        date = start + datetime.timedelta(days=pair_index % 14)
        for n in range(per_pair):
            if written >= args.sessions:
                break
            coach, coachee = (a, b) if n % 2 == 0 else (b, a)
            folder = os.path.join(args.out, "sessions", str(date.year))
            os.makedirs(folder, exist_ok=True)
            name = f"{date}-{a}-{b}.md"
            with open(os.path.join(folder, name), "w") as f:
                f.write(session(rng, date, coach, coachee, [a, b], rng.random() < 0.1))
            written += 1
            date += datetime.timedelta(days=rng.choice([14, 14, 14, 21, 28]))
    print(f"wrote {written} sessions for {len(pairs)} pairs to {args.out}")


if __name__ == "__main__":
    main()
