#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Views benchmark: how long the desktop app takes, on a database of the
# synthetic corpus, to show the runs and to fill the Tokens and the Costs &
# budget views (query on the database worker, charts and tables on the UI
# thread), via `runledger --measure-startup`, offscreen.
#
# Usage: benchmarks/views_benchmark.sh [BUILD_DIR] [EVENTS] [RUNS]
#   BUILD_DIR  CMake build directory (default: build at the repository root)
#   EVENTS     events in the corpus (default 1000000)
#   RUNS       app launches measured (default 5); the median is reported
# Environment: GEN_CORPUS, BENCH_CACHE, CORPUS_DIR, PYTHON as for
# import_benchmark.sh.
# Exit status: 0 every target met, 1 a target missed, 2 setup error.
set -euo pipefail

die() { echo "views_benchmark: error: $*" >&2; exit 2; }
log() { echo "==> $*" >&2; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
BUILD_DIR=${1:-$REPO_ROOT/build}
EVENTS=${2:-1000000}
RUNS=${3:-5}
PYTHON=${PYTHON:-python3}
GEN_CORPUS=${GEN_CORPUS:-$REPO_ROOT/../shared/tools/gen_corpus.py}
BENCH_CACHE=${BENCH_CACHE:-/tmp/runledger-bench}
APP=$BUILD_DIR/src/app/runledger
CLI=$BUILD_DIR/src/cli/runledger-cli
[[ -x $APP && -x $CLI ]] || die "build runledger and runledger-cli first (cmake --build $BUILD_DIR)"

if [[ -n ${CORPUS_DIR:-} ]]; then
    CORPUS=$(cd "$CORPUS_DIR" && pwd)
else
    [[ -f $GEN_CORPUS ]] || die "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)"
    CORPUS=$BENCH_CACHE/corpus-$EVENTS-seed1-$(sha256sum "$GEN_CORPUS" | cut -c1-12)
    if [[ ! -f $CORPUS/manifest.json ]]; then
        log "generating a corpus of $EVENTS events in $CORPUS"
        mkdir -p "$BENCH_CACHE"
        tmp=$(mktemp -d "$BENCH_CACHE/.corpus-$EVENTS.XXXXXX")
        "$PYTHON" "$GEN_CORPUS" --out "$tmp" --events "$EVENTS" --seed 1 >/dev/null
        rm -rf "$CORPUS" && mv "$tmp" "$CORPUS"
    fi
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/runledger-views.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log "importing $CORPUS"
"$CLI" --db "$WORK/views.sqlite" import "$CORPUS" >/dev/null
mkdir -p "$WORK/config"
for ((i = 1; i <= RUNS; i++)); do
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config" \
        "$APP" --db "$WORK/views.sqlite" --measure-startup 2>>"$WORK/measure.txt" >/dev/null
done

"$PYTHON" - "$WORK/measure.txt" "$RUNS" <<'PY'
import re, statistics, sys
text = open(sys.argv[1], encoding="utf-8").read()
def median(pattern):
    values = [int(v) for v in re.findall(pattern, text)]
    return statistics.median(values) if values else float("nan")
rows = re.findall(r"runs shown: (\d+) rows", text)
figures = {
    "runs shown after launch": median(r"runs shown: \d+ rows, (\d+) ms after launch"),
    "runs query": median(r"\(query (\d+) ms\)"),
    "tokens: query (worker)": median(r"tokens view: query (\d+) ms"),
    "tokens: charts (UI thread)": median(r"tokens view: query \d+ ms, charts (\d+) ms"),
    "costs: query (worker)": median(r"costs view: query (\d+) ms"),
    "costs: charts (UI thread)": median(r"costs view: query \d+ ms, charts (\d+) ms"),
}
print(f"database: {rows[0] if rows else '?'} runs; median of {sys.argv[2]} launches")
for name, ms in figures.items():
    print(f"  {name:30} {ms:7.0f} ms")
targets = [
    ("tokens view, query + charts", figures["tokens: query (worker)"] + figures["tokens: charts (UI thread)"]),
    ("tokens charts drawn", figures["tokens: charts (UI thread)"]),
    ("costs charts drawn", figures["costs: charts (UI thread)"]),
]
ok = True
for name, ms in targets:
    passed = ms < 150
    ok &= passed
    print(f"  target {name:28} {ms:7.0f} ms  < 150 ms  {'PASS' if passed else 'FAIL'}")
print(f"  (costs view, query + charts: {figures['costs: query (worker)'] + figures['costs: charts (UI thread)']:.0f} ms)")
sys.exit(0 if ok else 1)
PY
