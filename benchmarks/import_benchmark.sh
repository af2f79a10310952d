#!/usr/bin/env bash
# Import benchmark for runledger-cli.
#
# Usage: benchmarks/import_benchmark.sh [BUILD_DIR] [EVENTS]
#
# Measures import throughput, peak memory and re-import speed of runledger-cli
# on a deterministic synthetic corpus and compares it with a hand-written
# Python/sqlite3 importer (benchmarks/baseline_python.py). See
# benchmarks/README.md for what each figure means and the targets.
#
# Exit status: 0 all targets met, 1 at least one target missed,
# 2 usage or setup error (missing binary, missing tool, failed run).
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: benchmarks/import_benchmark.sh [BUILD_DIR] [EVENTS]

  BUILD_DIR  CMake build directory holding src/cli/runledger-cli
             (default: build, at the repository root)
  EVENTS     number of events in the synthetic corpus (default: 1000000,
             minimum 20000)

Environment:
  RUNLEDGER_CLI  path of the runledger-cli binary (overrides BUILD_DIR)
  GEN_CORPUS     corpus generator (default: <repo>/../shared/tools/gen_corpus.py)
  BENCH_CACHE    where generated corpora are cached (default: /tmp/runledger-bench)
  CORPUS_DIR     use this existing corpus folder instead of generating one
  BENCH_WORK     working folder for databases and results (default: a new
                 temporary folder); results.json is written there
  KEEP_DBS=1     keep the databases created by the benchmark
  PYTHON         Python 3 interpreter (default: python3)
EOF
}

case "${1:-}" in
    -h | --help)
        usage
        exit 0
        ;;
esac
if (($# > 2)); then
    usage >&2
    exit 2
fi

die() {
    echo "import_benchmark: error: $*" >&2
    exit 2
}
log() {
    echo "==> $*" >&2
}

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel 2>/dev/null || (cd "$SCRIPT_DIR/.." && pwd))

BUILD_DIR=${1:-$REPO_ROOT/build}
EVENTS=${2:-1000000}
PYTHON=${PYTHON:-python3}
GEN_CORPUS=${GEN_CORPUS:-$REPO_ROOT/../shared/tools/gen_corpus.py}
BENCH_CACHE=${BENCH_CACHE:-/tmp/runledger-bench}
CLI=${RUNLEDGER_CLI:-$BUILD_DIR/src/cli/runledger-cli}
BASELINE=$SCRIPT_DIR/baseline_python.py
TIME=/usr/bin/time

# Shape of the re-import tree: 50 experiments x 20 log files x 20 events.
TREE_EXPERIMENTS=50
TREE_FILES_PER_EXPERIMENT=20
TREE_EVENTS_PER_FILE=20
TREE_FILES=$((TREE_EXPERIMENTS * TREE_FILES_PER_EXPERIMENT))
TREE_EVENTS=$((TREE_FILES * TREE_EVENTS_PER_FILE))
TREE_APPENDED=3

# ---------------------------------------------------------------- checks --

[[ $EVENTS =~ ^[0-9]+$ ]] || die "EVENTS must be a positive integer, got '$EVENTS'"
((EVENTS >= TREE_EVENTS)) || die "EVENTS must be at least $TREE_EVENTS (the re-import tree is cut from the corpus)"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found; install Python 3"
[[ -x $TIME ]] || die "$TIME not found; install GNU time (Debian/Ubuntu: apt-get install time)"
[[ -f $BASELINE ]] || die "baseline script not found: $BASELINE"
if [[ ! -x $CLI ]]; then
    die "runledger-cli not found or not executable: $CLI
  Build it first (cmake -S . -B build && cmake --build build --target runledger-cli),
  pass the build directory as first argument, or set RUNLEDGER_CLI."
fi
CLI=$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")

if [[ -n ${BENCH_WORK:-} ]]; then
    WORK=$BENCH_WORK
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/runledger-bench-run.XXXXXX")
fi
WORK=$(cd "$WORK" && pwd)

CORPUS_TMP=
cleanup() {
    if [[ -n $CORPUS_TMP ]]; then
        rm -rf "$CORPUS_TMP"
    fi
    if [[ ${KEEP_DBS:-0} != 1 ]]; then
        rm -f "$WORK"/*.db "$WORK"/*.db-wal "$WORK"/*.db-shm "$WORK"/*.db-journal
    fi
}
trap cleanup EXIT

# ------------------------------------------------------------- helpers --

# json_get FILE KEY[.KEY...]: prints one value of a JSON document.
json_get() {
    "$PYTHON" -c '
import json, sys
value = json.load(open(sys.argv[1], encoding="utf-8"))
for key in sys.argv[2].split("."):
    value = value[key]
print(value)
' "$1" "$2"
}

# run_timed NAME COMMAND...: runs COMMAND under GNU time. Leaves stdout in
# $WORK/NAME.out, stderr in NAME.err, "wall_seconds peak_rss_kib" in
# NAME.time and the exit status in NAME.rc. Never fails itself.
run_timed() {
    local name=$1
    shift
    local rc=0
    "$TIME" -f '%e %M' -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
    echo "$rc" >"$WORK/$name.rc"
}

# check_run NAME MAX_OK_STATUS: stops the benchmark when a run failed
# (exit status above MAX_OK_STATUS, or stdout that is not one JSON document).
check_run() {
    local name=$1 max_ok=$2 rc
    rc=$(<"$WORK/$name.rc")
    if ((rc > max_ok)) || ! "$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$WORK/$name.out" 2>/dev/null; then
        echo "import_benchmark: '$name' failed (exit status $rc); last lines of its stderr:" >&2
        tail -n 20 "$WORK/$name.err" >&2 || true
        die "see $WORK/$name.out and $WORK/$name.err"
    fi
    if ((rc != 0)); then
        log "warning: '$name' exited with status $rc (see $WORK/$name.err)"
    fi
}

# wall_seconds NAME: wall-clock seconds of a run_timed run.
wall_seconds() {
    tail -n 1 "$WORK/$1.time" | cut -d' ' -f1
}

# drop_db NAME: deletes a finished run's database (unless KEEP_DBS=1) to
# save disk space and page cache for the next run.
drop_db() {
    if [[ ${KEEP_DBS:-0} != 1 ]]; then
        rm -f "$WORK/$1.db" "$WORK/$1.db-wal" "$WORK/$1.db-shm" "$WORK/$1.db-journal"
    fi
}

warm() {
    cat "$@" >/dev/null
}

# -------------------------------------------------------------- corpus --

if [[ -n ${CORPUS_DIR:-} ]]; then
    CORPUS=$(cd "$CORPUS_DIR" && pwd)
    [[ -f $CORPUS/events.jsonl ]] || die "no events.jsonl in CORPUS_DIR=$CORPUS"
    log "using existing corpus $CORPUS"
else
    [[ -f $GEN_CORPUS ]] || die "corpus generator not found: $GEN_CORPUS (set GEN_CORPUS)"
    gen_hash=$(sha256sum "$GEN_CORPUS" | cut -c1-12)
    CORPUS=$BENCH_CACHE/corpus-$EVENTS-seed1-$gen_hash
    if [[ -f $CORPUS/manifest.json ]]; then
        log "using cached corpus $CORPUS"
    else
        log "generating a corpus of $EVENTS events in $CORPUS (cached for later runs)"
        mkdir -p "$BENCH_CACHE"
        CORPUS_TMP=$(mktemp -d "$BENCH_CACHE/.corpus-$EVENTS.XXXXXX")
        "$PYTHON" "$GEN_CORPUS" --out "$CORPUS_TMP" --events "$EVENTS" --seed 1 >/dev/null
        rm -rf "$CORPUS"
        mv "$CORPUS_TMP" "$CORPUS"
        CORPUS_TMP=
    fi
fi
for f in events.jsonl token_usage.jsonl costs.jsonl; do
    [[ -f $CORPUS/$f ]] || die "corpus file missing: $CORPUS/$f"
done
EVENTS_FILE=$CORPUS/events.jsonl
corpus_events=$(wc -l <"$EVENTS_FILE")
((corpus_events >= TREE_EVENTS)) || die "$EVENTS_FILE has $corpus_events lines, need at least $TREE_EVENTS"
log "work folder: $WORK"

# ----------------------------------------------------- python baseline --

log "python baseline: importing events.jsonl"
warm "$EVENTS_FILE"
rm -f "$WORK"/python.db*
run_timed python "$PYTHON" "$BASELINE" "$EVENTS_FILE" --db "$WORK/python.db"
check_run python 0
drop_db python
log "python baseline: $(wall_seconds python) s"

# ------------------------------------------------------- cli: one file --

log "runledger-cli: importing events.jsonl into a fresh database"
warm "$EVENTS_FILE"
rm -f "$WORK"/cli_events.db*
run_timed cli_events "$CLI" --db "$WORK/cli_events.db" import "$EVENTS_FILE" --json
check_run cli_events 1
log "runledger-cli: $(wall_seconds cli_events) s, imported $(json_get "$WORK/cli_events.out" totals.imported)"
drop_db cli_events

# ----------------------------------------------------- cli: the folder --

# A folder holding exactly the three corpus logs (hard links where possible,
# so nothing is copied), without manifest.json or anything else the corpus
# folder may hold.
FOLDER=$WORK/folder
rm -rf "$FOLDER"
mkdir -p "$FOLDER"
for f in events.jsonl token_usage.jsonl costs.jsonl; do
    ln "$CORPUS/$f" "$FOLDER/$f" 2>/dev/null || cp "$CORPUS/$f" "$FOLDER/$f"
done
log "runledger-cli: importing a folder with events, token usage and costs into a fresh database"
warm "$FOLDER"/*.jsonl
rm -f "$WORK"/cli_folder.db*
run_timed cli_folder "$CLI" --db "$WORK/cli_folder.db" import "$FOLDER" --json
check_run cli_folder 1
log "runledger-cli: $(wall_seconds cli_folder) s, imported $(json_get "$WORK/cli_folder.out" totals.imported)"
drop_db cli_folder
rm -rf "$FOLDER"

# ------------------------------------------- cli: re-import of a tree --

TREE=$WORK/tree
log "building a tree of $TREE_FILES files from the first $TREE_EVENTS events"
rm -rf "$TREE"
"$PYTHON" - "$EVENTS_FILE" "$TREE" "$TREE_EXPERIMENTS" "$TREE_FILES_PER_EXPERIMENT" "$TREE_EVENTS_PER_FILE" <<'PY'
import os
import sys

src, root = sys.argv[1], sys.argv[2]
n_exp, n_files, n_lines = (int(a) for a in sys.argv[3:6])
with open(src, "rb") as f:
    lines = [f.readline() for _ in range(n_exp * n_files * n_lines)]
i = 0
for e in range(n_exp):
    logs = os.path.join(root, "experiments", "bench-%02d" % e, "logs")
    os.makedirs(logs)
    for p in range(n_files):
        # Rotated parts first, the current experiment.jsonl last, as Persona writes them.
        name = ("experiment.jsonl" if p == n_files - 1
                else "experiment_20250915_1000%02d.jsonl" % p)
        with open(os.path.join(logs, name), "wb") as out:
            out.writelines(lines[i:i + n_lines])
        i += n_lines
PY
tree_files=$(find "$TREE" -type f -name '*.jsonl' | wc -l)
((tree_files == TREE_FILES)) || die "tree has $tree_files files, expected $TREE_FILES"

log "tree: first import"
rm -f "$WORK"/tree.db*
run_timed tree_first "$CLI" --db "$WORK/tree.db" import "$TREE" --json
check_run tree_first 1
log "tree: re-import, nothing changed"
run_timed tree_unchanged "$CLI" --db "$WORK/tree.db" import "$TREE" --json
check_run tree_unchanged 1

log "tree: appending one event to $TREE_APPENDED files"
"$PYTHON" - "$TREE" "$TREE_APPENDED" <<'PY'
import json
import os
import sys

root, count = sys.argv[1], int(sys.argv[2])
for k in range(count):
    path = os.path.join(root, "experiments", "bench-%02d" % (k * 7), "logs", "experiment.jsonl")
    rec = {"timestamp": "2026-01-01T00:00:0%d.000000+00:00" % k, "level": "info",
           "event": "checkpoint_saved", "experiment_id": "exp-bench%d" % k,
           "run_id": "run-bench%d" % k, "payload": {"appended": k},
           "message": "appended by the import benchmark"}
    with open(path, "a", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(rec) + "\n")
PY
run_timed tree_appended "$CLI" --db "$WORK/tree.db" import "$TREE" --json
check_run tree_appended 1

# -------------------------------------------------------------- report --

"$PYTHON" - "$WORK" "$CORPUS" "$CLI" "$TREE_FILES" "$TREE_EVENTS" "$TREE_APPENDED" <<'PY'
import datetime
import json
import os
import sys

work, corpus, cli = sys.argv[1], sys.argv[2], sys.argv[3]
tree_files, tree_events, tree_appended = (int(a) for a in sys.argv[4:7])
MB, MIB = 1e6, 1024.0

TARGET_MB_S = 150.0
TARGET_RATIO = 3.5
TARGET_RSS_MIB = 100.0
TARGET_REIMPORT_S = 1.0


def load(name):
    with open(os.path.join(work, name + ".out"), encoding="utf-8") as f:
        out = json.load(f)
    with open(os.path.join(work, name + ".time")) as f:
        # GNU time puts "Command exited with non-zero status N" before the figures.
        wall, rss_kib = f.read().strip().splitlines()[-1].split()
    with open(os.path.join(work, name + ".rc")) as f:
        rc = int(f.read())
    return out, max(float(wall), 0.01), int(rss_kib) / MIB, rc


def size(*names):
    return sum(os.path.getsize(os.path.join(corpus, n)) for n in names)


manifest = {}
if os.path.exists(os.path.join(corpus, "manifest.json")):
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)


def count_lines(name):
    with open(os.path.join(corpus, name), "rb") as f:
        return sum(1 for line in f if line.strip())


counts = manifest.get("counts") or {}
n_events = counts.get("events") or count_lines("events.jsonl")
n_records = (n_events + (counts.get("token_usage") or count_lines("token_usage.jsonl"))
             + (counts.get("costs") or count_lines("costs.jsonl")))
events_bytes = size("events.jsonl")
folder_bytes = size("events.jsonl", "token_usage.jsonl", "costs.jsonl")


def cli_run(name, nbytes, records):
    out, wall, rss, rc = load(name)
    totals = out.get("totals", {})
    return {
        "seconds": round(wall, 3),
        "cli_seconds": out.get("seconds"),
        "bytes": nbytes,
        "mb_per_s": round(nbytes / MB / wall, 2) if nbytes else None,
        "records_per_s": round(records / wall) if records else None,
        "imported": totals.get("imported"),
        "duplicates": totals.get("duplicates"),
        "rejected": totals.get("rejected"),
        "files": totals.get("files"),
        "peak_rss_mib": round(rss, 1),
        "exit_status": rc,
    }


py_out, py_wall, py_rss, _ = load("python")
python = {
    "seconds": round(py_wall, 3),
    "bytes": events_bytes,
    "mb_per_s": round(events_bytes / MB / py_wall, 2),
    "records_per_s": round(py_out["events"] / py_wall),
    "imported": py_out["events"],
    "peak_rss_mib": round(py_rss, 1),
    "self_reported": py_out,
}
events = cli_run("cli_events", events_bytes, n_events)
folder = cli_run("cli_folder", folder_bytes, n_records)
first = cli_run("tree_first", 0, tree_events)
unchanged = cli_run("tree_unchanged", 0, 0)
appended = cli_run("tree_appended", 0, 0)
ratio = py_wall / events["seconds"]

targets = []


def target(name, measured, required, ok):
    targets.append({"name": name, "measured": measured, "required": required, "pass": bool(ok)})


target("events.jsonl import throughput", "%.1f MB/s" % events["mb_per_s"],
       ">= %g MB/s" % TARGET_MB_S, events["mb_per_s"] >= TARGET_MB_S)
target("speed vs Python baseline", "%.2fx" % ratio, ">= %gx" % TARGET_RATIO, ratio >= TARGET_RATIO)
target("peak RSS, events.jsonl import", "%.1f MiB" % events["peak_rss_mib"],
       "<= %g MiB" % TARGET_RSS_MIB, events["peak_rss_mib"] <= TARGET_RSS_MIB)
target("peak RSS, corpus folder import", "%.1f MiB" % folder["peak_rss_mib"],
       "<= %g MiB" % TARGET_RSS_MIB, folder["peak_rss_mib"] <= TARGET_RSS_MIB)
target("every event imported", "imported=%s" % events["imported"], "imported=%d" % n_events,
       events["imported"] == n_events)
target("every corpus record imported", "imported=%s" % folder["imported"], "imported=%d" % n_records,
       folder["imported"] == n_records)
target("tree: first import", "imported=%s" % first["imported"], "imported=%d" % tree_events,
       first["imported"] == tree_events)
target("re-import, unchanged {:,}-file tree".format(tree_files), "%.2f s" % unchanged["seconds"],
       "< %g s" % TARGET_REIMPORT_S, unchanged["seconds"] < TARGET_REIMPORT_S)
target("re-import, unchanged tree adds nothing", "imported=%s" % unchanged["imported"], "imported=0",
       unchanged["imported"] == 0)
target("re-import after appending to %d files" % tree_appended, "imported=%s" % appended["imported"],
       "imported=%d" % tree_appended, appended["imported"] == tree_appended)
all_pass = all(t["pass"] for t in targets)

results = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "cpus": os.cpu_count(),
    "cli": cli,
    "corpus": {"path": corpus, "events": n_events, "records": n_records,
               "events_bytes": events_bytes, "folder_bytes": folder_bytes,
               "seed": manifest.get("seed")},
    "python_baseline": python,
    "cli_events": events,
    "cli_folder": folder,
    "ratio_vs_python": round(ratio, 2),
    "tree": {"files": tree_files, "events": tree_events, "first": first,
             "unchanged": unchanged, "appended": appended},
    "targets": targets,
    "pass": all_pass,
}
with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as f:
    json.dump(results, f, indent=2)
    f.write("\n")


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


print()
print("RunLedger import benchmark: %d events, events.jsonl %.1f MB, corpus folder %.1f MB (%d records)"
      % (n_events, events_bytes / MB, folder_bytes / MB, n_records))
print("cli: %s" % cli)
print()
header = "%-38s %9s %9s %12s %10s %10s" % ("run", "seconds", "MB/s", "records/s", "RSS MiB", "imported")
print(header)
print("-" * len(header))
rows = [
    ("python baseline, events.jsonl", python),
    ("runledger-cli, events.jsonl", events),
    ("runledger-cli, corpus folder", folder),
    ("tree ({:,} files): first import".format(tree_files), first),
    ("tree: re-import, unchanged", unchanged),
    ("tree: re-import, %d files appended" % tree_appended, appended),
]
for label, r in rows:
    print("%-38s %9s %9s %12s %10s %10s" % (
        label, fmt(r["seconds"], ".2f"), fmt(r["mb_per_s"], ".1f"),
        fmt(r["records_per_s"], ",d"), fmt(r["peak_rss_mib"], ".1f"), fmt(r["imported"], "")))
print()
print("runledger-cli vs python baseline (events.jsonl): %.2fx faster" % ratio)
print()
header = "%-42s %18s %18s  %s" % ("target", "measured", "required", "result")
print(header)
print("-" * len(header))
for t in targets:
    print("%-42s %18s %18s  %s" % (t["name"], t["measured"], t["required"], "PASS" if t["pass"] else "FAIL"))
print()
print("overall: %s   (results: %s)" % ("PASS" if all_pass else "FAIL",
                                         os.path.join(work, "results.json")))
sys.exit(0 if all_pass else 1)
PY
