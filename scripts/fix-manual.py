#!/usr/bin/env python3
"""Finishes docs/tandem.1 after swift-argument-parser's generate-manual plugin.

    scripts/fix-manual.py TANDEM_BINARY docs/tandem.1

The plugin drops every character outside ASCII (❌, …, —) and leaves empty lines
(which man --warnings reports). This puts the characters back as groff escapes
(\\[u274C]), read from the binary's own help (--experimental-dump-help), and
turns empty lines into paragraph breaks (.Pp).
"""
import json
import subprocess
import sys


def texts(node):
    """Every help string in the dumped command tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("abstract", "discussion") and isinstance(value, str):
                yield value
            else:
                yield from texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from texts(item)


def escaped(text):
    out = []
    for character in text:
        if ord(character) < 128:
            out.append(character)
        elif character == "\ufe0f":
            continue  # the emoji variation selector: nothing to draw
        else:
            out.append("\\[u%04X]" % ord(character))
    return "".join(out)


def main():
    binary, page = sys.argv[1], sys.argv[2]
    dump = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    with open(page, encoding="utf-8") as handle:
        manual = handle.read()
    replacements = {}
    for text in texts(dump):
        for line in text.split("\n"):
            stripped = "".join(c for c in line if ord(c) < 128)
            if stripped != line and stripped.strip():
                replacements[stripped] = escaped(line)
    # Longer texts first, so a text that contains a shorter one is restored whole.
    for stripped in sorted(replacements, key=len, reverse=True):
        manual = manual.replace(stripped, replacements[stripped])
    lines = [".Pp" if line == "" else line for line in manual.split("\n")[:-1]]
    with open(page, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
