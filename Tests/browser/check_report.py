#!/usr/bin/env python3
"""Renders the sample journal's HTML report in headless Chromium and checks it.

    check_report.py TANDEM_BINARY [--screenshot OUT.png] [--narrow-screenshot OUT.png]

Fails when the page asks for anything from the network, holds a script, has a chart
without marks, renders blank, or at 420 px has a table wider than the page or chart
labels under 10 px. Prints 'N passed, M failed'.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}")


def png_colours(path, sample_every=7):
    """Distinct colours in a PNG (8-bit RGB/RGBA, non-interlaced), sampled."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 2
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upleft = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                line[i] = (line[i] + pred) & 255
        if y % sample_every == 0:
            for x in range(0, width, sample_every):
                colours.add(bytes(line[x * channels:x * channels + 3]))
        previous = line
    return width, height, colours


def render(chromium, page, work, name):
    """Loads `page` in headless Chromium; returns the URLs the page itself requested and a screenshot."""
    netlog = os.path.join(work, name + "-netlog.json")
    shot = os.path.join(work, name + ".png")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--no-first-run", "--user-data-dir=" + os.path.join(work, name + "-profile"),
                    "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing can leave the machine anyway
                    "--log-net-log=" + netlog, "--window-size=1280,2200", "--screenshot=" + shot,
                    "file://" + page], check=True, capture_output=True, timeout=120)
    log = json.load(open(netlog, encoding="utf-8"))
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    requested = set()
    for event in log.get("events", []):
        params = event.get("params") or {}
        # The browser's own background requests have no origin; the page's have one
        # (a file:// page's is "null").
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and params.get("initiator") != "not an origin":
            url = params.get("url", "")
            if url and not url.startswith(("file:", "data:", "about:", "chrome:")):
                requested.add(url)
    return sorted(requested), shot


# Headless Chromium will not open a window narrower than 500 px, so the copy
# pins the page to the width under test.
MEASURE = """<style>html { width: %dpx; }</style><script>
window.addEventListener('load', () => {
  const page = document.documentElement.getBoundingClientRect().width;
  let widest = 0, smallest = 1e9, scrolling = 0;
  for (const table of document.querySelectorAll('table')) {
    widest = Math.max(widest, table.getBoundingClientRect().right);
    if (table.scrollWidth > table.clientWidth + 1) scrolling += 1;
  }
  for (const text of document.querySelectorAll('svg text')) {
    const box = text.getBoundingClientRect();
    if (box.width === 0) continue;
    const svg = text.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
  }
  document.body.setAttribute('data-measured', JSON.stringify({page, widest, smallest,
    scroll: document.body.scrollWidth, body: document.body.clientWidth, scrolling}));
});
</script>"""


def measure(chromium, report, work, width):
    """Layout facts of the report at a window `width` px wide, from a copy with a measuring script."""
    copy = os.path.join(work, f"measure-{width}.html")
    with open(report, encoding="utf-8") as f:
        html = f.read()
    with open(copy, "w", encoding="utf-8") as f:
        f.write(html.replace("</body>", MEASURE % width + "</body>"))
    result = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             "--no-first-run", "--user-data-dir=" + os.path.join(work, f"measure-{width}-profile"),
                             f"--window-size={width},2000", "--virtual-time-budget=2000", "--dump-dom",
                             "file://" + copy], check=True, capture_output=True, text=True, timeout=120)
    found = re.search(r"data-measured=\"([^\"]*)\"", result.stdout)
    return json.loads(found.group(1).replace("&quot;", '"')) if found else None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tandem = sys.argv[1]
    screenshot_out = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    work = tempfile.mkdtemp(prefix="tandem-report-")
    report = os.path.join(work, "report.html")
    subprocess.run([tandem, "stats", "-C", os.path.join(ROOT, "sample-journal"), "--today", "2026-11-25",
                    "--format", "html", "--output", report], check=True)
    html = open(report, encoding="utf-8").read()

    # Static checks: self-contained, no scripts, every chart has marks.
    check("<script" not in html.lower(), "the report holds no script")
    external = [u for u in re.findall(r'(?:src|href)\s*=\s*["\']([^"\']+)', html) if not u.startswith("#")]
    check(not external, f"no external resources (found {external[:3]})")
    check(not re.search(r"url\(\s*['\"]?(?:https?:|//)", html), "no CSS url() to the network")
    check("@import" not in html, "no CSS @import")
    charts = re.findall(r"<svg\b.*?</svg>", html, flags=re.S)
    check(len(charts) >= 4, f"the report has charts ({len(charts)})")
    for index, svg in enumerate(charts):
        marks = len(re.findall(r"<(?:circle|rect|path|polyline|line|polygon)\b", svg))
        check(marks > 0, f"chart {index} has marks")
        check("<title" in svg, f"chart {index} has a text alternative")
    for name in ["chloe &amp; dev", "eli &amp; fatima", "gus &amp; hana"]:
        check(name in html, f"the report names {name}")

    if not chromium:
        print("SKIP browser rendering: no chromium on PATH (Debian: apt-get install chromium)")
    else:
        # The detector must see a request when there is one: try it on a page that loads an image.
        probe = os.path.join(work, "probe.html")
        with open(probe, "w") as f:
            f.write('<html><body><img src="https://example.invalid/pixel.png">probe</body></html>')
        requested, _ = render(chromium, probe, work, "probe")
        check(any("example.invalid" in u for u in requested), "the network check notices a page's request")

        requested, shot = render(chromium, report, work, "report")
        check(not requested, f"the report requested nothing from the network (requested {requested[:3]})")
        width, height, colours = png_colours(shot)
        check(width > 0 and height > 0, "a screenshot was taken")
        check(len(colours) > 8, f"the page is not blank ({len(colours)} colours)")
        if screenshot_out:
            shutil.copyfile(shot, screenshot_out)

        # Readable on a phone: at 420 px no table is wider than the page (they
        # scroll inside), the page itself does not scroll sideways, and chart
        # labels are drawn at 10 px or more (charts scroll rather than shrink).
        facts = measure(chromium, report, work, 420)
        check(facts is not None, "the page could be measured at 420 px")
        if facts:
            check(facts["widest"] <= facts["page"] + 0.5, f"no table wider than the page at 420 px ({facts})")
            check(facts["scroll"] <= facts["body"], f"the page does not scroll sideways at 420 px ({facts})")
            check(facts["smallest"] >= 9.99, f"chart labels are at least 10 px at 420 px ({facts['smallest']:.1f})")
        # On a desktop page every table fits without scrolling.
        wide = measure(chromium, report, work, 1280)
        check(wide is not None and wide["scrolling"] == 0, f"no table scrolls at 1280 px ({wide})")
        if "--narrow-screenshot" in sys.argv:
            out = sys.argv[sys.argv.index("--narrow-screenshot") + 1]
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--no-first-run", "--user-data-dir=" + os.path.join(work, "narrow-profile"),
                            "--window-size=420,2400", "--screenshot=" + out, "file://" + report],
                           check=True, capture_output=True, timeout=120)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
