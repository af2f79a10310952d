#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the screenshots in docs/screenshots from a build in build/:
# the app on the bundled sample data under Xvfb at 1280x800, light and dark,
# and its main views in German and French.
# Needs: xvfb xdotool imagemagick (apt-get install xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build/src/app/runledger}"
out=docs/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

export DISPLAY=:87
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
sleep 1

shot() { import -window root "$out/$1.png"; }
window() { xdotool search --sync --onlyvisible --name "$1" | head -n 1; }
key() { xdotool windowfocus --sync "$(window RunLedger)" key --clearmodifiers "$@"; sleep 1; }
# Closes a dialog by its title (there is no window manager to give it the focus).
esc() { xdotool windowfocus --sync "$(window "$1")" key Escape; sleep 1; }

for theme in light dark; do
  home="$work/$theme"
  mkdir -p "$home/config/runledger"
  printf '[display]\ntheme=%s\ntime=utc\n[budget]\ndaily=0.25\nweekly=1\nmonthly=2\ntime_zone=Europe/Berlin\n' "$theme" > "$home/config/runledger/runledger.conf"
  export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" HOME="$home"

  # Empty state: a fresh database.
  "$app" --db "$home/empty.sqlite" >/dev/null 2>&1 &
  pid=$!; sleep 3; shot "empty-$theme"; kill $pid; wait $pid 2>/dev/null || true

  "$app" --sample >/dev/null 2>&1 &
  pid=$!; sleep 4
  # Select the failed run (row 6) and show its timeline.
  xdotool mousemove 260 186 click 1; sleep 1
  shot "run-timeline-$theme"
  key ctrl+2; shot "experiment-timeline-$theme"
  key ctrl+3; sleep 1; shot "tokens-$theme"
  key ctrl+4; sleep 1; shot "costs-$theme"
  # The edited run of the pricing study, verified.
  xdotool mousemove 260 98 click 1; sleep 1
  key ctrl+5; key ctrl+shift+v; sleep 3; shot "reproducibility-$theme"
  # Two runs side by side.
  xdotool mousemove 260 76 click 1 keydown ctrl mousemove 260 98 click 1 keyup ctrl; sleep 1
  key ctrl+d; sleep 2; shot "compare-$theme"; esc "Compare runs"
  key ctrl+1
  key ctrl+comma; sleep 1; shot "settings-$theme"; esc Settings
  key alt+h; xdotool key a; sleep 1; shot "about-$theme"; esc "About RunLedger"
  kill $pid; wait $pid 2>/dev/null || true

  # Import report of a file with rejected lines.
  "$app" --db "$home/report.sqlite" tests/data/events_bad_lines.jsonl tests/data/tree >/dev/null 2>&1 &
  pid=$!; sleep 4; shot "import-report-$theme"; kill $pid; wait $pid 2>/dev/null || true
done
# The main views in German and in French (light theme).
for lang in de fr; do
  home="$work/$lang"
  mkdir -p "$home/config/runledger"
  printf '[display]\ntheme=light\ntime=utc\nlanguage=%s\n[budget]\ndaily=0.25\nweekly=1\nmonthly=2\ntime_zone=Europe/Berlin\n' "$lang" > "$home/config/runledger/runledger.conf"
  export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" HOME="$home"
  "$app" --sample >/dev/null 2>&1 &
  pid=$!; sleep 4
  xdotool mousemove 260 186 click 1; sleep 1
  shot "run-timeline-$lang"
  key ctrl+3; sleep 1; shot "tokens-$lang"
  key ctrl+4; sleep 1; shot "costs-$lang"
  xdotool mousemove 260 98 click 1; sleep 1
  key ctrl+5; key ctrl+shift+v; sleep 3; shot "reproducibility-$lang"
  key ctrl+1
  key ctrl+comma; sleep 1; shot "settings-$lang"
  kill $pid; wait $pid 2>/dev/null || true
  "$app" --db "$home/report.sqlite" tests/data/events_bad_lines.jsonl tests/data/tree >/dev/null 2>&1 &
  pid=$!; sleep 4; shot "import-report-$lang"; kill $pid; wait $pid 2>/dev/null || true
done

# A page of a PDF report.
build_dir="$(dirname "$(dirname "$(dirname "$app")")")"
db="$work/pdf.sqlite"
"$build_dir/src/cli/runledger-cli" --db "$db" import resources/sample > /dev/null || true
"$build_dir/src/cli/runledger-cli" --db "$db" verify > /dev/null || true
RUNLEDGER_REPORT_TIME=2026-01-01T12:00:00Z "$build_dir/src/cli/runledger-cli" --db "$db" \
  report run-19c6e4 --format pdf -o "$work/report.pdf"
pdftoppm -r 80 -png -f 1 -l 3 "$work/report.pdf" "$work/page"
convert "$work"/page-*.png +append "$out/report-pdf-page.png"
echo "screenshots written to $out"
