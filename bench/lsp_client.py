#!/usr/bin/env python3
"""A small LSP client for tandem's language server: the benchmark's driver.

    bench/lsp_client.py --tandem BIN --file SESSION.md [--changes 20] [--today DATE]

Starts `tandem lsp`, opens FILE, sends CHANGES full-text changes one at a time
(each appends a sentence, or a commitment, or changes the front matter: --edit),
and measures, for each, the time from sending `didChange` to receiving its
`publishDiagnostics`. The server's debounce is
subtracted, so the figures are what the check itself costs; the server's CPU time
per change (Linux) is printed too, as it depends less on the machine's load. Prints JSON.
"""
import argparse
import json
import os
import pathlib
import re
import statistics
import subprocess
import time


def cpu_seconds(pid):
    """User + system CPU seconds of a process so far (Linux /proc), or None elsewhere."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


class Client:
    def __init__(self, command, cwd=None):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        return self.next_id - 1

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, predicate):
        while True:
            message = self.read()
            if predicate(message):
                return message


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tandem", required=True)
    parser.add_argument("--file", required=True)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--today", default="2026-11-25")
    parser.add_argument("--debounce-ms", type=int, default=150)
    parser.add_argument("--edit", choices=["prose", "commitment", "front-matter"], default="commitment",
                        help="prose: append a sentence of notes; commitment: append a commitment line; "
                             "front-matter: change the session's duration")
    args = parser.parse_args()

    path = pathlib.Path(args.file).resolve()
    uri = path.as_uri()
    text = path.read_text()
    client = Client([args.tandem, "lsp", "--today", args.today, "--debounce-ms", str(args.debounce_ms)])
    started = time.perf_counter()
    first = client.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    client.wait_for(lambda m: m.get("id") == first)
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    opened = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
    open_seconds = time.perf_counter() - started

    latencies = []
    cpu_before = cpu_seconds(client.proc.pid)
    for version in range(2, args.changes + 2):
        if args.edit == "prose":
            text += f"\nMore notes on the forecast, take {version}.\n"
        elif args.edit == "commitment":
            text += f"- [ ] Follow up on the forecast change {version}\n"
        else:
            text = re.sub(r"(?m)^duration: \d+$", f"duration: {30 + version}", text, count=1)
        sent = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text}]})
        client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri and m["params"].get("version") == version)
        latencies.append((time.perf_counter() - sent) * 1000 - args.debounce_ms)
    cpu_after = cpu_seconds(client.proc.pid)
    shutdown = client.request("shutdown", None)
    client.wait_for(lambda m: m.get("id") == shutdown)
    client.notify("exit", None)
    client.proc.wait(timeout=10)
    latencies.sort()
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    print(json.dumps({
        "edit": args.edit, "changes": len(latencies), "open_s": round(open_seconds, 3),
        "diagnostics_on_open": len(opened["params"]["diagnostics"]),
        "median_ms": round(statistics.median(latencies), 1), "p95_ms": round(p95, 1),
        "max_ms": round(latencies[-1], 1), "exit_code": client.proc.returncode,
        "cpu_ms_per_change": None if cpu_before is None else round((cpu_after - cpu_before) * 1000 / len(latencies), 1),
    }))


if __name__ == "__main__":
    main()
