#!/usr/bin/env python3
"""Re-lays out the bundled plans the ways other exports do, and reports how much of plancheck's extraction
survives each change: the same targets (indicator, value, comparator), areas and their leads, citations
(number, date) and metadata (number, date, issuer, period) as from the plan as bundled.

Usage (from the package root, after `swift build -c release`):

    python3 scripts/layout-variants.py [--bin .build/release/plancheck] [--plans plans] [--verbose]

The variants are what real plans arrive as: Windows line ends, decomposed Unicode (NFD), the old tone-mark
placement (`hoá`, `thuỷ`), PDF hard wrapping at 70 columns, a blank line after every line, page numbers
and a running header between pages, `–`/`•`/`+` for dashes and bullets, a header kept as a Word table, and the header's two columns laid out with spaces (`pdftotext -layout`).
Lines move in every variant, so items are compared without their line numbers. A measurement, not a test:
a variant that loses items points at an extractor to fix.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import textwrap
import unicodedata
from collections import Counter


def crlf(text):
    return text.replace("\n", "\r\n")


def nfd(text):
    return unicodedata.normalize("NFD", text)


OLD_TONES = {"óa": "oá", "òa": "oà", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "úy": "uý", "ùy": "uỳ", "ủy": "uỷ",
             "ũy": "uỹ", "ụy": "uỵ", "óe": "oé", "òe": "oè", "ọe": "oẹ"}


def old_tones(text):
    for a, b in OLD_TONES.items():
        text = text.replace(a, b).replace(a.capitalize(), b.capitalize())
    return text


def wrap70(text):
    """PDF-style hard wrapping of a plan exported with one line per paragraph; a plan that is already
    hard-wrapped (most of its lines at most 90 characters) is left out: wrapping it again mixes two styles."""
    lines = [l for l in text.split("\n") if l.strip()]
    if sum(len(l) <= 90 for l in lines) > 0.8 * len(lines):
        return None
    out = []
    for line in text.split("\n"):
        if "\t" in line or len(line) <= 70:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, 70, break_on_hyphens=False))
    return "\n".join(out)


def double_spaced(text):
    return "\n\n".join(text.split("\n"))


def paged(text):
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if i and i % 45 == 0:
            out += ["", str(i // 45 + 1), ""]
        out.append(line)
    return "\n".join(out)


def dashes_and_bullets(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^- ", "• ", line)
        line = re.sub(r"^\+ ", "- ", line)
        out.append(line.replace(" - ", " – "))
    return "\n".join(out)


def number_and_date_lines(lines):
    """The indexes of the `Số: …` line and the place-and-date line below it in the header, or (None, None)."""
    num = next((i for i, l in enumerate(lines[:15]) if re.match(r"\s*Số\s*:", l)), None)
    date = next((i for i, l in enumerate(lines[:15]) if i != num and re.search(r",? ngày .* năm 20\d\d\s*$", l)), None)
    if num is None or date is None or date < num:
        return None, None
    return num, date


def header_table(text):
    """`Số: …` and the place-and-date line on one tab-separated row, as Word's two-column header exports."""
    lines = text.split("\n")
    num, date = number_and_date_lines(lines)
    if num is None:
        return None
    lines[num] = lines[num].rstrip() + "\t" + lines[date].strip()
    del lines[date]
    return "\n".join(lines)


def header_columns(text):
    """The two columns of the letterhead laid out with spaces, as `pdftotext -layout` gives them."""
    lines = text.split("\n")
    num, date = number_and_date_lines(lines)
    if num is None:
        return None
    lines[num] = lines[num].rstrip().ljust(40) + "      " + lines[date].strip()
    del lines[date]
    top = ["ỦY BAN NHÂN DÂN".ljust(40) + "      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", " " * 46 + "Độc lập - Tự do - Hạnh phúc"]
    return "\n".join(top + lines)


VARIANTS = [("crlf", crlf), ("nfd", nfd), ("old-tones", old_tones), ("wrap70", wrap70),
            ("double-spaced", double_spaced), ("paged", paged), ("dashes-bullets", dashes_and_bullets),
            ("header-table", header_table), ("header-columns", header_columns)]


def items(plan):
    """What a reviewer relies on, without line numbers."""
    out = Counter()
    for t in plan.get("targets", []):
        out[("target", t.get("indicator"), t.get("value"), t.get("comparator"))] += 1
    for a in plan.get("areas", []):
        out[("area", a["id"])] += 1
        for l in a.get("leads", []):
            out[("lead", a["id"], l.get("unitId") or l.get("unit"))] += 1
    for c in plan.get("citations", []):
        out[("citation", c.get("number"), c.get("date"))] += 1
    for k in ("number", "date", "issuer", "period"):
        v = plan.get(k)
        out[("meta", k, json.dumps(v, sort_keys=True, ensure_ascii=False))] += 1
    return out


def extract(binary, path):
    out = subprocess.run([binary, "extract", "--format", "json", path], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"extract {path} failed ({out.returncode}): {out.stderr[:300]}")
    d = json.loads(out.stdout)
    return (d["plans"] if isinstance(d, dict) else d)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/plancheck")
    ap.add_argument("--plans", default="plans")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.plans) for f in fs if f.endswith(".txt"))
    base = {f: items(extract(binary, f)) for f in files}
    total_kept = total_all = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, change in VARIANTS:
            kept = everything = 0
            lost_here = []
            for f in files:
                with open(f, encoding="utf-8") as fh:
                    text = change(fh.read())
                if text is None:
                    continue
                path = os.path.join(tmp, os.path.basename(f))
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
                got = items(extract(binary, path))
                want = base[f]
                same = sum((want & got).values())
                kept += same
                everything += sum(want.values()) + sum((got - want).values())
                lost_here += [(os.path.basename(f), "lost", i) for i in (want - got)]
                lost_here += [(os.path.basename(f), "new", i) for i in (got - want)]
            total_kept += kept
            total_all += everything
            print(f"{name:16} {kept:4}/{everything:4} = {kept / max(1, everything):.3f}")
            if args.verbose:
                for x in lost_here:
                    print("   ", *x)
    print(f"{'all':16} {total_kept:4}/{total_all:4} = {total_kept / max(1, total_all):.3f}")


if __name__ == "__main__":
    main()
