#!/usr/bin/env python3
"""Plants defects in the bundled plans and reports how many `plancheck audit` finds at the right plan and line.

Usage (from the package root, after `swift build -c release`):

    python3 scripts/planted-defects.py [--bin .build/release/plancheck] [--plans plans] [--verbose]

Each planting is made in a fresh copy of the plans folder (with its parent sheets and plancheck.ini), one
defect at a time, located from plancheck's own extraction and audit JSON (never from fixed line numbers):

- figure-lowered: a target that meets its parent is lowered below the parent's figure
  (expected: target-below-parent on that line, +/-2);
- target-dropped: the line of a target that has a parent figure is deleted, and so is every other line that
  still states a target of that indicator (expected: a new target-missing-vs-parent finding in that plan);
- lead-removed: every line naming an area's lead is blanked, until extraction finds none for the area
  (expected: area-without-lead in that plan);
- citation-date: the day of a dated citation is changed (expected: citation-date-conflict on that line, +/-2);
- citation-number: the first figure of a dated citation's number is changed (expected: a citation finding,
  citation-date-conflict or citation-malformed, on that line, +/-2);
- area-removed: an area's section (its heading up to the next heading of the same or a higher level) is
  deleted (expected: missing-area in that plan).

A finding counts only if it is new (not in the unplanted audit, or with another message). The result is a measurement on plans the
rules were written against; plancheck is also judged on plans it has not seen.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict


def run_json(cmd, cwd):
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}): {out.stderr[:400]}")
    return json.loads(out.stdout)


def audit(binary, root, plans_dir):
    a = run_json([binary, "audit", "--format", "json", "--fail-on", "never", plans_dir], root)
    findings = [f for g in a["groups"] for f in g["findings"]]
    return a, findings


def key(path):
    """The path below the plans folder, so that findings in a copy match those of the original."""
    m = re.search(r"(?:^|/)plans/(.*)$", os.path.normpath(path))
    return m.group(1) if m else os.path.basename(path)


def new_findings(base, after):
    """Findings not in the unplanted audit; a finding whose message changed (one more missing target
    listed) is new too."""
    seen = {(key(f["file"]), f["category"], f["line"], f["message"]) for f in base}
    return [f for f in after if (key(f["file"]), f["category"], f["line"], f["message"]) not in seen]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/plancheck")
    ap.add_argument("--plans", default="plans")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--limit", type=int, default=12, help="plantings per kind and plan")
    args = ap.parse_args()
    root = os.getcwd()
    binary = os.path.abspath(args.bin)

    extract = run_json([binary, "extract", "--format", "json", args.plans], root)
    plans = extract["plans"] if isinstance(extract, dict) else extract
    base_audit, base = audit(binary, root, args.plans)

    # Targets meeting a parent figure, per plan: (line, value, parent value, comparator).
    parent_values = {}
    for g in base_audit["groups"]:
        ptargets = (g.get("parent") or {}).get("targets", [])
        for ind in g["indicators"]:
            if not ind.get("higherIsBetter", True):
                continue
            for cell in ind["cells"]:
                for v in cell["values"]:
                    if v.get("status") == "meets" and "parentTarget" in v and v.get("comparator") in (">=", "=", ">"):
                        pv = ptargets[v["parentTarget"]]["value"] if v["parentTarget"] < len(ptargets) else None
                        if pv is not None:
                            parent_values.setdefault(key(cell["plan"]), []).append((v["line"], v["value"], pv))

    # (kind, plan file, mutate(lines) -> lines, expected category, expected lines or None, and for a
    # removal, still(extracted plan) -> lines that still state what was removed)
    plantings = []
    for p in plans:
        f = p["file"]
        k = key(f)
        for (line, value, pv) in parent_values.get(k, [])[: args.limit]:
            low = max(0, int(pv) - 10)
            def lower(lines, line=line, value=value, low=low):
                v = int(value) if float(value).is_integer() else value
                new, n = re.subn(rf"(?<![0-9.,]){re.escape(str(v))}(\s*%)", f"{low}\\1", lines[line - 1], count=1)
                if n == 0:
                    return None
                lines[line - 1] = new
                return lines
            plantings.append(("figure-lowered", f, lower, "target-below-parent", [line], None))
            def drop(lines, line=line):
                lines[line - 1] = ""
                return lines
            indicator = next((t.get("indicator") for t in p["targets"] if t["line"] == line), None)
            def still(plan, indicator=indicator):
                return [t["line"] for t in plan["targets"] if indicator and t.get("indicator") == indicator]
            plantings.append(("target-dropped", f, drop, "target-missing-vs-parent", None, still))
        for a in p["areas"]:
            if a["id"] == "chi-dao" or not a["leads"]:
                continue
            def unlead(lines, a=a):
                for l in a["leads"]:
                    lines[l["line"] - 1] = ""
                return lines
            def still(plan, area=a["id"]):
                return [l["line"] for x in plan["areas"] if x["id"] == area for l in x["leads"]]
            plantings.append(("lead-removed", f, unlead, "area-without-lead", None, still))
        for c in [c for c in p["citations"] if c.get("date") and c["number"]][: args.limit]:
            def redate(lines, c=c):
                y, m, d = c["date"].split("-")
                line = lines[c["line"] - 1]
                day = int(d)
                newday = day + 1 if day < 27 else day - 1
                # Zero-padded forms first, and only where no digit precedes: "1/4/2026" inside "01/4/2026"
                # once made "002/4/2026".
                pats = [f"{d}/{m}/{y}", f"{d}/{int(m)}/{y}", f"{day}/{m}/{y}", f"{day}/{int(m)}/{y}"]
                for pat in pats:
                    hit = re.search(r"(?<![0-9])" + re.escape(pat), line)
                    if hit:
                        rest = pat[len(pat.split("/")[0]):]
                        lines[c["line"] - 1] = line[: hit.start()] + f"{newday:02d}" + rest + line[hit.end():]
                        return lines
                m2 = re.search(rf"ngày\s+0?{day}\s+tháng\s+0?{int(m)}\s+năm\s+{y}", line)
                if m2:
                    lines[c["line"] - 1] = line[: m2.start()] + f"ngày {newday} tháng {int(m)} năm {y}" + line[m2.end():]
                    return lines
                return None
            plantings.append(("citation-date", f, redate, "citation-date-conflict", [c["line"]], None))
            def renumber(lines, c=c):
                line = lines[c["line"] - 1]
                m = re.match(r"([0-9]+)", c["number"])
                if not m or c["number"] not in line:
                    return None
                digits = m.group(1)
                changed = digits[:-1] + str((int(digits[-1]) + 3) % 10)
                lines[c["line"] - 1] = line.replace(c["number"], changed + c["number"][len(digits):], 1)
                return lines
            plantings.append(("citation-number", f, renumber, ("citation-date-conflict", "citation-malformed"), [c["line"]], None))
        headings = sorted(a["line"] for a in p["areas"] if a.get("heading"))
        for a in p["areas"]:
            if not a.get("heading") or a["id"] == "chi-dao":
                continue
            later = [h for h in headings if h > a["line"]]
            def cut(lines, a=a, later=later):
                end = later[0] - 1 if later else min(len(lines), a["line"] + 40)
                for i in range(a["line"] - 1, end):
                    lines[i] = ""
                return lines
            plantings.append(("area-removed", f, cut, "missing-area", None, None))

    found = defaultdict(int)
    total = defaultdict(int)
    misses = []
    for kind, f, mutate, category, lines_expected, still in plantings:
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "plans")
            shutil.copytree(args.plans, copy)
            target = os.path.join(copy, os.path.relpath(f, args.plans))
            with open(target, encoding="utf-8") as fh:
                text = fh.read().split("\n")
            mutated = mutate(list(text))
            if mutated is None:
                continue
            # What was changed, for --verbose: the first line that differs, before and after.
            changed = next((i for i, (a, b) in enumerate(zip(text, mutated)) if a != b), None)
            with open(target, "w", encoding="utf-8") as fh:
                fh.write("\n".join(mutated))
            # A target or lead a plan states twice (in its goals and again in a task) is not removed by
            # blanking one line: blank the other statements too, so that the planted defect is real.
            for _ in range(3 if still else 0):
                again = run_json([binary, "extract", "--format", "json", target], root)
                left = still((again["plans"] if isinstance(again, dict) else again)[0])
                if not left:
                    break
                for l in left:
                    mutated[l - 1] = ""
                with open(target, "w", encoding="utf-8") as fh:
                    fh.write("\n".join(mutated))
            _, after = audit(binary, root, copy)
        total[kind] += 1
        categories = category if isinstance(category, tuple) else (category,)
        fresh = [x for x in new_findings(base, after) if key(x["file"]) == key(f) and x["category"] in categories]
        if lines_expected:
            fresh = [x for x in fresh if any(abs(x["line"] - l) <= 2 for l in lines_expected)]
        if fresh:
            found[kind] += 1
        else:
            what = ""
            if changed is not None and mutated[changed]:
                a, b = text[changed], mutated[changed]
                k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), 0)
                what = f"{a[max(0, k - 30):k + 30]!r} -> {b[max(0, k - 30):k + 30]!r}"
            misses.append((kind, f, lines_expected, what))
    all_found, all_total = sum(found.values()), sum(total.values())
    for kind in sorted(total):
        print(f"{kind:16} {found[kind]:3}/{total[kind]:3}")
    print(f"{'all':16} {all_found:3}/{all_total:3} = {all_found / max(1, all_total):.3f}")
    if args.verbose:
        for m in misses:
            print("missed:", *m)


if __name__ == "__main__":
    main()
