#!/usr/bin/env python3
"""Validates e-mails written by `tandem remind --per-person DIR --format email`
with Python's own RFC 5322 / MIME parser, as a mail transfer agent would read them.

Usage: validate_email.py FILE.eml...   Prints one JSON object per file; exit 1 on a problem.
"""
import email
import email.policy
import json
import sys


def validate(path):
    raw = open(path, "rb").read()
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a bare LF: lines must end in CRLF")
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if len(line) > 998:
            problems.append("a header line longer than 998 octets")
        if any(b > 127 for b in line):
            problems.append("a raw 8-bit byte in the header: needs RFC 2047")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if message.defects:
        problems.append("defects: " + ", ".join(type(d).__name__ for d in message.defects))
    for name in ("From", "To", "Date", "Subject", "MIME-Version", "Content-Type"):
        if len(message.get_all(name, [])) != 1:
            problems.append(f"{name}: expected exactly one")
    for name in ("Cc", "Bcc"):
        if message.get_all(name):
            problems.append(f"unexpected {name} header")
    to = message["To"]
    if to is not None:
        for header in (message["To"], message["From"]):
            if header.defects:
                problems.append(f"{header.name} defects: " + ", ".join(type(d).__name__ for d in header.defects))
    if message["Date"] is not None and message["Date"].datetime is None:
        problems.append("Date does not parse")
    if message.get_content_type() != "text/plain" or message.get_content_charset() != "utf-8":
        problems.append("not text/plain; charset=utf-8")
    body = message.get_content() if not problems else ""
    addresses = [a.addr_spec for a in message["To"].addresses] if to is not None and not to.defects else []
    return {
        "file": path,
        "problems": problems,
        "to": addresses,
        "to_name": message["To"].addresses[0].display_name if addresses else None,
        "from": message["From"].addresses[0].addr_spec if message["From"] is not None else None,
        "subject": str(message["Subject"]) if message["Subject"] is not None else None,
        "body": body,
    }


def main():
    failed = False
    for path in sys.argv[1:]:
        result = validate(path)
        failed = failed or bool(result["problems"])
        print(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
