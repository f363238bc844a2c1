#!/usr/bin/env python3
"""Lists Swift functions longer than a limit (default 60 lines), longest first.

Usage: scripts/function-lengths.py [--limit N] [folder ...]   (default: Sources/TandemKit)

A function's length counts the lines from its `func`/`init` keyword to its closing
brace. Braces inside string literals and comments are skipped; multi-line string
literals are followed. Exits 1 when any function is over the limit.
"""
import os
import re
import sys

DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|class|'
                  r'override|mutating|nonisolated|final|convenience|required|@inlinable|@discardableResult)\s+)*'
                  r'(func\s+[^\s(<]+|init[?!]?\s*[(<]|subscript\s*[(<])')


def code_braces(line, state):
    """Brace balance of `line` outside strings and comments; `state` carries `\"\"\"` and `/* */`."""
    depth = 0
    i = 0
    while i < len(line):
        if state['block']:
            end = line.find('*/', i)
            if end < 0:
                return depth
            state['block'] = False
            i = end + 2
            continue
        if state['multi']:
            end = line.find('"""', i)
            if end < 0:
                return depth
            state['multi'] = False
            i = end + 3
            continue
        c = line[i]
        if line.startswith('//', i):
            return depth
        if line.startswith('/*', i):
            state['block'] = True
            i += 2
            continue
        if line.startswith('"""', i):
            state['multi'] = True
            i += 3
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == '\\' else 1
            i += 1
            continue
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
        i += 1
    return depth


def functions(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    state = {'multi': False, 'block': False}
    starts = []  # (name, line index, depth before the body opened)
    depth = 0
    results = []
    for index, line in enumerate(lines):
        match = None if state['multi'] or state['block'] else DECL.match(line)
        if match:
            starts.append((match.group(1).strip(' (<'), index, depth, False))
        depth += code_braces(line, state)
        # A declaration's body is open once the depth rises above the level it started at.
        starts = [(n, i, d, opened or depth > d) for n, i, d, opened in starts]
        still = []
        for name, start, level, opened in starts:
            if opened and depth <= level:
                results.append((index - start + 1, name, start + 1))
            elif not opened and index - start > 8:
                continue  # a protocol requirement: no body
            else:
                still.append((name, start, level, opened))
        starts = still
    return results


def main():
    args = sys.argv[1:]
    limit = 60
    if args[:1] == ['--limit']:
        limit = int(args[1])
        args = args[2:]
    folders = args or ['Sources/TandemKit']
    found = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                if name.endswith('.swift'):
                    path = os.path.join(root, name)
                    found += [(length, f'{path}:{line}', fname) for length, fname, line in functions(path)]
    over = sorted((f for f in found if f[0] > limit), reverse=True)
    for length, where, name in over:
        print(f'{length:5d}  {where}  {name}')
    print(f'{len(over)} of {len(found)} functions longer than {limit} lines')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main())
