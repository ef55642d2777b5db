#!/usr/bin/env python3
"""Scores plancheck against reviewers' keys of plans it was not written against, and plants defects located
from the keys (never from plancheck's own extraction).

Usage (from the package root, after `swift build -c release`):

    python3 scripts/keyed-defects.py [--bin .build/release/plancheck] [--verbose] [FOLDER ...]

Each FOLDER (default: every folder of scripts/keyed-plans/) holds a parent plan, its commune or ward plans
and `key.json`: what a careful reviewer extracts (targets with line and value, the lead of each area,
dated citations) and the deviations written into the plans on purpose. The plans were written, with their
keys, by helpers that did not read plancheck's code (scripts/keyed-plans/README.md); they are synthetic.

For each folder it reports extraction recall against the key (a target at its line +/-1, its value, the
lead of each area, each citation's number and date) and then plants one defect at a time in a copy:

- figure-lowered: a target whose parent figure the key gives (same indicator name) is set 15 points below
  it (the last such figure inside the key's quote when the line holds the quote) (expected: target-below-parent or inconsistent-figure within 2 lines);
- target-dropped: every line of the key stating that indicator is blanked (expected: a new
  target-missing-vs-parent finding in that plan);
- lead-removed: the key's lead line of an area is blanked, or its "(chủ trì: …)" removed from a heading;
  leads in table rows are not planted (the other rows of the area still lead it) (expected:
  area-without-lead);
- citation-date / citation-number: the day of a dated citation is changed, or 3 is added to its number
  (expected: a citation or parent finding within 2 lines).

A finding counts only when it is new (not in the unplanted audit, or with another message). Planting is
mechanical: blanking a unit's subsection heading hands its bullets to the unit above, and a line that
holds the same figure twice outside the key's quote may get the wrong one lowered; such misses are the
planting's, and --verbose shows them for review.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter


def run(cmd):
    """Runs plancheck; exit codes 0 and 1 (findings) are both results."""
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr[:500]}")
    return r


def day_month_year(d):
    """(day, month, year) of an ISO or d/m/yyyy date."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", d or "")
    if m:
        return int(m[3]), int(m[2]), int(m[1])
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", d or "")
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def number_key(s):
    return re.sub(r"\s+", "", s or "").upper().replace("Đ", "D")


def indicator_key(t):
    return re.sub(r"[^a-z0-9]+", " ", t["indicator"].lower()).strip()


def extraction_recall(binary, folder, key, verbose):
    files = [os.path.join(folder, p["file"]) for p in key["plans"]]
    plans = {os.path.basename(p["file"]): p for p in json.loads(run([binary, "extract", "--format", "json"] + files).stdout)["plans"]}
    found, total = Counter(), Counter()
    for kp in key["plans"]:
        xp = plans[kp["file"]]
        for t in kp["targets"]:
            near = [x for x in xp["targets"] if abs(x["line"] - t["line"]) <= 1]
            total["targets"] += 1
            found["targets"] += bool(near)
            total["values"] += 1
            if any(x["value"] == t["value"] for x in near):
                found["values"] += 1
            elif verbose:
                print("  target not read:", kp["file"], t["line"], t["quote"][:60], [(x["line"], x["value"]) for x in near])
        for lead in kp["leads"]:
            total["leads"] += 1
            area = next((a for a in xp["areas"] if a["id"] == lead["area"]), None)
            if area and area["leads"]:
                found["leads"] += 1
            elif verbose:
                print("  lead not read:", kp["file"], lead)
        for c in kp["citations"]:
            total["citations"] += 1
            if any(number_key(x["number"]) == number_key(c["number"]) and day_month_year(x["date"]) == day_month_year(c["date"])
                   for x in xp["citations"]):
                found["citations"] += 1
            elif verbose:
                print("  citation not read:", kp["file"], c)
    return found, total


def audit(binary, folder, parent):
    a = json.loads(run([binary, "audit", "--format", "json", "--fail-on", "never", "--parent", os.path.join(folder, parent), folder]).stdout)
    return [f for g in a["groups"] for f in g["findings"]]


def signature(f):
    return os.path.basename(f["file"]), f["category"], f["line"], f["message"]


def line_changed(line, change):
    """A planting that rewrites one line with `change(text)`; None (not planted) when the line stays as it was."""
    def plant(lines):
        old = lines[line - 1]
        new = change(old)
        if new is None or new == old:
            return None
        lines[line - 1] = new
        return lines
    return plant


def lowered(t, low):
    """Sets the target's `value%` to `low`: the last one inside the key's quote when the line holds the quote
    (a table row may give the parent's figure first), else the first of the line. In a table row (a TAB in it)
    that holds the quote more than once (`100%⇥100%`), the last: the parent's column comes first."""
    figure = re.compile(r"(?<![\d/.,])%s(?:[.,]\d+)?(\s*%%)" % re.escape(f"{t['value']:g}".replace(".", ",")))

    def change(s):
        quote = t.get("quote") or "\0"
        at = s.rfind(quote) if "\t" in s else s.find(quote)
        if at >= 0:
            found = list(figure.finditer(s, at, at + len(t["quote"])))
            if found:
                m = found[-1]
                return s[:m.start()] + f"{low:g}" + m[1] + s[m.end():]
        return figure.sub(f"{low:g}" + r"\1", s, count=1)
    return line_changed(t["line"], change)


def dropped(same):
    def plant(lines):
        for u in same:
            lines[u["line"] - 1] = ""
        return lines
    return plant


def unled(leads):
    def plant(lines):
        for lead in leads:
            s = lines[lead["line"] - 1]
            if lead["unit"] not in s or "\t" in s:
                return None
            heading = re.sub(r"\s*\((?:đơn vị |cơ quan )?chủ trì:[^)]*\)", "", s, flags=re.I)
            lines[lead["line"] - 1] = heading if heading != s else ""
        return lines
    return plant


def redated(c, d):
    """Moves the day of the citation's date by one."""
    day = d[0] + 1 if d[0] < 28 else d[0] - 1

    def change(s):
        new = re.sub(r"0?%d(\s*/\s*0?%d\s*/\s*%d)" % d, lambda m: "%02d" % day + m[1], s, count=1)
        if new == s:
            new = re.sub(r"(ngày\s+)0?%d(\s+tháng\s+0?%d\s+năm\s+%d)" % d, lambda m: m[1] + "%02d" % day + m[2], s, count=1)
        return new
    return line_changed(c["line"], change)


def renumbered(c):
    """Adds 3 to the leading figures of the citation's number."""
    m = re.match(r"(\d+)", c["number"])
    if not m:
        return lambda lines: None
    rest = c["number"][len(m[1]):]
    return line_changed(c["line"], lambda s: s.replace(m[1] + rest, str(int(m[1]) + 3) + rest, 1))


def plantings(key):
    """(kind, file, plant, expected) for every defect the key allows."""
    parent = next(p for p in key["plans"] if p["file"] == key["parent"])
    # The parent's figure for the target's period when the parent sets one (a 2026-2030 parent's 2026 column),
    # else its last figure for the indicator.
    parent_targets = {indicator_key(t): t for t in parent["targets"]}
    parent_by_period = {(indicator_key(t), str(t.get("period"))): t for t in parent["targets"]}
    out = []
    for kp in key["plans"]:
        if kp["file"] == key["parent"]:
            continue
        f = kp["file"]
        for t in kp["targets"]:
            pt = parent_by_period.get((indicator_key(t), str(t.get("period")))) or parent_targets.get(indicator_key(t))
            if not pt:
                continue
            if t["unit"] == "%" and t["comparator"] in (">=", "=") and pt["comparator"] in (">=", "=") and pt["value"] > 20:
                out.append(("figure-lowered", f, lowered(t, pt["value"] - 15),
                            lambda fs, t=t: any(abs(x["line"] - t["line"]) <= 2 and x["category"] in ("target-below-parent", "inconsistent-figure") for x in fs)))
            same = [u for u in kp["targets"] if indicator_key(u) == indicator_key(t)]
            out.append(("target-dropped", f, dropped(same), lambda fs: any(x["category"] == "target-missing-vs-parent" for x in fs)))
        areas = {}
        for lead in kp["leads"]:
            areas.setdefault(lead["area"], []).append(lead)
        for leads in areas.values():
            # A lead line that was the area's whole section (`3. Về thủ tục hành chính, … ; do … chủ trì.`) takes
            # the area with it when blanked: the area reported missing is then the finding.
            out.append(("lead-removed", f, unled(leads), lambda fs: any(x["category"] in ("area-without-lead", "missing-area") for x in fs)))
        for c in kp["citations"]:
            d = day_month_year(c["date"])
            if not d:
                continue
            near = lambda fs, c=c: any(abs(x["line"] - c["line"]) <= 2 and x["category"].startswith(("citation", "parent", "wrong")) for x in fs)
            out.append(("citation-date " + c["number"], f, redated(c, d), near))
            out.append(("citation-number " + c["number"], f, renumbered(c), near))
    return out


def score(binary, folder, verbose):
    key = json.load(open(os.path.join(folder, "key.json"), encoding="utf-8"))
    found, total = extraction_recall(binary, folder, key, verbose)
    print(f"{folder}: extraction " + ", ".join(f"{k} {found[k]}/{total[k]}" for k in sorted(total)))
    base = {signature(f) for f in audit(binary, folder, key["parent"])}
    hit, tried = Counter(), Counter()
    for kind, f, plant, expected in plantings(key):
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "g")
            shutil.copytree(folder, copy)
            path = os.path.join(copy, f)
            lines = open(path, encoding="utf-8").read().split("\n")
            new = plant(list(lines))
            if new is None:
                continue
            open(path, "w", encoding="utf-8").write("\n".join(new))
            after = [x for x in audit(binary, copy, key["parent"]) if os.path.basename(x["file"]) == f and signature(x) not in base]
        kind, _, what = kind.partition(" ")
        tried[kind] += 1
        if expected(after):
            hit[kind] += 1
        elif verbose:
            changed = [i + 1 for i, (a, b) in enumerate(zip(lines, new)) if a != b]
            print(f"  missed {kind} {what} {f}:{changed[:3]} {lines[changed[0] - 1][:90] if changed else ''!r}")
    return hit, tried


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=".build/release/plancheck")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("folders", nargs="*")
    args = ap.parse_args()
    folders = args.folders or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "keyed-plans", "*", "")))
    hit, tried = Counter(), Counter()
    for folder in folders:
        h, t = score(args.bin, folder.rstrip("/"), args.verbose)
        hit.update(h)
        tried.update(t)
        print(f"  {sum(h.values())}/{sum(t.values())}")
    for kind in sorted(tried):
        print(f"{kind:16} {hit[kind]:3}/{tried[kind]:3}")
    print(f"all {sum(hit.values())}/{sum(tried.values())} = {sum(hit.values()) / max(1, sum(tried.values())):.3f}")


if __name__ == "__main__":
    main()
