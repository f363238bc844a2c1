#!/usr/bin/env python3
"""Writes a realistic tandem journal for benchmarks, deterministic for a seed.

    bench/generate_corpus.py --sessions 10000 --seed 1 --out /tmp/journal-10k
    bench/generate_corpus.py --kind struggling --sessions 10000 --out /tmp/struggling-10k

Sessions are 2-4 KB with every section, nested lists, code blocks, block quotes and
2-6 commitments in every inline-field syntax; some are confidential.

--kind kind (the default) writes a tidy journal: few long-lived pairs, few findings.
--kind struggling writes a programme in trouble, full of findings: about one pair per
ten sessions, a fifth of them configured in tandem.yml (some with their own cadence),
agreements for a few, every second session missing a required section, thousands of
overdue commitments, pairs that stopped meeting, a quarter of the sessions confidential.
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


def session(rng, date, coach, coachee, people, confidential, skip_goals=False):
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
    ]
    if not skip_goals:
        lines.append("## Goals")
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


def write_session(out, rng, date, a, b, n, confidential, skip_goals=False):
    coach, coachee = (a, b) if n % 2 == 0 else (b, a)
    folder = os.path.join(out, "sessions", str(date.year))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{date}-{a}-{b}.md"), "w") as f:
        f.write(session(rng, date, coach, coachee, [a, b], confidential, skip_goals))


def struggling(args, rng):
    """About ten sessions a pair, ending anywhere in the last year and a half."""
    today = datetime.date(2026, 11, 25)
    pair_count = max(2, args.sessions // 10)
    people = [f"p{i:05d}" for i in range(2 * pair_count)]
    pairs = [(people[i], people[i + 1]) for i in range(0, len(people), 2)]
    os.makedirs(os.path.join(args.out, "agreements"), exist_ok=True)
    with open(os.path.join(args.out, "tandem.yml"), "w") as f:
        f.write("team: Struggling\ntimezone: UTC\ncadence: 14d\ngrace: 7d\n")
        f.write("sections:\n  required: [Goals, Commitments]\npeople:\n")
        for p in people:
            f.write(f"  {p}: {{ name: Person {p} }}\n")
        f.write("pairs:\n")
        for index, (a, b) in enumerate(pairs):
            if index % 5 != 1:
                continue
            f.write(f"  - partners: [{b}, {a}]\n")
            if index % 3 == 0:
                f.write(f"    cadence: {rng.choice([7, 21, 28])}d\n")
            if index % 4 == 0:
                f.write("    grace: 3d\n")
            if index % 7 == 0:
                f.write(f"    since: {today - datetime.timedelta(days=700)}\n")
    for index, (a, b) in enumerate(pairs):
        if index % 20 == 3:
            name = f"{a}-{b}.md" if index % 40 == 3 else f"agreement-{index}.md"
            with open(os.path.join(args.out, "agreements", name), "w") as f:
                f.write(f"---\npartners: [{b}, {a}]\n---\n\n# Our agreement\n\n{sentence(rng)}\n")
    written = 0
    for index, (a, b) in enumerate(pairs):
        count = 10 if index < len(pairs) - 1 else args.sessions - written
        date = today - datetime.timedelta(days=rng.randint(35 * count, 35 * count + 500))
        for n in range(count):
            write_session(args.out, rng, date, a, b, n, rng.random() < 0.25, skip_goals=written % 2 == 1)
            written += 1
            date += datetime.timedelta(days=rng.choice([14, 14, 21, 28, 35]))
    print(f"wrote {written} sessions for {len(pairs)} pairs to {args.out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", choices=["kind", "struggling"], default="kind")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.kind == "struggling":
        return struggling(args, rng)

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
