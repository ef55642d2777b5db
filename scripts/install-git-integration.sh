#!/usr/bin/env bash
# Sets up plancheck in a git repository of plans (run it inside that repository):
#   - .gitattributes: PATTERN diff=plancheck          (default pattern: *.txt; give others as arguments)
#   - git config diff.plancheck.textconv …            (git diff / git log -p show changes of substance)
#   - .git/hooks/pre-commit → scripts/pre-commit      (plancheck check on staged plans)
# Idempotent: running it again changes nothing. An existing, different pre-commit hook is left alone.
#
#   /path/to/plancheck/scripts/install-git-integration.sh [PATTERN...]
# Environment: PLANCHECK (plancheck command, default: plancheck on PATH, else this checkout's build),
#              PLANCHECK_RULES (rules folder, default: this checkout's rules/).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(dirname "$here")
top=$(git rev-parse --show-toplevel 2>/dev/null) || {
    echo "install-git-integration: không nằm trong kho git / not inside a git repository" >&2; exit 2; }
cd "$top"

cmd=${PLANCHECK:-}
if [ -z "$cmd" ]; then
    if command -v plancheck >/dev/null 2>&1; then cmd=$(command -v plancheck)
    elif [ -x "$checkout/.build/release/plancheck" ]; then cmd=$checkout/.build/release/plancheck
    elif [ -x "$checkout/.build/debug/plancheck" ]; then cmd=$checkout/.build/debug/plancheck
    else
        echo "install-git-integration: chưa có plancheck; chạy 'swift build -c release' trong $checkout trước / build plancheck first" >&2
        exit 2
    fi
fi
rules=${PLANCHECK_RULES:-$checkout/rules}

patterns=("$@")
[ "${#patterns[@]}" -gt 0 ] || patterns=("*.txt")
touch .gitattributes
for p in "${patterns[@]}"; do
    line="$p diff=plancheck"
    grep -qxF "$line" .gitattributes || { echo "$line" >> .gitattributes; echo "+ .gitattributes: $line"; }
done

# Quote the paths for the shell git runs the driver with.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
git config diff.plancheck.textconv "$(q "$cmd") diff --canonical --rules $(q "$rules")"
echo "+ git config diff.plancheck.textconv \"$(git config diff.plancheck.textconv)\""
git config plancheck.command "$cmd"
git config plancheck.rules "$rules"

hooks=$(git rev-parse --git-path hooks)
mkdir -p "$hooks"
if [ -e "$hooks/pre-commit" ] && ! cmp -s "$hooks/pre-commit" "$here/pre-commit"; then
    echo "install-git-integration: $hooks/pre-commit đã có (khác) — không ghi đè; tự gọi $here/pre-commit từ hook đó" >&2
    echo "install-git-integration: $hooks/pre-commit exists and differs — not replaced; call $here/pre-commit from it" >&2
else
    cp "$here/pre-commit" "$hooks/pre-commit"
    chmod +x "$hooks/pre-commit"
    echo "+ $hooks/pre-commit"
fi
echo "Xong / done. Thử / try: git log -p -- ${patterns[0]}"
