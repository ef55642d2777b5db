#!/usr/bin/env bash
# Scores plancheck's extraction (and findings, when `check` exists) against the gold annotations in
# ../shared/gold. Usage: scripts/score-gold.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${GOLD_DIR:-../shared/gold}"
swift build -c release --product plancheck >/dev/null
bin="$(swift build -c release --show-bin-path)/plancheck"
"$bin" extract --format json plans > /tmp/plancheck-extract.json
args=(--gold "$gold" --extract /tmp/plancheck-extract.json)
if "$bin" check --format json --fail-on never plans > /tmp/plancheck-findings.json 2>/dev/null; then
  args+=(--findings /tmp/plancheck-findings.json)
fi
python3 "$gold/score.py" "${args[@]}" "$@"
