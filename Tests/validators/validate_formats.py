#!/usr/bin/env python3
"""Validates tandem's machine-readable outputs with real consumers.

    validate_formats.py PATH/TO/tandem

- SARIF is validated against the SARIF 2.1.0 JSON schema (`jsonschema`), read from
  `shared/data/sarif-schema-2.1.0.json` beside the repository (skipped, with a
  message, when that file is absent; the schema is not copied into the project).
- The iCalendar feed is parsed with the `icalendar` package: VTODO count, DUE
  values and UIDs are compared with `tandem index`.
- JUnit XML is parsed with `xml.etree.ElementTree`.
- GitHub workflow commands are parsed and unescaped as the runner does, and the
  journal's hostile text must come back unchanged.

Runs on a temporary journal full of hostile text, on `sample-journal/` and on a
generated journal of 400 sessions that has fallen behind (`bench/generate_corpus.py`).
Ends with `N passed, M failed`; exits 1 when anything failed.
"""

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(os.path.dirname(REPO), "shared", "data", "sarif-schema-2.1.0.json")
TODAY = "2026-11-25"
MARKER = "QUOKKA-4411-CONFIDENTIAL"

passed = 0
failed = 0



def displayed(text):
    """Journal text as human-readable outputs show it: control, line-break and bidi
    characters escaped (\\n, \\r, \\t, else \\u{HEX}), so no text can forge a line
    or reorder what a terminal shows."""
    out = []
    for ch in text:
        v = ord(ch)
        unsafe = v < 0x20 or 0x7F <= v <= 0x9F or v in (0x61C, 0x200E, 0x200F, 0x2028, 0x2029) \
            or 0x202A <= v <= 0x202E or 0x2066 <= v <= 0x2069
        if not unsafe:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append("\\u{%X}" % v)
    return "".join(out)

def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def step(name, function, *args):
    """Runs one validation; output it cannot even read counts as one failure, not a crash."""
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - any surprise in the output is a failure
        check(name, False, f"{type(error).__name__}: {error}"[:300])
        return None


def run(binary, journal, *args, expect=(0, 1)):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TANDEM_") and k != "NO_COLOR"}
    proc = subprocess.run([binary, *args, "-C", journal, "--today", TODAY], capture_output=True, env=env)
    check(f"exit code of {' '.join(args)} on {os.path.basename(journal)}", proc.returncode in expect,
          f"got {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[:300]}")
    return proc.stdout


# --- a journal of hostile text ------------------------------------------------

LONG = "Long " + "x" * 300
RTL = "שלום עולם مرحبا \u202eevil\u202c"
HOSTILE = [
    'Quote "double" and \'single\' <script>alert("x")</script>',
    "Ampersands & &amp; &#169; and 100% done %0A %25",
    "Colons: commas, and ::warning::injected",
    "Emoji 🧑🏽‍🤝‍🧑🏼 ✅ 📅 café",
    LONG,
    RTL,
    "Backslash \\\\ semicolon ; comma , tab\tend",
    "Entities &lt;script&gt;alert(1)&lt;/script&gt; &amp;copy; \\*stars\\* \\_under\\_ \\[link\\](x) \\`tick\\` | ~ # $x$",
    "1986\\. was a year",
]
HOSTILE_FILE = "sessions/2026/2026-11-03-ana-ben, 100%: odd.md"


def session(date, coach, coachee, body, extra=""):
    return f"---\ndate: {date}\ncoach: {coach}\ncoachee: {coachee}\n{extra}---\n{body}"


def hostile_journal(root):
    files = {
        "tandem.yml": 'team: "Sales <East> & \\"Co\\", 100%: ok"\ntimezone: Europe/Berlin\n',
        HOSTILE_FILE: session(
            "2026-11-03", "ana", "ben",
            "## Goals\n- Handle <b>objections</b>\n\n## Commitments\n"
            + "".join(f"- [ ] {text} due:2026-11-{10 + i:02d}\n" for i, text in enumerate(HOSTILE))
            + "- [ ] Later & later due:2027-01-15\n- [?] Odd mark due:2026-12-01\n- [/] In progress due:2026-11-28\n",
            extra='duration: 5\nfocus: "line one\\r\\nline two <script> % : ,"\n'),
        "sessions/2026/2026-10-20-ana-ben.md": session(
            "2026-10-20", "ben", "ana",
            f"## Goals\n- {MARKER} goal\n\n## Commitments\n- [ ] {MARKER} overdue due:2026-11-01\n"
            f"- [ ] {MARKER} later due:2027-02-01\n",
            extra=f"confidential: true\nfocus: {MARKER} focus\n"),
        "sessions/2026/broken.md": "no front matter, <script> & 100%\n",
        "sessions/2026/2026-11-20-chloe-dev.md": session(
            "2026-11-20", "chloe", "dev", "## Commitments\n- [ ] @chloe ask: \"why?\", then % due:+3d\n"),
    }
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)


# --- GitHub workflow commands ----------------------------------------------------

COMMAND = re.compile(r"^::(notice|warning|error)(?: ([^:]*))?::(.*)$")


def unescape_data(text):
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text):
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def parse_github(output, label):
    """Parses workflow commands as the runner does: properties split on `,` and the first `=`."""
    text = output.decode("utf-8")
    commands = []
    for line in text.split("\n")[:-1] if text else []:
        check(f"{label}: no CR inside a command", "\r" not in line, repr(line[:80]))
        match = COMMAND.match(line)
        check(f"{label}: line is a workflow command", match is not None, repr(line[:120]))
        if not match:
            continue
        properties = {}
        for part in (match.group(2) or "").split(","):
            key, _, value = part.partition("=")
            properties[key] = unescape_property(value)
        commands.append((match.group(1), properties, unescape_data(match.group(3))))
    return commands


def validate_github(binary, journal, files, findings, remind_json):
    commands = parse_github(run(binary, journal, "check", "--format", "github"), "check github")
    check("check github: one command per finding", len(commands) == len(findings), f"{len(commands)} vs {len(findings)}")
    levels = {"info": "notice", "warning": "warning", "error": "error"}
    for (level, props, message), finding in zip(commands, findings):
        check("check github: level", level == levels[finding["severity"]], f"{level} for {finding['severity']}")
        check("check github: file round-trips", props.get("file") == finding["file"], f"{props.get('file')!r}")
        check("check github: line", props.get("line") == str(finding["line"]))
        check("check github: col", props.get("col") == str(finding["column"]))
        check("check github: title is the rule", props.get("title") == finding["rule"])
        check("check github: message round-trips", message == finding["message"])
        check("check github: file exists", props.get("file") in files, props.get("file"))

    commands = parse_github(run(binary, journal, "remind", "--format", "github"), "remind github")
    items = remind_json["overdue"] + remind_json["due_soon"]
    check("remind github: one command per item", len(commands) == len(items) + len(remind_json["pairs"]),
          f"{len(commands)} vs {len(items)} + {len(remind_json['pairs'])}")
    for (level, props, message), item in zip(commands, items):
        check("remind github: file round-trips", props.get("file") == item["file"], repr(props.get("file")))
        check("remind github: line", props.get("line") == str(item["line"]))
        text = displayed(item["text"]) if item["text"] is not None else "(confidential)"
        check("remind github: text round-trips", message.startswith(text + " ("), f"{message[:80]!r} vs {text[:80]!r}")
        check("remind github: level", level == ("warning" if item.get("days_overdue", 0) > 0 else "notice"))


# --- SARIF ---------------------------------------------------------------------

def documented_rule_count():
    """The rows of the rule table at the top of docs/RULES.md."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(root, "docs", "RULES.md"), encoding="utf-8") as handle:
        text = handle.read().split("## Details", 1)[0]
    return sum(1 for line in text.splitlines() if line.startswith("| `"))


def validate_sarif(binary, journal, findings):
    raw = run(binary, journal, "check", "--format", "sarif")
    log = json.loads(raw)
    again = run(binary, journal, "check", "--format", "sarif")
    check("sarif: byte-stable", raw == again)
    if os.path.exists(SCHEMA):
        import jsonschema
        with open(SCHEMA, encoding="utf-8") as handle:
            schema = json.load(handle)
        validator = jsonschema.Draft4Validator(schema)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        check(f"sarif: valid against the 2.1.0 schema ({os.path.basename(journal)})", not errors,
              "; ".join(f"{list(e.path)}: {e.message[:200]}" for e in errors[:5]))
    else:
        print(f"SKIP sarif schema validation: {SCHEMA} not found")
    check("sarif: version", log.get("version") == "2.1.0")
    runs = log.get("runs", [])
    check("sarif: one run", len(runs) == 1)
    run0 = runs[0]
    check("sarif: columnKind", run0.get("columnKind") == "unicodeCodePoints")
    rules = run0["tool"]["driver"]["rules"]
    # Every registered rule, whether it fired or not (the registry, as shell completion lists it).
    registered = subprocess.run([binary, "---completion", "check", "--", "--rule", "3", "0", "tandem", "check", "--rule", ""],
                                capture_output=True, text=True, check=True).stdout.split()
    check("sarif: every registered rule", sorted(r["id"] for r in rules) == sorted(registered),
          f"{len(rules)} vs {len(registered)}")
    results = run0.get("results", [])
    check("sarif: one result per finding", len(results) == len(findings))
    levels = {"info": "note", "warning": "warning", "error": "error"}
    for result, finding in zip(results, findings):
        check("sarif: ruleIndex points at ruleId", rules[result["ruleIndex"]]["id"] == result["ruleId"])
        check("sarif: level", result["level"] == levels[finding["severity"]])
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        from urllib.parse import unquote
        check("sarif: uri is relative and decodes to the file", not uri.startswith("/") and ":" not in uri
              and unquote(uri) == finding["file"], uri)
        check("sarif: startLine", location["region"]["startLine"] == finding["line"])
        check("sarif: startColumn", location["region"]["startColumn"] == finding["column"])


# --- JUnit -----------------------------------------------------------------------

def validate_junit(binary, journal, findings):
    raw = run(binary, journal, "check", "--format", "junit")
    check("junit: XML declaration", raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'))
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        check("junit: parses", False, str(error))
        return
    check("junit: root is testsuites", root.tag == "testsuites")
    cases = root.findall("./testsuite/testcase")
    failures = root.findall("./testsuite/testcase/failure")
    check("junit: tests attribute", int(root.get("tests")) == len(cases), f"{root.get('tests')} vs {len(cases)}")
    check("junit: failures attribute", int(root.get("failures")) == len(failures) == len(findings))
    suites = root.findall("testsuite")
    check("junit: one suite per file", sorted(s.get("name") for s in suites) == sorted({f["file"] for f in findings}))
    for suite in suites:
        check("junit: suite counts", int(suite.get("tests")) == len(suite.findall("testcase"))
              and int(suite.get("failures")) == len(suite.findall("testcase/failure")))
    for failure, finding in zip(failures, findings):
        check("junit: failure type is the rule", failure.get("type") == finding["rule"])
        check("junit: message keeps the text", finding["message"] in failure.get("message"))
        check("junit: body names the location", failure.text.startswith(f"{finding['file']}:{finding['line']}:"))


def validate_clean_junit(binary, journal):
    root = ET.fromstring(run(binary, journal, "check", "--format", "junit", expect=(0,)))
    check("junit clean: one passing testcase", len(root.findall("./testsuite/testcase")) == 1
          and not root.findall(".//failure"))


# --- iCalendar ---------------------------------------------------------------------

def validate_ics(binary, journal, index):
    import icalendar
    raw = run(binary, journal, "remind", "--format", "ics", expect=(0,))
    check("ics: CRLF line endings only", b"\n" not in raw.replace(b"\r\n", b""))
    for line in raw.split(b"\r\n"):
        check("ics: lines at most 75 octets", len(line) <= 75, f"{len(line)}: {line[:40]!r}")
        try:
            line.decode("utf-8")
            ok = True
        except UnicodeDecodeError:
            ok = False
        check("ics: folding never splits a UTF-8 sequence", ok, repr(line[:40]))
    calendar = icalendar.Calendar.from_ical(raw)
    check("ics: VERSION 2.0", str(calendar.get("VERSION")) == "2.0")
    check("ics: PRODID", str(calendar.get("PRODID")) == "-//tandem//tandem 0.1.0//EN")
    todos = [c for c in calendar.walk() if c.name == "VTODO"]
    events = [c for c in calendar.walk() if c.name == "VEVENT"]

    names = {p["id"]: p.get("name") or p["id"] for p in index["people"]}
    expected = {}
    texts = {}
    for s in index["sessions"]:
        for c in s["commitments"]:
            if c["status"] in ("open", "in_progress") and c["due"]:
                expected[f"{c['id']}@tandem"] = c["due"]
                text = c["text"] if c["text"] is not None else "(confidential)"
                owners = c["owners"] or [s["coachee"]]
                texts[f"{c['id']}@tandem"] = text + " \u2014 " + ", ".join(names.get(o, o) for o in owners)
    pairs = {}
    for p in index["pairs"]:
        if p["next_due"] and not p.get("ended"):
            pairs["pair-" + "-".join(p["partners"]) + "@tandem"] = p.get("booked") or p["next_due"]
    got = {str(t.get("UID")): t for t in todos}
    check("ics: one VTODO per open dated commitment", sorted(got) == sorted(expected),
          f"{sorted(set(got) ^ set(expected))}")
    check("ics: UIDs unique", len(got) == len(todos))
    for uid, todo in got.items():
        due = todo.decoded("DUE")
        check("ics: DUE is a DATE", isinstance(due, datetime.date) and not isinstance(due, datetime.datetime), repr(due))
        check("ics: DUE value", uid in expected and due.isoformat() == expected[uid], f"{uid}: {due}")
        check("ics: DTSTAMP from today", todo.decoded("DTSTAMP").strftime("%Y%m%d") == TODAY.replace("-", ""))
        check("ics: STATUS", str(todo.get("STATUS")) in ("NEEDS-ACTION", "IN-PROCESS"))
        if uid in texts:
            check("ics: SUMMARY round-trips and names the owners", str(todo.get("SUMMARY")) == texts[uid],
                  f"{str(todo.get('SUMMARY'))[:60]!r} vs {texts[uid][:60]!r}")
    # Each active pair's next session: an all-day event on its booking, else when due.
    got_events = {str(e.get("UID")): e for e in events}
    check("ics: one all-day VEVENT per active pair", sorted(got_events) == sorted(pairs),
          f"{sorted(set(got_events) ^ set(pairs))}")
    for uid, event in got_events.items():
        start = event.decoded("DTSTART")
        check("ics: DTSTART is a DATE", isinstance(start, datetime.date) and not isinstance(start, datetime.datetime), repr(start))
        check("ics: event on the booking or next due", uid in pairs and start.isoformat() == pairs[uid], f"{uid}: {start}")
        check("ics: event DTEND the next day", event.decoded("DTEND") == start + datetime.timedelta(days=1))

    raw = run(binary, journal, "remind", "--format", "ics", "--todos-as-events", expect=(0,))
    calendar = icalendar.Calendar.from_ical(raw)
    check("ics --todos-as-events: no VTODO", not [c for c in calendar.walk() if c.name == "VTODO"])
    all_events = {str(e.get("UID")): e for e in calendar.walk() if e.name == "VEVENT"}
    check("ics --todos-as-events: an all-day VEVENT per commitment and pair",
          sorted(all_events) == sorted(list(expected) + list(pairs)), f"{sorted(set(all_events) ^ (set(expected) | set(pairs)))}")
    for uid, due in expected.items():
        if uid in all_events:
            check("ics --todos-as-events: on the due date", all_events[uid].decoded("DTSTART").isoformat() == due, uid)


# --- Markdown and confidentiality ---------------------------------------------------

def validate_markdown(binary, journal, remind_json):
    text = run(binary, journal, "remind", "--format", "markdown", expect=(0,)).decode("utf-8")
    check("markdown: no raw HTML from the journal", "<script>" not in text and "<b>" not in text)
    check("markdown: headings", text.startswith("## "))
    for line in text.splitlines():
        if line.startswith("- `"):
            check("markdown: file:line in a code span", re.search(r"`[^`]+:\d+`$", line) is not None, line[-60:])
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        print("SKIP markdown rendering: markdown-it-py not installed")
        return
    import html
    rendered = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)
    check("markdown: renders without HTML from the journal", "<script" not in rendered, rendered[:200])
    items = [line for line in rendered.split("<li>")[1:]]
    visible = [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]
    for item in remind_json["overdue"] + remind_json["due_soon"]:
        if item["text"] is None:
            continue
        expected = f"{item['id']} {displayed(item['text'])} — "
        check("markdown: journal text renders as itself", any(v.startswith(expected) for v in visible),
              f"{expected[:80]!r}")


def validate_confidential(binary, journal):
    outputs = {
        f"check {f}": run(binary, journal, "check", "--format", f) for f in ("text", "json", "github", "sarif", "junit")
    }
    outputs.update({
        f"remind {f}": run(binary, journal, "remind", "--format", f, expect=(0,))
        for f in ("text", "json", "markdown", "github", "ics")
    })
    outputs["index"] = run(binary, journal, "index", expect=(0,))
    for name, output in outputs.items():
        check(f"confidential text withheld from {name}", MARKER.encode() not in output)
    for f in ("text", "json", "markdown", "github", "ics"):
        shown = run(binary, journal, "remind", "--format", f, "--reveal", expect=(0,))
        check(f"confidential text shown by remind {f} --reveal", MARKER.encode() in shown)


# ------------------------------------------------------------------------------------

def validate_journal(binary, journal, files):
    name = os.path.basename(journal)
    findings = step(f"{name}: check json", lambda: json.loads(run(binary, journal, "check", "--format", "json"))["findings"])
    index = step(f"{name}: index", lambda: json.loads(run(binary, journal, "index", expect=(0,))))
    remind_json = step(f"{name}: remind json",
                       lambda: json.loads(run(binary, journal, "remind", "--format", "json", expect=(0,))))
    if findings is None or index is None or remind_json is None:
        return
    check(f"{name}: there is something to validate", bool(findings and remind_json["overdue"]))
    step(f"{name}: sarif", validate_sarif, binary, journal, findings)
    step(f"{name}: junit", validate_junit, binary, journal, findings)
    step(f"{name}: github", validate_github, binary, journal, files, findings, remind_json)
    step(f"{name}: ics", validate_ics, binary, journal, index)
    step(f"{name}: markdown", validate_markdown, binary, journal, remind_json)


def journal_files(root):
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return found


def main():
    if len(sys.argv) != 2:
        print("usage: validate_formats.py PATH/TO/tandem", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print(f"not an executable: {binary}", file=sys.stderr)
        return 2
    temp = tempfile.mkdtemp(prefix="tandem-validate-")
    try:
        hostile = os.path.join(temp, "hostile")
        hostile_journal(hostile)
        validate_journal(binary, hostile, journal_files(hostile))
        step("confidentiality", validate_confidential, binary, hostile)
        clean = os.path.join(temp, "clean")
        os.makedirs(clean)
        with open(os.path.join(clean, "tandem.yml"), "w") as handle:
            handle.write("team: Clean\n")
        step("clean junit", validate_clean_junit, binary, clean)
        sample = os.path.join(REPO, "sample-journal")
        validate_journal(binary, sample, journal_files(sample))
        # A journal that has fallen behind: reports of over a thousand findings, which
        # tandem writes a run at a time on all cores, must still parse whole and in order.
        large = os.path.join(temp, "struggling")
        subprocess.run([sys.executable, os.path.join(REPO, "bench", "generate_corpus.py"), "--kind", "struggling",
                        "--sessions", "400", "--seed", "7", "--out", large], check=True, stdout=subprocess.DEVNULL)
        validate_journal(binary, large, journal_files(large))
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
