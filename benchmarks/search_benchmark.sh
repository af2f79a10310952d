#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Search benchmark: imports the synthetic corpus, then measures on the
# database, in-process (search_bench), what the run browser's search and
# `runledger-cli search` take beside the LIKE queries that full-text search
# replaced, the run list with every model a run used, and what the search
# indexes cost to build and to store.
#
# Usage: benchmarks/search_benchmark.sh [BUILD_DIR] [EVENTS] [REPEATS]
#   BUILD_DIR  CMake build directory (default: build at the repository root)
#   EVENTS     events in the corpus (default 1000000)
#   REPEATS    timed runs of each query; the median is reported (default 5)
# Environment: GEN_CORPUS, BENCH_CACHE, CORPUS_DIR, PYTHON as for
# import_benchmark.sh; KEEP_DB=1 keeps the database (its path is printed).
# Exit status: 0 every typical search under 50 ms, 1 one was slower, 2 setup
# error.
set -euo pipefail

die() { echo "search_benchmark: error: $*" >&2; exit 2; }
log() { echo "==> $*" >&2; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
BUILD_DIR=${1:-$REPO_ROOT/build}
EVENTS=${2:-1000000}
REPEATS=${3:-5}
PYTHON=${PYTHON:-python3}
GEN_CORPUS=${GEN_CORPUS:-$REPO_ROOT/../shared/tools/gen_corpus.py}
BENCH_CACHE=${BENCH_CACHE:-/tmp/runledger-bench}
CLI=$BUILD_DIR/src/cli/runledger-cli
BENCH=$BUILD_DIR/benchmarks/search_bench
[[ -x $CLI ]] || die "build runledger-cli first (cmake --build $BUILD_DIR)"
[[ -x $BENCH ]] || die "build search_bench first (cmake --build $BUILD_DIR --target search_bench)"
[[ -x /usr/bin/time ]] || die "GNU time is needed as /usr/bin/time (Debian package time)"

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

WORK=$(mktemp -d "${TMPDIR:-/tmp}/runledger-search.XXXXXX")
if [[ ${KEEP_DB:-0} == 1 ]]; then
    log "keeping $WORK/search.sqlite"
else
    trap 'rm -rf "$WORK"' EXIT
fi
log "importing $CORPUS"
cat "$CORPUS"/*.jsonl >/dev/null # into the page cache, as import_benchmark.sh does
/usr/bin/time -f '%e %M' -o "$WORK/import.time" \
    "$CLI" --db "$WORK/search.sqlite" import "$CORPUS" --json >"$WORK/import.json" ||
    die "the import failed (see $WORK/import.json)"
read -r seconds rss <"$WORK/import.time"
imported=$("$PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["imported"])' \
    "$WORK/import.json")
echo "import of the corpus: $seconds s, peak RSS $((rss / 1024)) MiB, $imported records" \
     "(the search indexing below is part of it)"
"$BENCH" "$WORK/search.sqlite" "$REPEATS"
