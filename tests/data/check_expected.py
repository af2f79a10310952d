#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check tests/data/EXPECTED.json and resources/sample/EXPECTED.json.

This is a small reference importer written straight from docs of the input
formats (kind detection from content, JSON Lines rules, BOM/CRLF, blank and
console lines, pending partial last lines, content-based de-duplication, metadata
checksum verification). It re-reads every fixture and reports any difference from
the expected numbers. It is a cross-check of the data, not a second product.

Usage:
    python3 tests/data/check_expected.py             # fixtures, tree and sample
    python3 tests/data/check_expected.py --no-huge   # skip the 20 MB line case

Exit status 0 when everything matches, 1 otherwise.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SAMPLE = REPO / "resources" / "sample"

BOM = b"\xef\xbb\xbf"
EVENT_KEYS = {"timestamp", "level", "event", "experiment_id", "run_id", "payload", "message"}
LEVELS = {"debug": "debug", "info": "info", "warn": "warn", "warning": "warn",
          "error": "error"}
CONSOLE_RE = re.compile(rb"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[")
TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?"
                   r"(Z|[+-]\d{2}:\d{2})?$")
HASH_RE = re.compile(r"^(sha256:)?([0-9a-fA-F]{64})$")
MAX_DEPTH = 512
MAX_TOKENS = 10 ** 9


class Reject(Exception):
    pass


# --------------------------------------------------------------------------
# parsing and validation
# --------------------------------------------------------------------------

def parse_ts(value):
    """Returns (UTC datetime, zone_was_missing)."""
    if not isinstance(value, str):
        raise Reject("timestamp has the wrong type (%s)" % type(value).__name__)
    m = TS_RE.match(value)
    if not m:
        raise Reject("invalid timestamp %r" % value[:40])
    y, mo, d, h, mi, s, frac, zone = m.groups()
    us = int((frac[1:] + "000000")[:6]) if frac else 0
    try:
        t = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), us)
    except ValueError:
        raise Reject("invalid timestamp %r" % value[:40])
    if zone is None:
        return t.replace(tzinfo=dt.timezone.utc), True
    if zone == "Z":
        return t.replace(tzinfo=dt.timezone.utc), False
    sign = 1 if zone[0] == "+" else -1
    off = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])) * sign
    return (t - off).replace(tzinfo=dt.timezone.utc), False


def nesting_ok(raw):
    depth = 0
    in_str = esc = False
    for c in raw:
        if in_str:
            if esc:
                esc = False
            elif c == 0x5C:
                esc = True
            elif c == 0x22:
                in_str = False
        elif c == 0x22:
            in_str = True
        elif c in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif c in (0x5D, 0x7D):
            depth -= 1
    return True


def parse_json_line(raw):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Reject("invalid UTF-8 at byte %d" % e.start)
    if not nesting_ok(raw):
        raise Reject("too deeply nested (over %d levels)" % MAX_DEPTH)
    try:
        return json.loads(text)
    except ValueError as e:
        raise Reject("invalid JSON: %s" % e.msg)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_base(obj):
    if not isinstance(obj, dict):
        raise Reject("expected a JSON object, got %s" % type(obj).__name__)
    if "timestamp" not in obj:
        raise Reject("missing timestamp")
    ts, assumed = parse_ts(obj["timestamp"])
    lv = obj.get("level")
    if not isinstance(lv, str) or lv.lower() not in LEVELS:
        raise Reject("missing or invalid level")
    ev = obj.get("event")
    if not isinstance(ev, str) or not ev:
        raise Reject("missing event name")
    return ts, assumed, LEVELS[lv.lower()]


def validate_event(obj):
    ts, assumed, lv = check_base(obj)
    for k in ("experiment_id", "run_id"):
        if k in obj and obj[k] is not None and not isinstance(obj[k], str):
            raise Reject("%s has the wrong type" % k)
    if "payload" in obj and not isinstance(obj["payload"], dict):
        raise Reject("payload has the wrong type")
    return {"ts": ts, "assumed_utc": assumed, "level": lv, "event": obj["event"].lower(),
            "experiment_id": obj.get("experiment_id"), "run_id": obj.get("run_id")}


def validate_structured(obj):
    ts, assumed, lv = check_base(obj)
    return {"ts": ts, "assumed_utc": assumed, "level": lv,
            "experiment_id": obj.get("experiment_id"), "run_id": obj.get("run_id")}


def check_count(name, v):
    if not is_int(v):
        raise Reject("%s has the wrong type (%s)" % (name, type(v).__name__))
    if v < 0:
        raise Reject("%s is negative" % name)
    if v > MAX_TOKENS:
        raise Reject("%s out of range" % name)


def validate_token(obj):
    if not isinstance(obj, dict):
        raise Reject("expected a JSON object")
    ts, assumed = parse_ts(obj.get("timestamp"))
    tokens = obj.get("tokens")
    if not isinstance(tokens, dict):
        raise Reject("tokens has the wrong type")
    for k in ("input", "output"):
        check_count("tokens." + k, tokens.get(k))
    if "total" in tokens:
        check_count("tokens.total", tokens["total"])
    cost = obj.get("cost_usd", 0.0)
    if not is_num(cost):
        raise Reject("cost_usd has the wrong type")
    if cost < 0:
        raise Reject("cost_usd is negative")
    pb = obj.get("prompt_breakdown")
    if pb is not None:
        if not isinstance(pb, dict):
            raise Reject("prompt_breakdown has the wrong type")
        for k, v in pb.items():
            check_count("prompt_breakdown." + k, v)
    if not isinstance(obj.get("run_id"), str):
        raise Reject("run_id missing")
    return {"ts": ts, "assumed_utc": assumed, "run_id": obj["run_id"]}


def validate_cost(obj):
    if not isinstance(obj, dict):
        raise Reject("expected a JSON object")
    ts, assumed = parse_ts(obj.get("timestamp"))
    c = obj.get("costs")
    if not isinstance(c, dict):
        raise Reject("costs has the wrong type")
    for k in ("actual", "estimated_before"):
        v = c.get(k, 0)
        if not is_num(v):
            raise Reject("costs.%s has the wrong type" % k)
        if v < 0:
            raise Reject("costs.%s is negative" % k)
    if not isinstance(obj.get("run_id"), str):
        raise Reject("run_id missing")
    return {"ts": ts, "assumed_utc": assumed, "run_id": obj["run_id"],
            "experiment_id": obj.get("experiment_id")}


VALIDATORS = {"events": validate_event, "structured": validate_structured,
              "token_usage": validate_token, "cost_records": validate_cost}


def classify(obj):
    if not isinstance(obj, dict):
        return None
    if obj.get("event") == "llm_call" and isinstance(obj.get("tokens"), dict):
        return "token_usage"
    if isinstance(obj.get("costs"), dict) and "run_id" in obj:
        return "cost_records"
    if {"timestamp", "level", "event"} <= obj.keys():
        if obj.keys() <= EVENT_KEYS and ("payload" in obj or "message" in obj):
            return "events"
        return "structured"
    return None


def detect_kind(data):
    if data.startswith(BOM):
        data = data[3:]
    if not data.strip():
        return "unknown"
    console_seen = False
    for raw in data.split(b"\n")[:50]:
        raw = raw.rstrip(b"\r")
        if not raw.strip():
            continue
        if CONSOLE_RE.match(raw):
            console_seen = True
            continue
        try:
            kind = classify(parse_json_line(raw))
        except Reject:
            continue
        if kind:
            return kind
    if console_seen:
        return "structured"
    try:
        whole = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        whole = None
        if re.match(rb'\s*\{\s*"metadata_version"', data):
            return "metadata"
    if isinstance(whole, dict) and ("metadata_version" in whole
                                    or isinstance(whole.get("generation"), dict)):
        return "metadata"
    return "unknown"


def canonical(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------
# the reference importer
# --------------------------------------------------------------------------

class Db:
    def __init__(self):
        self.records = {k: {} for k in VALIDATORS}      # kind -> canonical -> info
        self.raw_keys = {k: set() for k in VALIDATORS}  # same, keyed by raw line bytes
        self.metadata = {}                               # run_id -> (path, doc)
        self.files = {}                                  # path -> resume state
        self.ambiguities = []

    def run_ids(self):
        ids = set()
        for kind in ("events", "structured", "token_usage", "cost_records"):
            for info in self.records[kind].values():
                if info.get("run_id"):
                    ids.add(info["run_id"])
        ids.update(self.metadata)
        return ids

    def experiment_ids(self):
        ids = set()
        for kind in ("events", "structured", "cost_records"):
            for info in self.records[kind].values():
                if info.get("experiment_id"):
                    ids.add(info["experiment_id"])
        for _, doc in self.metadata.values():
            ids.add(doc["generation"].get("experiment_id"))
        ids.discard(None)
        return ids

    def run_status(self, run_id):
        names = {i["event"] for i in self.records["events"].values() if i["run_id"] == run_id}
        if "experiment_failed" in names:
            return "failed"
        if "experiment_completed" in names:
            return "completed"
        if names:
            return "running"
        return "unknown"


def report(kind, **kw):
    r = {"kind": kind, "lines": 0, "imported": 0, "duplicates": 0, "rejected": 0,
         "skipped": 0, "pending_bytes": 0, "rejected_lines": [], "assumed_utc_lines": [],
         "console_lines": [], "blank_lines": [], "ignored_fields": [], "records": []}
    r.update(kw)
    return r


def import_metadata(db, path, data):
    lines = data.count(b"\n") + 1
    r = report("metadata", lines=lines)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        r["rejected_lines"].append({"line": data[:e.start].count(b"\n") + 1,
                                    "reason": "invalid UTF-8"})
        r["rejected"] = 1
        return r
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        r["rejected_lines"].append({"line": e.lineno, "reason": "invalid JSON: " + e.msg})
        r["rejected"] = 1
        return r
    gen = doc.get("generation") if isinstance(doc, dict) else None
    if not isinstance(gen, dict) or not isinstance(gen.get("run_id"), str):
        r["rejected_lines"].append({"line": 1, "reason": "generation.run_id missing"})
        r["rejected"] = 1
        return r
    # optional members of the wrong type are ignored (and reported), the run is kept
    expected_types = {"configuration": dict, "data_sources": dict, "environment": dict,
                      "costs": dict, "checksums": dict, "errors": list, "warnings": list}
    for k, t in expected_types.items():
        if k in doc and not isinstance(doc[k], t):
            r["ignored_fields"].append(k)
            del doc[k]
    run_id = gen["run_id"]
    if run_id in db.metadata and canonical(db.metadata[run_id][1]) == canonical(doc):
        r["duplicates"] = 1
    else:
        db.metadata[run_id] = (path, doc)
        r["imported"] = 1
    return r


def import_file(db, path, rel=None):
    path = Path(path)
    data = path.read_bytes()
    key = str(path.resolve())
    state = db.files.get(key)
    if state is None:
        kind = detect_kind(data)
        state = {"kind": kind, "offset": 0, "line": 0, "open_line": False}
    kind = state["kind"]
    if kind == "unknown":
        db.files[key] = state
        return report("unknown")
    if kind == "metadata":
        db.files[key] = state
        return import_metadata(db, path, data)

    r = report(kind)
    pos = state["offset"]
    line_no = state["line"]
    if pos == 0 and data.startswith(BOM):
        pos = 3
    if state["open_line"]:
        # the last record was complete without a newline; its newline may follow now
        if data[pos:pos + 2] == b"\r\n":
            pos += 2
        elif data[pos:pos + 1] == b"\n":
            pos += 1
        if pos > state["offset"]:
            state["open_line"] = False
    store = db.records[kind]
    raw_store = db.raw_keys[kind]

    def handle(raw, n):
        if not raw.strip():
            r["blank_lines"].append(n)
            return
        if kind == "structured" and CONSOLE_RE.match(raw):
            r["skipped"] += 1
            r["console_lines"].append(n)
            return
        try:
            obj = parse_json_line(raw)
            info = VALIDATORS[kind](obj)
        except Reject as e:
            r["rejected_lines"].append({"line": n, "reason": str(e)})
            return
        if info.get("assumed_utc"):
            r["assumed_utc_lines"].append(n)
        info["obj"] = obj
        ckey = canonical(obj)
        dup = ckey in store
        if dup != (raw in raw_store):
            db.ambiguities.append("%s:%d: content and byte identity disagree" % (path, n))
        raw_store.add(raw)
        if dup:
            r["duplicates"] += 1
        else:
            store[ckey] = info
            r["imported"] += 1
            r["records"].append((n, info))

    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            tail = data[pos:]
            complete = False
            if tail.strip():
                try:
                    parse_json_line(tail.rstrip(b"\r"))
                    complete = True
                except Reject:
                    complete = False
            if complete:
                line_no += 1
                handle(tail.rstrip(b"\r"), line_no)
                pos = len(data)
                state["open_line"] = True
            else:
                r["pending_bytes"] = len(tail)
            break
        raw = data[pos:nl]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        line_no += 1
        handle(raw, line_no)
        pos = nl + 1
    r["lines"] = line_no - state["line"]
    r["rejected"] = len(r["rejected_lines"])
    state["offset"] = pos
    state["line"] = line_no
    db.files[key] = state
    return r


def walk(root):
    return sorted((p for p in Path(root).rglob("*") if p.is_file()),
                  key=lambda p: p.relative_to(root).as_posix())


def import_folder(db, root, order=None):
    out = {}
    paths = walk(root)
    if order == "reverse":
        paths = list(reversed(paths))
    for p in paths:
        out[p.relative_to(root).as_posix()] = import_file(db, p)
    return out


def verify(db, maps=()):
    results = []
    for run_id in sorted(db.metadata):
        mpath, doc = db.metadata[run_id]
        ds = doc.get("data_sources", {})
        checks = ds.get("checksums", {}) if isinstance(ds, dict) else {}
        mdir = Path(mpath).parent
        # candidate folders: the metadata folder and its ancestors up to the
        # experiment folder (the parent of outputs/), if there is one
        chain = [mdir]
        exp_folder = next((a.parent for a in [mdir] + list(mdir.parents)
                           if a.name == "outputs"), None)
        if exp_folder is not None:
            for a in mdir.parents:
                chain.append(a)
                if a == exp_folder:
                    break
        for rec_path, value in checks.items():
            entry = {"run_id": run_id, "path": rec_path}
            m = HASH_RE.match(value) if isinstance(value, str) else None
            resolved = None
            if rec_path.startswith("/"):
                for src, dst in maps:
                    if rec_path.startswith(src.rstrip("/") + "/"):
                        cand = Path(dst) / rec_path[len(src.rstrip("/")) + 1:]
                        if cand.is_file():
                            resolved = cand
                if resolved is None and Path(rec_path).is_file():
                    resolved = Path(rec_path)
            else:
                for folder in chain:
                    if (folder / rec_path).exists():
                        resolved = folder / rec_path
                        break
            entry["resolved"] = resolved
            if not m:
                entry["status"] = "invalid_checksum"
            elif resolved is None:
                entry["status"] = "missing"
            elif not resolved.is_file():
                entry["status"] = "unreadable"   # e.g. a folder
            else:
                actual = hashlib.sha256(resolved.read_bytes()).hexdigest()
                entry["actual"] = actual
                entry["status"] = "ok" if actual == m.group(2).lower() else "mismatch"
            results.append(entry)
    return results


# --------------------------------------------------------------------------
# comparisons
# --------------------------------------------------------------------------

class Checker:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def eq(self, what, got, want):
        self.checks += 1
        if got != want:
            self.failures += 1
            print("MISMATCH %s: got %r, expected %r" % (what, got, want))

    def ok(self, what, cond):
        self.checks += 1
        if not cond:
            self.failures += 1
            print("FAILED %s" % what)


BASIC = ("kind", "lines", "imported", "duplicates", "rejected", "skipped", "pending_bytes")


def compare_report(c, name, got, want):
    for k in BASIC:
        c.eq("%s %s" % (name, k), got[k], want[k])
    if "rejected_lines" in want:
        c.eq("%s rejected line numbers" % name, [x["line"] for x in got["rejected_lines"]],
             [x["line"] for x in want["rejected_lines"]])
        for g, w in zip(got["rejected_lines"], want["rejected_lines"]):
            c.ok("%s line %d reason %r contains %r" % (name, g["line"], g["reason"],
                                                     w["reason_contains"]),
                 w["reason_contains"] in g["reason"].lower())


def levels_of(rep):
    d = {"debug": 0, "info": 0, "warn": 0, "error": 0}
    for _, info in rep["records"]:
        d[info["level"]] += 1
    return d


def check_fixtures(c, exp, huge=True):
    for name, want in exp["files"].items():
        db = Db()
        got = import_file(db, HERE / name)
        compare_report(c, name, got, want)
        if "by_level" in want:
            c.eq(name + " by_level", levels_of(got), want["by_level"])
        if "assumed_utc_lines" in want:
            c.eq(name + " assumed_utc_lines", got["assumed_utc_lines"], want["assumed_utc_lines"])
        elif got["kind"] in ("events", "structured"):
            c.eq(name + " assumed_utc_lines", got["assumed_utc_lines"], [])
        if "timestamps_utc" in want:
            got_ts = [info["ts"].isoformat(timespec="milliseconds").replace("+00:00", "Z")
                      for _, info in got["records"]]
            want_ts = [dt.datetime.fromisoformat(t.replace("Z", "+00:00"))
                       .isoformat(timespec="milliseconds").replace("+00:00", "Z")
                       for t in want["timestamps_utc"]]
            c.eq(name + " timestamps_utc", got_ts, want_ts)
        if "timestamps_with_offset" in want:
            for line, t in want["timestamps_with_offset"].items():
                info = dict(got["records"])[int(line)]
                c.eq(name + " utc of line " + line, info["ts"],
                     dt.datetime.fromisoformat(t.replace("Z", "+00:00")))
        if "console_lines" in want:
            c.eq(name + " console_lines", got["console_lines"], want["console_lines"])
        if "blank_lines" in want:
            c.eq(name + " blank_lines", got["blank_lines"], want["blank_lines"])
        if "unknown_event_names" in want:
            known = {"experiment_started", "experiment_completed", "experiment_failed",
                     "data_loaded", "data_validated", "generation_started",
                     "generation_completed", "generation_failed", "persona_created",
                     "persona_validated", "output_written", "config_loaded",
                     "provider_initialised", "llm_call_started", "llm_call_completed",
                     "llm_call_failed", "custom"}
            c.eq(name + " unknown event names",
                 sorted({i["event"] for _, i in got["records"]} - known),
                 want["unknown_event_names"])
        if "null_run_id_lines" in want:
            c.eq(name + " null run_id lines",
                 [n for n, i in got["records"] if i["run_id"] is None], want["null_run_id_lines"])
        if "ignored_fields" in want:
            c.eq(name + " ignored_fields", got["ignored_fields"], want["ignored_fields"])
        if want["kind"] == "token_usage" and "tokens_by_model" in want:
            recs = [i["obj"] for _, i in got["records"]]
            by_model = {}
            comp = {"system": 0, "data": 0, "instructions": 0, "other": 0, "output": 0}
            for r in recs:
                m = by_model.setdefault(r["model"], {"calls": 0, "input": 0, "output": 0,
                                                     "cost_usd": 0.0})
                m["calls"] += 1
                m["input"] += r["tokens"]["input"]
                m["output"] += r["tokens"]["output"]
                m["cost_usd"] = round(m["cost_usd"] + r["cost_usd"], 6)
                for k in comp:
                    comp[k] += (r.get("prompt_breakdown") or {}).get(k, 0)
            c.eq(name + " tokens_by_model", {k: by_model[k] for k in sorted(by_model)},
                 want["tokens_by_model"])
            c.eq(name + " components", comp, want["components_recorded"])
            c.eq(name + " unpriced lines",
                 [n for n, i in got["records"] if i["obj"]["cost_usd"] == 0.0],
                 want["unpriced_lines"])
        if "variance_mismatch" in want:
            flagged = []
            for n, i in got["records"]:
                cc = i["obj"]["costs"]
                est = cc["estimated_before"]
                re_pct = (cc["actual"] - est) / est * 100 if est else 0.0
                if abs(re_pct - cc["variance_percent"]) > 0.01:
                    flagged.append(n)
            c.eq(name + " variance mismatch lines", flagged,
                 [x["line"] for x in want["variance_mismatch"]])
        if "verify" in want:
            res = {e["path"]: e["status"] for e in verify(db)}
            c.eq(name + " verify", res, want["verify"])
        if "run_id" in want:
            c.eq(name + " run_id", sorted(db.metadata), [want["run_id"]])
        if "configuration_keys" in want:
            c.eq(name + " configuration keys",
                 sorted(db.metadata[want["run_id"]][1]["configuration"]),
                 want["configuration_keys"])

    # every file in tests/data is described, except the tooling and the tree
    listed = set(exp["files"]) | {"EXPECTED.json", "README.md", "make_fixtures.py",
                                  "check_expected.py", "events_partial_tail.rest"}
    extra = sorted(p.name for p in HERE.iterdir() if p.is_file() and p.name not in listed)
    c.eq("fixtures without an EXPECTED entry", extra, [])

    # sequences
    with tempfile.TemporaryDirectory() as tmp:
        for seq in exp["sequences"]:
            db = Db()
            if "import" in seq:
                reps = []
                for name in seq["import"]:
                    reps.append(import_file(db, HERE / name))
            else:
                p = Path(tmp) / "events_partial_tail.jsonl"
                shutil.copyfile(HERE / "events_partial_tail.jsonl", p)
                reps = [import_file(db, p)]
                with open(p, "ab") as f:
                    f.write((HERE / "events_partial_tail.rest").read_bytes())
                reps.append(import_file(db, p))
            for i, (g, w) in enumerate(zip(reps, seq["results"])):
                for k, v in w.items():
                    c.eq("sequence %r step %d %s" % (seq["name"], i + 1, k), g[k], v)
            for k, v in seq["db"].items():
                got = len(db.records["events"]) if k == "events" else len(db.metadata)
                c.eq("sequence %r db %s" % (seq["name"], k), got, v)

        if huge:
            spec = exp["generated_at_runtime"]["events_huge_line.jsonl"]
            p = Path(tmp) / "events_huge_line.jsonl"
            subprocess.run([sys.executable, str(HERE / "make_fixtures.py"), "--huge", str(p)],
                           check=True)
            c.eq("huge line file size", p.stat().st_size, spec["bytes"])
            db = Db()
            got = import_file(db, p)
            compare_report(c, "events_huge_line.jsonl", got, spec["expected"])
            blobs = [len(i["obj"]["payload"].get("blob", "")) for _, i in got["records"]]
            c.eq("huge line blob length", max(blobs), spec["expected"]["payload_blob_length"])


def db_counts(db):
    lv = {"debug": 0, "info": 0, "warn": 0, "error": 0}
    for i in db.records["events"].values():
        lv[i["level"]] += 1
    return {"experiments": len(db.experiment_ids()), "runs": len(db.run_ids()),
            "events": len(db.records["events"]), "events_by_level": lv,
            "structured": len(db.records["structured"]),
            "llm_calls": len(db.records["token_usage"]),
            "cost_records": len(db.records["cost_records"]), "metadata": len(db.metadata)}


def check_tree(c, exp):
    t = exp["tree"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "tree"
        shutil.copytree(HERE / "tree", root)
        db = Db()
        s1 = t["step1_initial_import"]
        reps = import_folder(db, root)
        for name, want in s1["files"].items():
            compare_report(c, "tree step1 " + name, reps[name], want)
        c.eq("tree step1 unknown files",
             sorted(k for k, r in reps.items() if r["kind"] == "unknown"), s1["unknown_files"])
        c.eq("tree step1 listed files", sorted(set(reps) - set(s1["unknown_files"])),
             sorted(s1["files"]))
        c.eq("tree step1 db", db_counts(db), s1["db"])
        c.eq("tree step1 status", {r: db.run_status(r) for r in s1["run_status"]},
             s1["run_status"])
        c.eq("tree step1 verify", [{"run_id": e["run_id"], "path": e["path"],
                                    "status": e["status"]} for e in verify(db)], s1["verify"])

        s2 = t["step2_append"]
        for a in s2["actions"]:
            src = HERE / (a.get("append") or a.get("copy"))
            dst = root / a["to"]
            dst.parent.mkdir(parents=True, exist_ok=True)
            with open(dst, "ab" if "append" in a else "wb") as f:
                f.write(src.read_bytes())
        reps = import_folder(db, root)
        for name, n in s2["new_records_per_file"].items():
            c.eq("tree step2 new records " + name, reps[name]["imported"], n)
        for name, n in s2["new_duplicates_per_file"].items():
            c.eq("tree step2 new duplicates " + name, reps[name]["duplicates"], n)
        c.eq("tree step2 other files import nothing",
             sorted(k for k, r in reps.items()
                    if r["imported"] and k not in s2["new_records_per_file"]), [])
        for name, n in s2["pending_bytes"].items():
            c.eq("tree step2 pending " + name, reps[name]["pending_bytes"], n)
        c.eq("tree step2 rejected", sum(r["rejected"] for r in reps.values()), s2["rejected"])
        c.eq("tree step2 db", db_counts(db), s2["db"])
        c.eq("tree step2 status", {r: db.run_status(r) for r in s2["run_status"]},
             s2["run_status"])
        c.eq("tree step2 verify", [{"run_id": e["run_id"], "path": e["path"],
                                    "status": e["status"]} for e in verify(db)], s2["verify"])

        before = db_counts(db)
        reps = import_folder(db, root)
        c.eq("tree step3 imported", sum(r["imported"] for r in reps.values()),
             t["step3_reimport"]["imported"])
        c.eq("tree step3 db unchanged", db_counts(db), before)
    c.eq("content and byte identity agree (tree)", db.ambiguities, [])


def check_sample(c):
    exp = json.loads((SAMPLE / "EXPECTED.json").read_text(encoding="utf-8"))
    db = Db()
    reps = import_folder(db, SAMPLE)
    for name, want in exp["files"].items():
        compare_report(c, "sample " + name, reps[name], want)
    c.eq("sample unknown files", sorted(k for k, r in reps.items() if r["kind"] == "unknown"),
         exp["unknown_files"])
    c.eq("sample rejected", sum(r["rejected"] for r in reps.values()), 0)
    c.eq("sample pending", sum(r["pending_bytes"] for r in reps.values()), 0)
    counts = db_counts(db)
    c.eq("sample experiments", counts["experiments"], exp["experiments"])
    c.eq("sample runs", counts["runs"], exp["runs"])
    c.eq("sample events", counts["events"], exp["events"]["total"])
    c.eq("sample events by level", counts["events_by_level"], exp["events"]["by_level"])
    slv = {"debug": 0, "info": 0, "warn": 0, "error": 0}
    for i in db.records["structured"].values():
        slv[i["level"]] += 1
    c.eq("sample structured", counts["structured"], exp["structured"]["total"])
    c.eq("sample structured by level", slv, exp["structured"]["by_level"])
    c.eq("sample console lines", sum(r["skipped"] for r in reps.values()),
         exp["structured"]["console_lines_skipped"])
    c.eq("sample llm calls", counts["llm_calls"], exp["llm_calls"])
    c.eq("sample cost records", counts["cost_records"], exp["cost_records"])
    c.eq("sample metadata", counts["metadata"], exp["metadata_files"])
    tot = exp["totals"]
    c.eq("sample totals files", len(reps), tot["files"])
    c.eq("sample totals imported", sum(r["imported"] for r in reps.values()), tot["imported"])
    c.eq("sample totals duplicates", sum(r["duplicates"] for r in reps.values()),
         tot["duplicates"])
    c.eq("sample totals skipped files", sum(1 for r in reps.values() if r["kind"] == "unknown"),
         tot["skipped_files"])

    # summary figures
    toks = [i["obj"] for i in db.records["token_usage"].values()]
    by_model = {}
    for r in toks:
        m = by_model.setdefault(r["model"], {"calls": 0, "input": 0, "output": 0,
                                             "cost_usd": 0.0, "unpriced_calls": 0})
        m["calls"] += 1
        m["input"] += r["tokens"]["input"]
        m["output"] += r["tokens"]["output"]
        m["cost_usd"] = round(m["cost_usd"] + r["cost_usd"], 6)
        m["unpriced_calls"] += r["cost_usd"] == 0.0
    c.eq("sample tokens_by_model", {k: by_model[k] for k in sorted(by_model)},
         exp["summary"]["tokens_by_model"])
    costs = [i["obj"] for i in db.records["cost_records"].values()]
    c.ok("sample cost totals", abs(sum(x["costs"]["actual"] for x in costs)
                                   - exp["summary"]["cost_actual_total"]) < 1e-6)
    flagged = []
    for x in costs:
        cc = x["costs"]
        est = cc["estimated_before"]
        pct = (cc["actual"] - est) / est * 100 if est else 0.0
        if abs(pct - cc["variance_percent"]) > 0.01:
            flagged.append(x["run_id"])
    c.eq("sample variance mismatches", flagged,
         [m["run_id"] for m in exp["cost_variance_mismatches"]])

    # per-run figures
    for run in exp["run_list"]:
        rid = run["run_id"]
        evs = sorted((i for i in db.records["events"].values() if i["run_id"] == rid),
                     key=lambda i: i["ts"])
        c.eq("sample %s events" % rid, len(evs), run["events"])
        c.eq("sample %s status" % rid, db.run_status(rid), run["status"])
        c.eq("sample %s started" % rid, evs[0]["ts"],
             dt.datetime.fromisoformat(run["started"]))
        c.eq("sample %s ended" % rid, evs[-1]["ts"], dt.datetime.fromisoformat(run["ended"]))
        calls = [r for r in toks if r["run_id"] == rid]
        c.eq("sample %s llm calls" % rid, len(calls), run["llm_calls"])
        c.eq("sample %s input tokens" % rid, sum(r["tokens"]["input"] for r in calls),
             run["input_tokens"])
        c.eq("sample %s experiment" % rid, {i["experiment_id"] for i in evs},
             {run["experiment_id"]})
        completed = [i for i in evs if i["event"] == "llm_call_completed"]
        c.eq("sample %s completed calls = token records" % rid, len(completed), len(calls))

    # checksums
    results = verify(db)
    got = [(e["run_id"], e["path"], e["status"]) for e in results]
    want = sorted((e["run_id"], e["path"], e["status"]) for e in exp["verify"]["entries"])
    c.eq("sample verify", sorted(got), want)
    mapped = verify(db, maps=[("/Users/alice/research/pricing-study",
                               str(SAMPLE / "experiments" / "pricing-study"))])
    got = sorted((e["run_id"], e["path"], e["status"]) for e in mapped)
    want = sorted((e["run_id"], e["path"], e.get("status_with_map", e["status"]))
                  for e in exp["verify"]["entries"])
    c.eq("sample verify with map", got, want)
    for chk in exp["verify"]["config_label_checks"]:
        _, doc = db.metadata[chk["run_id"]]
        data = (SAMPLE / chk["resolved_path"]).read_bytes()
        c.eq("sample config checksum " + chk["run_id"], doc["checksums"]["config"],
             "sha256:" + hashlib.sha256(data).hexdigest())

    # debug.jsonl is exactly the debug lines of the stream, in order
    for folder, tot_want in exp["log_folder_totals"].items():
        logs = SAMPLE / folder
        stream = b""
        parts = sorted(logs.glob("experiment_*.jsonl")) + [logs / "experiment.jsonl"]
        for p in parts:
            stream += p.read_bytes()
        dbg = [l for l in stream.splitlines(keepends=True)
               if json.loads(l)["level"].lower() == "debug"]
        c.eq("sample %s debug copy" % folder, (logs / "debug.jsonl").read_bytes(), b"".join(dbg))
        c.ok("sample %s token usage has no final newline" % folder,
             not (logs / "token_usage.jsonl").read_bytes().endswith(b"\n"))
        ts = [json.loads(l)["timestamp"] for l in stream.splitlines()]
        parsed = [parse_ts(t)[0] for t in ts]
        c.ok("sample %s stream timestamps increase" % folder,
             all(a < b for a, b in zip(parsed, parsed[1:])))
    c.eq("content and byte identity agree (sample)", db.ambiguities, [])

    # folder totals do not depend on the import order
    for order in (None, "reverse"):
        db2 = Db()
        reps2 = import_folder(db2, SAMPLE, order=order)
        for folder, want in exp["log_folder_totals"].items():
            got = {"files": 0, "lines": 0, "imported": 0, "duplicates": 0, "rejected": 0,
                   "skipped": 0}
            for k, r in reps2.items():
                if k.rsplit("/", 1)[0] == folder:
                    got["files"] += 1
                    for f in ("lines", "imported", "duplicates", "rejected", "skipped"):
                        got[f] += r[f]
            c.eq("sample folder totals (%s order) %s" % (order or "sorted", folder), got, want)


def check_verify(c, exp):
    """Statuses of the verify/ layout: data files, and config.yaml against the
    recorded config checksum; totals per scope."""
    v = exp["verify"]
    db = Db()
    import_folder(db, HERE / "verify")
    got = {}
    for e in verify(db):
        exp_id = db.metadata[e["run_id"]][1]["generation"]["experiment_id"]
        got.setdefault(exp_id + "/" + e["run_id"], {})[e["path"]] = e["status"]
    for run_id, (mpath, doc) in db.metadata.items():
        recorded = doc.get("checksums", {}).get("config")
        if recorded is None:
            continue
        config = Path(mpath).parent.parent.parent / "config.yaml"
        m = HASH_RE.match(recorded)
        status = ("invalid_checksum" if not m else "missing" if not config.is_file() else
                  "ok" if hashlib.sha256(config.read_bytes()).hexdigest() == m.group(2).lower()
                  else "mismatch")
        got[doc["generation"]["experiment_id"] + "/" + run_id]["output:config"] = status
    c.eq("verify results", got, v["results"])
    for scope in v["scopes"]:
        keys = [k for k in got if ("runs" not in scope or k in scope["runs"]) and
                ("experiment" not in scope or k.startswith(scope["experiment"] + "/"))]
        totals = {s: 0 for s in ("ok", "mismatch", "missing", "unreadable", "invalid_checksum")}
        for k in keys:
            for status in got[k].values():
                totals[status] += 1
        c.eq("verify %s totals" % scope["name"], totals, scope["totals"])
        c.eq("verify %s runs" % scope["name"], len(keys), scope["runs_verified"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-huge", action="store_true", help="skip the 20 MB huge-line case")
    ap.add_argument("--no-sample", action="store_true", help="skip resources/sample")
    args = ap.parse_args(argv)
    c = Checker()
    exp = json.loads((HERE / "EXPECTED.json").read_text(encoding="utf-8"))
    check_fixtures(c, exp, huge=not args.no_huge)
    check_tree(c, exp)
    check_verify(c, exp)
    if not args.no_sample:
        check_sample(c)
    print("%d checks, %d failures" % (c.checks, c.failures))
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
