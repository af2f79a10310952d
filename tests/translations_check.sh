#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a catalogue in translations/ is not built into the app, has
# unfinished or stale entries, or lacks strings that the sources contain.
# Runs lupdate on a copy of each .ts with the options of update_translations
# (src/app/CMakeLists.txt), so it never changes the source tree.
# Usage: translations_check.sh BUILD_DIR SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
build=$1 src=$2 lupdate=$3 lrelease=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
count() { grep -c "$1" "$2" || true; }
shopt -s nullglob
files=("$src"/translations/runledger_*.ts)
if [ ${#files[@]} -lt 3 ]; then
    echo "FAIL: expected runledger_en.ts, runledger_de.ts and runledger_fr.ts, found ${#files[@]} file(s)"
    exit 1
fi
for ts in "${files[@]}"; do
    name=$(basename "$ts" .ts)
    before_failed=$failed
    lang=${name#runledger_}
    copy="$tmp/$name.ts"
    cp "$ts" "$copy"
    extra=()
    [ "$lang" = en ] && extra=(-pluralonly -source-language en -target-language en)
    "$lupdate" -silent -locations none -no-obsolete "${extra[@]}" "$src/src/app" "$src/src/core" "$src/ui" -ts "$copy"
    before=$(count '<message' "$ts")
    after=$(count '<message' "$copy")
    unfinished=$(count 'type="unfinished"' "$copy")
    stale=$(count 'type="vanished"\|type="obsolete"' "$ts")
    if [ "$unfinished" -ne 0 ]; then
        echo "FAIL: $name.ts: $unfinished message(s) untranslated or missing from the catalogue:"
        grep -B3 'type="unfinished"' "$copy" | grep -o '<source>.*</source>' | head -20 | sed 's/^/    /'
        failed=1
    fi
    if [ "$before" -ne "$after" ] || [ "$stale" -ne 0 ]; then
        echo "FAIL: $name.ts has $before messages; the sources give $after ($stale stale)." \
             "Run: cmake --build build --target update_translations"
        failed=1
    fi
    if ! diff -q "$ts" "$copy" >/dev/null; then
        echo "FAIL: $name.ts differs from what lupdate makes of the sources:"
        diff "$ts" "$copy" | head -20 | sed 's/^/    /'
        failed=1
    fi
    out=$("$lrelease" "$ts" -qm "$tmp/$name.qm" 2>&1)
    if ! grep -q ' 0 unfinished' <<<"$out" || grep -qi 'warning\|error' <<<"$out"; then
        echo "FAIL: lrelease $name.ts: $out"
        failed=1
    fi
    if [ ! -s "$build/src/app/$name.qm" ]; then
        echo "FAIL: $name.qm was not built into the app ($build/src/app/$name.qm missing)"
        failed=1
    fi
    if [ "$failed" -eq "$before_failed" ]; then
        echo "ok: $name.ts: $after messages, all translated, built"
    fi
done
exit $failed
