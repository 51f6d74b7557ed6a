#!/usr/bin/env bash
# Renders the verification report in headless Chromium (Debian's `chromium` package), takes a
# screenshot, and checks that the rendered page holds the matrix and the gate badge.
#   ci/browser-check.sh [report-dir | report-dir/index.html]   (default: ci/target/verification-report)
# Exit 0: PASSED (screenshot in <report-dir>/screenshot.png); 1: FAILED; 3: NOT RUN (no Chromium:
# `apt-get install chromium`). It is not part of ./mvnw verify, because CI machines have no browser.
set -uo pipefail
target="${1:-$(dirname "$0")/target/verification-report}"
[[ -f "$target" ]] && target="$(dirname "$target")"   # the page itself: check its directory
dir="$(cd "$target" 2>/dev/null && pwd)" || {
  echo "browser check FAILED: no report directory $target (run ./mvnw verify first)"; exit 1; }
page="$dir/index.html"
[[ -f "$page" ]] || { echo "browser check FAILED: $page does not exist"; exit 1; }
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium" ]]; then
  echo "browser check NOT RUN: Chromium is not installed (apt-get install chromium); nothing was checked"
  exit 3
fi
profile="$(mktemp -d)"; trap 'rm -rf "$profile"' EXIT
# The flags of a closed network: no background connections, no first-run, no sandbox as root.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1400,1800)
"$chromium" "${flags[@]}" --screenshot="$dir/screenshot.png" "file://$page" >/dev/null 2>&1
"$chromium" "${flags[@]}" --dump-dom "file://$page" > "$dir/rendered-dom.html" 2>/dev/null
problems=()
[[ -s "$dir/screenshot.png" ]] || problems+=("no screenshot was written")
size=$(stat -c %s "$dir/screenshot.png" 2>/dev/null || echo 0)
(( size > 20000 )) || problems+=("the screenshot is ${size} bytes: a blank page?")
grep -q '<table class="matrix"' "$dir/rendered-dom.html" || problems+=("the rendered page has no matrix table")
grep -q 'id="gate"' "$dir/rendered-dom.html" || problems+=("the rendered page has no gate badge")
grep -q 'id="report-id"' "$dir/rendered-dom.html" || problems+=("the rendered page has no report id")
cells=$(grep -o 'class="cell ' "$dir/rendered-dom.html" | wc -l)
(( cells > 0 )) || problems+=("the matrix has no verdict cells")
if (( ${#problems[@]} )); then
  printf 'browser check FAILED (%s):\n' "$("$chromium" --version 2>/dev/null)"; printf '  %s\n' "${problems[@]}"; exit 1
fi
echo "browser check PASSED ($("$chromium" --version 2>/dev/null)): matrix with $cells verdict cells rendered; screenshot $dir/screenshot.png ($size bytes)"
