#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the screenshots in docs/screenshots from a build in build/:
# the app on the bundled sample data under Xvfb at 1280x800 with the openbox
# window manager (dialogs get their frames, focus and modality as on a
# desktop; the main window is shown unframed at 0,0), light and dark, and its
# main views in German and French. A GUI import of a large log is shot while
# its progress dialog is up and once its report shows; the script fails when
# a modal window is left after an import or a dialog does not close.
# Needs: xvfb openbox xdotool x11-utils imagemagick poppler-utils python3
# (apt-get install xvfb openbox xdotool x11-utils imagemagick poppler-utils python3).
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build/src/app/runledger}"
cli="$(dirname "$(dirname "$(dirname "$app")")")/src/cli/runledger-cli"
out=docs/screenshots
mkdir -p "$out"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

export DISPLAY=:87
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
sleep 1
# openbox with its default configuration, except that the main window (a
# "normal" window) goes unframed to the top left corner, as the views' shots
# have always been taken.
sed 's|</applications>|<application type="normal"><decor>no</decor><position force="yes"><x>0</x><y>0</y></position></application></applications>|' \
  /etc/xdg/openbox/rc.xml > "$work/openbox.xml"
openbox --config-file "$work/openbox.xml" >/dev/null 2>&1 &
sleep 1

# A log large enough that the import's progress dialog is up for seconds.
big="$work/import/experiments/load-test/logs/experiment.jsonl"
mkdir -p "$(dirname "$big")"
python3 - "$big" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(1_000_000):
        f.write('{"timestamp": "2025-10-02T%02d:%02d:%02d.%06dZ", "level": "info", '
                '"event": "persona_created", "experiment_id": "exp-load", "run_id": "run-%d", '
                '"payload": {"persona": %d}, "message": "persona %d"}\n'
                % (i // 3600000, (i // 60000) % 60, (i // 1000) % 60, i % 1000000, i // 50000, i, i))
PY

shot() { import -window root "$out/$1.png"; }
# Waits (at most a minute) for a visible window whose title matches, e.g. a
# dialog. (Polls: xdotool's own --sync fails when a window goes meanwhile.)
appears() {
  local i
  for i in $(seq 120); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "FAIL: no window '$1'" >&2; exit 1
}
window() { appears "$1"; xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1; }
key() { xdotool windowfocus --sync "$(window RunLedger)" key --clearmodifiers "$@"; sleep 1; }
# Closes a dialog by its title with Esc, and checks that it went.
esc() {
  xdotool windowactivate --sync "$(window "$1")" key Escape; sleep 1
  if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then
    echo "FAIL: '$1' did not close" >&2; exit 1
  fi
}
# Fails when a window that the window manager manages is modal.
no_modal() {
  local w
  for w in $(xprop -root _NET_CLIENT_LIST | sed 's/^[^#]*#//; s/,/ /g'); do
    if xprop -id "$w" _NET_WM_STATE | grep -q _NET_WM_STATE_MODAL; then
      echo "FAIL: a modal window is left $1: $(xprop -id "$w" WM_NAME)" >&2; exit 1
    fi
  done
}
# A GUI import of FILES... into a database that holds the sample: the
# progress dialog, then the report (titles PROGRESS and REPORT, translated);
# no modal window once the report shows, and the report closes. Shoots the
# progress dialog as NAME_PROGRESS unless that is "-", the report as NAME_REPORT.
gui_import() {
  local progress="$1" report="$2" name_progress="$3" name_report="$4"; shift 4
  local db="$home/report-$name_report.sqlite"
  "$cli" --db "$db" import resources/sample >/dev/null
  "$app" --db "$db" "$@" >/dev/null 2>&1 &
  pid=$!
  if [ "$name_progress" != - ]; then
    appears "^$progress\$"; sleep 1; shot "$name_progress"
  fi
  appears "^$report\$"; sleep 1; shot "$name_report"
  no_modal "after the import"
  esc "^$report\$"
  no_modal "after the report closed"
  kill $pid; wait $pid 2>/dev/null || true
}

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

  # A GUI import: a large log, a file with rejected lines and a small tree.
  gui_import Importing "Import report" "import-progress-$theme" "import-report-$theme" \
    "$work/import" tests/data/events_bad_lines.jsonl tests/data/tree
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
  case $lang in
    de) titles=(Import Importbericht) ;;
    fr) titles=(Importation "Rapport d'importation") ;;
  esac
  gui_import "${titles[0]}" "${titles[1]}" - "import-report-$lang" \
    tests/data/events_bad_lines.jsonl tests/data/tree
done

# A page of a PDF report.
db="$work/pdf.sqlite"
"$cli" --db "$db" import resources/sample > /dev/null || true
"$cli" --db "$db" verify > /dev/null || true
RUNLEDGER_REPORT_TIME=2026-01-01T12:00:00Z "$cli" --db "$db" \
  report run-19c6e4 --format pdf -o "$work/report.pdf"
pdftoppm -r 80 -png -f 1 -l 3 "$work/report.pdf" "$work/page"
convert "$work"/page-*.png +append "$out/report-pdf-page.png"
echo "screenshots written to $out"
