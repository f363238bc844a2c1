#!/usr/bin/env python3
"""Regenerates the rule table and the "Details and examples" of docs/RULES.md
from `tandem check --explain ID` for every registered rule.

    scripts/rules-doc.py TANDEM_BINARY [docs/RULES.md]
"""
import re
import subprocess
import sys


def main():
    binary = sys.argv[1]
    page = sys.argv[2] if len(sys.argv) > 2 else "docs/RULES.md"
    ids = subprocess.run([binary, "---completion", "check", "--", "--rule", "3", "0", "tandem", "check", "--rule", ""],
                         check=True, capture_output=True, text=True).stdout.split()
    rows, details = [], []
    for rule in sorted(ids):
        text = subprocess.run([binary, "check", "--explain", rule], check=True, capture_output=True, text=True).stdout
        header, _, rest = text.partition("\n\n")
        severity = re.match(r"\S+ \((\w+)(; off by default)?\)", header)
        default = severity.group(1) if not severity.group(2) else f"off (init: {severity.group(1)})"
        summary = rest.split("\n", 1)[0]
        rows.append(f"| `{rule}` | {default} | {summary} |")
        details.append(f"### {rule}\n\n```text\n{text}```\n")
    with open(page, encoding="utf-8") as handle:
        doc = handle.read()
    table_start = doc.index("| id | default | fires when |")
    table_end = doc.index("\n\n", table_start)
    doc = doc[:table_start] + "| id | default | fires when |\n| --- | --- | --- |\n" + "\n".join(rows) + doc[table_end:]
    marker = "Generated from `tandem check --explain ID`; `↓` marks the line a finding points at.\n"
    start = doc.index(marker) + len(marker)
    doc = doc[:start] + "\n" + "\n".join(details)
    with open(page, "w", encoding="utf-8") as handle:
        handle.write(doc)


if __name__ == "__main__":
    main()
