#!/bin/bash
# SPDX-License-Identifier: MIT
# Installs the build into a temporary prefix and checks what a package would
# ship: binaries, desktop entry, AppStream metainfo, hicolor icons, man page and
# sample data; then runs the installed runledger-cli on the installed sample.
# Usage: install_layout.sh BUILD_DIR SOURCE_DIR [CMAKE]
set -euo pipefail
build="$1"
source="$2"
cmake="${3:-cmake}"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$prefix" >/dev/null

for f in bin/runledger bin/runledger-cli \
         share/applications/runledger.desktop \
         share/metainfo/io.github.runledger.RunLedger.metainfo.xml \
         share/icons/hicolor/scalable/apps/runledger.svg \
         share/man/man1/runledger-cli.1.gz share/doc/runledger/copyright \
         share/runledger/sample/costs.jsonl; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
for size in 16 24 32 48 64 128 256; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/runledger.png"
  [ -e "$png" ] || fail "${size}x${size} icon is not installed"
  # PNG IHDR: width and height are big-endian 32-bit integers at offsets 16 and 20.
  dims="$(od -An -tu4 --endian=big -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //')"
  [ "$dims" = "$size $size" ] || fail "${size}x${size} icon has the wrong size ($dims)"
done
[ -e "$prefix/share/runledger/sample/make_sample.py" ] && fail "sample generator is installed"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/runledger.desktop" || fail "desktop entry does not validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$prefix/share/metainfo/io.github.runledger.RunLedger.metainfo.xml" >/dev/null \
    || fail "metainfo does not validate"
fi
if command -v man >/dev/null; then
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$prefix/share/man/man1/runledger-cli.1.gz" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "man page warnings: $warnings"
fi

version="$("$prefix/bin/runledger-cli" --version)"
[ "$version" = "runledger-cli $(sed -n 's/^project(RunLedger VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")" ] \
  || fail "unexpected version output: $version"

db="$prefix/ledger.sqlite"
status=0
"$prefix/bin/runledger-cli" --db "$db" --json import "$prefix/share/runledger/sample" >"$prefix/import.json" || status=$?
[ "$status" -eq 0 ] || fail "import of the installed sample exited with $status"
"$prefix/bin/runledger-cli" --db "$db" --json summary >"$prefix/summary.json"
python3 - "$prefix/summary.json" "$source/resources/sample/EXPECTED.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
expected = json.load(open(sys.argv[2]))
checks = [
    ("experiments", summary["experiments"], expected["experiments"]),
    ("runs", summary["runs"], expected["runs"]),
    ("events", summary["events"]["by_source"]["events"], expected["events"]["total"]),
    ("structured entries", summary["events"]["by_source"]["structured"], expected["structured"]["total"]),
    ("LLM calls", summary["llm_calls"], expected["llm_calls"]),
    ("cost records", summary["cost_records"], expected["cost_records"]),
    ("metadata files", summary["metadata_files"], expected["metadata_files"]),
]
for name, got, want in checks:
    if got != want:
        sys.exit(f"FAIL: {name}: {got} imported, {want} expected")
PY
echo "install layout OK: $(find "$prefix" -type f | wc -l) files"
