#!/usr/bin/env bash
# Renders the example's HTML report in headless Chromium (Debian's `chromium` package), checks
# that the page loads with its charts, and writes a PNG screenshot.
#
#   sla-examples/scripts/render-report.sh [REPORT.html] [OUT.png]
#
# Defaults: sla-examples/target/ecoshop-report.html (run the example first) and
# docs/ecoshop-report.png. Exit status: 0 rendered and checked, 1 a check failed, 2 no
# report or no Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
report="${1:-$root/sla-examples/target/ecoshop-report.html}"
out="${2:-$root/docs/ecoshop-report.png}"
width="${REPORT_WIDTH:-1280}"
height="${REPORT_HEIGHT:-2200}"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render-report: no chromium on PATH (apt-get install chromium)" >&2
  exit 2
fi
if [ ! -f "$report" ]; then
  echo "render-report: no report at $report (run the example first:" \
    "mvn -B -q -pl sla-examples -am compile exec:exec)" >&2
  exit 2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile"
  --no-first-run --disable-extensions --disable-background-networking)
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

# The DOM as Chromium parsed and laid it out: the page must have loaded, with its charts.
dom="$profile/dom.html"
"$browser" "${flags[@]}" --dump-dom "$url" > "$dom" 2>/dev/null
fail=0
check() { # what, count, at least
  if [ "$2" -lt "$3" ]; then
    echo "render-report: $1: $2 found, at least $3 expected" >&2
    fail=1
  else
    echo "render-report: $1: $2"
  fi
}
check "report title" "$(grep -c '<h1' "$dom" || true)" 1
check "charts (svg)" "$(grep -o '<svg' "$dom" | wc -l)" 3
check "chart paths" "$(grep -o '<path' "$dom" | wc -l)" 1
# The report is XHTML: read as XML, a page that is not well-formed shows a parser error.
cp "$report" "$profile/report.xhtml"
"$browser" "${flags[@]}" --dump-dom "file://$profile/report.xhtml" > "$profile/xml.html" 2>/dev/null
if grep -q 'parsererror' "$profile/xml.html"; then
  echo "render-report: the report is not well-formed XML" >&2
  fail=1
else
  echo "render-report: well-formed as XHTML"
fi
[ "$fail" -eq 0 ] || exit 1

mkdir -p "$(dirname "$out")"
"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$out" "$url" \
  >/dev/null 2>&1
if [ ! -s "$out" ]; then
  echo "render-report: Chromium wrote no screenshot to $out" >&2
  exit 1
fi
echo "render-report: screenshot $out (${width}x${height})"
