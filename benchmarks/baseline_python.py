#!/usr/bin/env python3
"""Reference importer: what a researcher typically writes by hand.

Reads an experiment events JSON Lines file line by line with json.loads and
inserts every event into a fresh SQLite database (WAL journal) with a single
executemany() call inside ONE transaction. Python 3 standard library only.

This is the yardstick the import benchmark compares runledger-cli against
(see benchmarks/README.md). It deliberately does nothing clever: no
validation, no deduplication, no indexes, no tuning PRAGMAs beyond WAL.

Prints one JSON object on stdout:

    {"seconds": 61.2, "mb_per_s": 5.73, "events_per_s": 16339, "events": 1000000, ...}

where seconds covers reading, parsing, inserting, committing and closing the
database, and MB is 10^6 bytes of the input file.

Usage:
    python3 benchmarks/baseline_python.py EVENTS_JSONL [--db FILE] [--keep]
"""

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time

SCHEMA = """
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    timestamp     TEXT NOT NULL,
    level         TEXT,
    event         TEXT,
    experiment_id TEXT,
    run_id        TEXT,
    message       TEXT,
    payload       TEXT
)
"""

INSERT = ("INSERT INTO events (timestamp, level, event, experiment_id, run_id, message, payload) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")


def read_events(path):
    """Yields one row tuple per non-blank line of an events file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            yield (
                rec["timestamp"],
                rec.get("level"),
                rec.get("event"),
                rec.get("experiment_id"),
                rec.get("run_id"),
                rec.get("message", ""),
                json.dumps(rec.get("payload")),
            )


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def import_events(events_path, db_path):
    """Imports events_path into a new database at db_path; returns the row count."""
    remove_database(db_path)
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(SCHEMA)
        with conn:  # one transaction, committed on exit
            cur = conn.executemany(INSERT, read_events(events_path))
            count = cur.rowcount
    finally:
        conn.close()
    return count


def main():
    ap = argparse.ArgumentParser(description="Hand-written Python/sqlite3 import of an events JSONL file.")
    ap.add_argument("events", help="events JSON Lines file (e.g. events.jsonl from gen_corpus.py)")
    ap.add_argument("--db", help="database file to create (replaced if it exists); "
                                 "default: a temporary file, deleted afterwards")
    ap.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = ap.parse_args()

    size = os.path.getsize(args.events)
    tmpdir = None
    db_path = args.db
    if db_path is None:
        tmpdir = tempfile.mkdtemp(prefix="runledger-baseline-")
        db_path = os.path.join(tmpdir, "baseline.db")

    try:
        start = time.perf_counter()
        count = import_events(args.events, db_path)
        seconds = time.perf_counter() - start
    finally:
        if tmpdir is not None and not args.keep:
            shutil.rmtree(tmpdir, ignore_errors=True)

    seconds = max(seconds, 1e-9)
    result = {
        "seconds": round(seconds, 3),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "events_per_s": round(count / seconds),
        "events": count,
        "bytes": size,
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
