#!/bin/sh
# Renders an HTML report with headless Chromium to a PNG, to check it in a real browser engine.
#
#   scripts/render-html.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#
# Default output: REPORT.png beside the report; default window 1600x2400 (CSS pixels).
# Needs Debian's `chromium` (apt-get install chromium). Never touches the network: the report is
# self-contained and Chromium is started with networking features off.
set -eu
in=${1:?usage: scripts/render-html.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]}
out=${2:-${in%.*}.png}
size=${3:-1600x2400}
[ -f "$in" ] || { echo "render-html: no such file: $in" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render-html: chromium not found (apt-get install chromium)" >&2; exit 2; }
abs=$(cd "$(dirname "$in")" && pwd)/$(basename "$in")
case "$out" in /*) outabs=$out ;; *) outabs=$(pwd)/$out ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$profile" --disable-background-networking --disable-sync \
  --window-size="$(echo "$size" | tr x ,)" --screenshot="$outabs" "file://$abs" >/dev/null 2>&1
[ -s "$outabs" ] || { echo "render-html: chromium produced no image" >&2; exit 1; }
echo "$out"
