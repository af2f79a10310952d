#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerate the importer test fixtures in tests/data and their EXPECTED.json.

Each fixture exercises one rule of "What bad input must get" in the input format
specification, or is a good case for one importer kind. The expected numbers are
written from the design of each file (which line is bad, and why), not by running
an importer; tests/data/check_expected.py re-reads the files independently and
compares.

Usage:
    python3 tests/data/make_fixtures.py                 # rewrite fixtures in place
    python3 tests/data/make_fixtures.py --out DIR       # write them elsewhere
    python3 tests/data/make_fixtures.py --huge FILE     # write the 20 MB huge-line
                                                        # fixture (not committed)

Python 3 standard library only; the output is byte-identical on every run.
"""

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOM = b"\xef\xbb\xbf"

EXP = "exp-7e7e01"
RUN = "run-0c41d9"


def ev(ts, level, event, payload=None, message="", exp=EXP, run=RUN, ascii_only=False,
       drop=()):
    obj = {"timestamp": ts, "level": level, "event": event, "experiment_id": exp,
           "run_id": run, "payload": {} if payload is None else payload, "message": message}
    for k in drop:
        del obj[k]
    return json.dumps(obj, ensure_ascii=ascii_only).encode()


def nl(lines, end=b"\n"):
    return b"".join(l + end for l in lines)


def counts(rec, **kw):
    d = {"kind": rec, "lines": 0, "imported": 0, "duplicates": 0, "rejected": 0,
         "skipped": 0, "pending_bytes": 0, "rejected_lines": []}
    d.update(kw)
    d["rejected"] = len(d["rejected_lines"])
    return d


# --------------------------------------------------------------------------
# events
# --------------------------------------------------------------------------

def good_events():
    """20 valid events: mixed level case, 'warning', an upper-case and an unknown
    event name, null ids, absent payload/message, Z and +02:00 offsets,
    raw UTF-8 and \\u escapes."""
    L = []
    L.append(ev("2025-10-02T09:00:00.102334+00:00", "info", "experiment_started",
                {"model": "claude-sonnet-4", "provider": "anthropic", "persona_count": 3},
                "Run 4 of fixture-study"))
    L.append(ev("2025-10-02T09:00:00.161020+00:00", "info", "config_loaded",
                {"path": "config.yaml", "keys": 9}))
    L.append(ev("2025-10-02T09:00:00.170118+00:00", "DEBUG", "custom",
                {"name": "config_resolved", "overrides": {"temperature": 0.5}}))
    L.append(ev("2025-10-02T09:00:00.402771+00:00", "Info", "provider_initialised",
                {"provider": "anthropic", "model": "claude-sonnet-4", "timeout_s": 120}))
    L.append(ev("2025-10-02T09:00:00.431907+00:00", "info", "data_loaded",
                {"path": "data/notes.md", "bytes": 5120, "tokens": 1280}))
    L.append(ev("2025-10-02T09:00:00.455300+00:00", "warning", "data_validated",
                {"files": 1, "issues": ["2 empty rows ignored"]}, "2 rows ignored"))
    L.append(ev("2025-10-02T09:00:00.480011Z", "info", "GENERATION_STARTED",
                {"step": "persona_generation", "persona_count": 3}))
    L.append(ev("2025-10-02T09:00:00.530422+00:00", "debug", "llm_call_started",
                {"call_id": "call-001", "model": "claude-sonnet-4", "attempt": 1}))
    L.append(ev("2025-10-02T09:00:01.702118+00:00", "WARN", "llm_call_failed",
                {"call_id": "call-001", "model": "claude-sonnet-4", "latency_ms": 1171.7,
                 "error": "rate_limit_error (429)", "retry_in_s": 2.0}))
    L.append(ev("2025-10-02T09:00:03.711942+00:00", "debug", "llm_call_started",
                {"call_id": "call-001", "model": "claude-sonnet-4", "attempt": 2}))
    L.append(ev("2025-10-02T09:00:21Z", "info", "llm_call_completed",
                {"call_id": "call-001", "model": "claude-sonnet-4", "latency_ms": 17288.1,
                 "input_tokens": 3710, "output_tokens": 1984}))
    L.append(ev("2025-10-02T09:00:21.050377+00:00", "info", "persona_created",
                {"persona_id": "p-01", "name": "Zoë Clarke"}, "Zoë Clarke (designer, 24)"))
    L.append(ev("2025-10-02T09:00:21.061259+00:00", "info", "persona_validated",
                {"persona_id": "p-01", "valid": True,
                 "checks": {"schema": True, "length": {"quote": 182, "limit": 200},
                            "fields": ["name", "age", "goals", [1, [2, [3]]]]}}))
    L.append(ev("2025-10-02T09:00:21.100004+00:00", "info", "checkpoint_saved",
                {"path": "outputs/.checkpoint/p-01.json"}, drop=("message",)))
    L.append(ev("2025-10-02T09:00:39.870512+00:00", "ERROR", "llm_call_failed",
                {"call_id": "call-002", "model": "claude-sonnet-4", "latency_ms": 18760.0,
                 "error": "overloaded_error (529)"}, "call 2 failed, persona skipped"))
    L.append(ev("2025-10-02T09:00:58.337190+00:00", "info", "persona_created",
                {"persona_id": "p-02", "name": "Łukasz Nowak"}, "Łukasz Nowak (engineer)",
                ascii_only=True))
    L.append(ev("2025-10-02T09:00:58.400000+00:00", "debug", "custom", None,
                "checkpoint cache pruned", run=None, drop=("payload",)))
    L.append(ev("2025-10-02T11:00:59.123456+02:00", "info", "generation_completed",
                {"step": "persona_generation", "personas": 2, "input_tokens": 7602,
                 "output_tokens": 3911, "cost_usd": 0.081471}))
    L.append(ev("2025-10-02T09:00:59.200731+00:00", "error", "custom",
                {"name": "webhook_failed", "status": 502}, "results webhook returned 502",
                exp=None, run=None))
    L.append(ev("2025-10-02T09:00:59.311800+00:00", "info", "experiment_completed",
                {"duration_seconds": 59.209466, "personas": 2, "cost_usd": 0.081471}))
    assert len(L) == 20
    return L


GOOD_LEVELS = {"debug": 4, "info": 12, "warn": 2, "error": 2}


def blank_lines_file():
    g = good_events()
    parts = [g[0] + b"\n", b"\n", g[1] + b"\n", b"   \n", b"\r\n", g[2] + b"\n",
             b"\t\n", g[3] + b"\n", g[4] + b"\n", b"\n", b"\n"]
    return b"".join(parts)


def bad_lines_file():
    """Returns (bytes, [(line, reason word)])."""
    t = "2025-10-02T10:%02d:%02d.%06d+00:00"
    lines = []
    bad = []

    def good(i, event="custom", payload=None, message=""):
        lines.append(ev(t % (0, i, 100000 + i), "info", event,
                        payload if payload is not None else {"name": "step", "n": i}, message))

    def reject(raw, reason):
        lines.append(raw)
        bad.append((len(lines), reason))

    good(1, "experiment_started", {"model": "gpt-4o", "persona_count": 2})
    good(2, "config_loaded", {"path": "config.yaml"})
    good(3, "data_loaded", {"path": "data/Müller-interview.md", "bytes": 2048},
         "loaded Müller-interview.md")
    # 4: invalid JSON (missing comma between members)
    reject(b'{"timestamp": "2025-10-02T10:00:04.100004+00:00", "level": "info", '
           b'"event": "data_validated" "experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
           b'"payload": {}, "message": ""}', "json")
    good(5, "generation_started", {"step": "persona_generation"})
    # 6: object cut in the middle (the writer was killed), followed by more lines
    reject(b'{"timestamp": "2025-10-02T10:00:06.100006+00:00", "level": "info", '
           b'"event": "persona_created", "experiment_id": "exp-7e7e01", "run_id": "run-0c', "json")
    good(7, "llm_call_started", {"call_id": "call-001"})
    # 8: invalid UTF-8 (a Latin-1 e-acute written by an editor)
    reject(b'{"timestamp": "2025-10-02T10:00:08.100008+00:00", "level": "info", '
           b'"event": "custom", "experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
           b'"payload": {"name": "note"}, "message": "caf\xe9 au lait"}', "utf")
    good(9, "llm_call_completed", {"call_id": "call-001", "model": "gpt-4o",
                                   "latency_ms": 5120.0})
    # 10: a NUL byte between two members (not inside a string)
    reject(b'{"timestamp": "2025-10-02T10:00:10.100010+00:00", "level": "info",\x00 '
           b'"event": "custom", "experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
           b'"payload": {}, "message": ""}', "json")
    # 11: valid JSON, but an array instead of an object
    reject(b'["2025-10-02T10:00:11.100011+00:00", "info", "persona_created", '
           b'"exp-7e7e01", "run-0c41d9"]', "object")
    good(12, "persona_created", {"persona_id": "p-01", "name": "Chloé Martin"},
         "Chloé Martin")
    # 13: timestamp of the wrong type
    reject(b'{"timestamp": 12345, "level": "info", "event": "persona_validated", '
           b'"experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", "payload": {}, '
           b'"message": ""}', "timestamp")
    # 14: timestamp string that is not a date
    reject(b'{"timestamp": "yesterday at noon", "level": "info", "event": "persona_validated", '
           b'"experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", "payload": {}, '
           b'"message": ""}', "timestamp")
    # 15: no "event" member
    reject(b'{"timestamp": "2025-10-02T10:00:15.100015+00:00", "level": "info", '
           b'"experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
           b'"payload": {"persona_id": "p-02"}, "message": ""}', "event")
    # 16: level of the wrong type
    reject(b'{"timestamp": "2025-10-02T10:00:16.100016+00:00", "level": 3, '
           b'"event": "generation_completed", "experiment_id": "exp-7e7e01", '
           b'"run_id": "run-0c41d9", "payload": {}, "message": ""}', "level")
    good(17, "output_written", {"path": "outputs/20251002_100001/personas.json",
                                "bytes": 2210})
    good(18, "experiment_completed", {"duration_seconds": 18.0})
    return nl(lines), bad


def partial_tail_file():
    t = "2025-10-02T11:00:%02d.%06d+00:00"
    L = [ev(t % (1, 120001), "info", "experiment_started", {"model": "claude-haiku-3.5"}),
         ev(t % (2, 120002), "info", "config_loaded", {"path": "config.yaml"}),
         ev(t % (3, 120003), "debug", "llm_call_started", {"call_id": "call-001"}),
         ev(t % (4, 120004), "info", "llm_call_completed",
            {"call_id": "call-001", "model": "claude-haiku-3.5", "latency_ms": 2210.5}),
         ev(t % (5, 120005), "info", "persona_created", {"persona_id": "p-01"}),
         ev(t % (6, 120006), "info", "persona_validated", {"persona_id": "p-01", "valid": True})]
    # cut inside the two-byte UTF-8 sequence of the e-acute: still pending, not invalid UTF-8
    last = ev(t % (7, 120007), "info", "persona_created",
              {"persona_id": "p-02", "name": "Chloé Martin"}, "Chloé Martin (COO)")
    cut = last.index("Chlo\u00e9".encode()) + len(b"Chlo") + 1
    return nl(L), last[:cut], last[cut:] + b"\n"


def no_zone_file():
    L = [ev("2025-12-14T10:30:00", "info", "experiment_started", {"model": "gpt-4o"},
            "hand-written test run"),
         ev("2025-12-14T10:30:00.250000", "info", "config_loaded", {"path": "config.yaml"}),
         ev("2025-12-14T10:30:02.125", "debug", "llm_call_started", {"call_id": "call-001"}),
         ev("2025-12-14T10:30:09Z", "info", "llm_call_completed",
            {"call_id": "call-001", "model": "gpt-4o", "latency_ms": 6875.0}),
         ev("2025-12-14T10:30:10.500000", "info", "experiment_completed",
            {"duration_seconds": 10.5})]
    utc = ["2025-12-14T10:30:00Z", "2025-12-14T10:30:00.250Z", "2025-12-14T10:30:02.125Z",
           "2025-12-14T10:30:09Z", "2025-12-14T10:30:10.500Z"]
    return nl(L), utc


def deep_file(depth=100000):
    a = ev("2025-10-02T12:00:00.000001+00:00", "info", "custom", {"name": "before"})
    deep = (b'{"timestamp": "2025-10-02T12:00:01.000001+00:00", "level": "info", '
            b'"event": "custom", "experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
            b'"payload": {"tree": ' + b"[" * depth + b"]" * depth + b'}, "message": ""}')
    c = ev("2025-10-02T12:00:02.000001+00:00", "info", "custom", {"name": "after"})
    return nl([a, deep, c])


def dup_within_file():
    t = "2025-10-02T13:00:%02d.%06d+00:00"
    L = [ev(t % (1, 1), "info", "experiment_started", {"model": "gpt-4o"}),
         ev(t % (2, 2), "debug", "llm_call_started", {"call_id": "call-001"}),
         ev(t % (3, 3), "info", "llm_call_completed", {"call_id": "call-001"})]
    L.append(L[1])
    L.append(ev(t % (5, 5), "info", "experiment_completed", {"duration_seconds": 5.0}))
    return nl(L)


HUGE_PREFIX = (b'{"timestamp": "2025-10-02T09:00:00.300000+00:00", "level": "info", '
               b'"event": "custom", "experiment_id": "exp-7e7e01", "run_id": "run-0c41d9", '
               b'"payload": {"name": "raw_response_dump", "blob": "')
HUGE_SUFFIX = b'"}, "message": "20 MB payload"}'


def huge_line_bytes(size=20_000_000):
    g = good_events()
    return nl([g[0], HUGE_PREFIX + b"x" * size + HUGE_SUFFIX, g[19]])


# --------------------------------------------------------------------------
# structured
# --------------------------------------------------------------------------

def structured_file():
    entries = [
        ("2025-09-20T16:41:01.004513+00:00", "info", "generation_started",
         {"step": "persona_generation", "model": "claude-sonnet-4", "persona_count": 3}),
        ("2025-09-20T16:41:01.210044+00:00", "debug", "cache_lookup",
         {"step": "persona_generation", "hit": False, "key": "p-01:7d1f"}),
        ("2025-09-20T16:41:02.871930+00:00", "warning", "llm_retry",
         {"step": "persona_generation", "model": "claude-sonnet-4", "attempt": 1,
          "error": "overloaded_error (529)", "wait_s": 2.0}),
        ("2025-09-20T16:41:03.310577+00:00", "info", "generation_completed",
         {"step": "persona_generation", "model": "claude-sonnet-4", "input_tokens": 61220,
          "output_tokens": 9804, "cost_usd": 0.042876}),
        ("2025-09-20T16:41:03.402210+00:00", "error", "export_failed",
         {"step": "output", "format": "pdf", "error": "wkhtmltopdf not found",
          "context": {"path": "outputs/20250920_164058", "formats": ["json", "pdf"]}}),
        ("2025-09-20T16:41:03.500877+00:00", "info", "cost_recorded",
         {"estimated_usd": 0.05, "actual_usd": 0.042876, "variance_percent": -14.25}),
    ]
    lines = []
    for ts, level, event, extra in entries:
        obj = {"timestamp": ts, "level": level, "event": event,
               "experiment_id": "exp-90f1aa", "run_id": "run-5d3c62"}
        obj.update(extra)
        lines.append(json.dumps(obj).encode())
        kv = {"experiment_id": "exp-90f1aa", "run_id": "run-5d3c62"}
        kv.update(extra)
        console = "%s %s [%-9s] %-30s %s" % (ts[:10], ts[11:19], level, event,
                                             " ".join("%s=%s" % (k, kv[k]) for k in sorted(kv)))
        lines.append(console.encode())
    return nl(lines), {"debug": 1, "info": 3, "warn": 1, "error": 1}


# --------------------------------------------------------------------------
# token usage
# --------------------------------------------------------------------------

PRICES = {"claude-sonnet-4": (3.0, 15.0), "gpt-4o": (2.5, 10.0), "claude-haiku-3.5": (0.8, 4.0)}
PROVIDER = {"claude-sonnet-4": "anthropic", "gpt-4o": "openai", "claude-haiku-3.5": "anthropic"}


def tu(ts, model, step, system, data, instr, other, out, run="run-a81e07", style="full",
       cost=None, latency=4811.2, raw_tokens=None):
    total_input = system + data + instr + other
    pin, pout = PRICES[model]
    obj = {"timestamp": ts, "event": "llm_call", "run_id": run, "step": step, "model": model,
           "provider": PROVIDER[model],
           "tokens": raw_tokens or {"input": total_input, "output": out,
                                    "total": total_input + out}}
    if style == "full":
        obj["prompt_breakdown"] = {"system": system, "data": data, "instructions": instr,
                                   "output": out, "other": other, "total_input": total_input,
                                   "total": total_input + out}
    elif style == "old":
        obj["prompt_breakdown"] = {"system": system, "data": data, "instructions": instr}
    elif style == "none_given":
        obj["prompt_breakdown"] = {"system": 0, "data": 0, "instructions": 0, "output": out,
                                   "other": 0, "total_input": 0, "total": out}
    obj["cost_usd"] = round(total_input * pin / 1e6 + out * pout / 1e6, 6) if cost is None else cost
    if latency is not None:
        obj["latency_ms"] = latency
    return obj


def token_good():
    recs = [
        tu("2025-09-14T08:05:19.002134+00:00", "claude-sonnet-4", "persona_generation",
           1180, 26450, 780, 0, 2210),
        tu("2025-09-14T08:05:31.880410+00:00", "gpt-4o", "persona_generation",
           1176, 26450, 791, 2210, 1987, latency=6120.9),
        tu("2025-09-14T08:05:44.120976+00:00", "claude-sonnet-4", "persona_generation",
           1180, 26450, 774, 0, 2102, style="old", latency=5210.0),
        tu("2025-09-14T08:05:57.503311+00:00", "claude-sonnet-4", "persona_generation",
           1180, 26450, 770, 4197, 1874, style="none_given", latency=4420.3),
        tu("2025-09-14T08:06:05.700215+00:00", "claude-haiku-3.5", "summary_generation",
           640, 0, 420, 8173, 702, cost=0.0, latency=2105.4),
        tu("2025-09-14T08:06:11.014598+00:00", "gpt-4o", "validation",
           410, 0, 380, 8875, 231, style="absent", latency=None),
    ]
    data = b"\n".join(json.dumps(r).encode() for r in recs)   # no final newline
    comp = {"system": 0, "data": 0, "instructions": 0, "other": 0, "output": 0}
    for r in recs:
        for c in comp:
            comp[c] += r.get("prompt_breakdown", {}).get(c, 0)
    by_model = {}
    for r in recs:
        m = by_model.setdefault(r["model"], {"calls": 0, "input": 0, "output": 0,
                                             "cost_usd": 0.0})
        m["calls"] += 1
        m["input"] += r["tokens"]["input"]
        m["output"] += r["tokens"]["output"]
        m["cost_usd"] = round(m["cost_usd"] + r["cost_usd"], 6)
    extra = {
        "llm_calls": len(recs), "unpriced_calls": 1, "unpriced_lines": [5],
        "breakdown_styles": {"full": [1, 2, 5], "old_three_keys": [3],
                             "none_given_output_only": [4], "absent": [6]},
        "tokens_by_model": {k: by_model[k] for k in sorted(by_model)},
        "components_recorded": comp,
        "input_not_attributed": sum(r["tokens"]["input"] for r in recs) - sum(
            comp[c] for c in ("system", "data", "instructions", "other")),
        "output_not_in_breakdown": sum(r["tokens"]["output"] for r in recs) - comp["output"],
    }
    return data, len(recs), extra


def token_bad():
    good1 = tu("2025-09-14T09:00:01.000001+00:00", "claude-sonnet-4", "persona_generation",
               1180, 2400, 780, 0, 2210)
    neg = tu("2025-09-14T09:00:02.000002+00:00", "claude-sonnet-4", "persona_generation",
             1180, 2400, 780, 0, 1900,
             raw_tokens={"input": 4360, "output": -15, "total": 4345})
    good3 = tu("2025-09-14T09:00:03.000003+00:00", "gpt-4o", "persona_generation",
               1180, 2400, 780, 2210, 1870)
    strtok = tu("2025-09-14T09:00:04.000004+00:00", "gpt-4o", "persona_generation",
                1180, 2400, 780, 0, 1200,
                raw_tokens={"input": "1200", "output": 1200, "total": 2400})
    absurd = tu("2025-09-14T09:00:05.000005+00:00", "claude-haiku-3.5", "summary_generation",
                640, 0, 420, 0, 700,
                raw_tokens={"input": 1000000000000000, "output": 700,
                            "total": 1000000000000700})
    negcost = tu("2025-09-14T09:00:06.000006+00:00", "claude-haiku-3.5", "summary_generation",
                 640, 0, 420, 0, 700, cost=-0.02)
    good7 = tu("2025-09-14T09:00:07.000007+00:00", "claude-haiku-3.5", "validation",
               410, 0, 380, 0, 230)
    recs = [good1, neg, good3, strtok, absurd, negcost, good7]
    bad = [(2, "negative"), (4, "type"), (5, "range"), (6, "negative")]
    return nl([json.dumps(r).encode() for r in recs]), bad


# --------------------------------------------------------------------------
# cost records
# --------------------------------------------------------------------------

def cost_rec(ts, exp, run, est, actual, breakdown, model, tin, tout, vpct=None):
    variance = round(actual - est, 6)
    if vpct is None:
        vpct = round(variance / est * 100, 2) if est else 0
    return {"timestamp": ts, "experiment_id": exp, "run_id": run,
            "costs": {"estimated_before": est, "actual": actual, "variance": variance,
                      "variance_percent": vpct, "breakdown": breakdown},
            "model": model, "provider": PROVIDER[model],
            "tokens": {"input": tin, "output": tout}}


def costs_good():
    recs = [
        cost_rec("2025-09-14T08:06:40.771902+00:00", "exp-4c2d19", "run-a81e07", 0.52, 0.48822,
                 {"persona_generation": 0.45013, "summary_generation": 0.03809},
                 "claude-sonnet-4", 120340, 8512),
        cost_rec("2025-09-15T10:12:03.554120+00:00", "exp-4c2d19", "run-3f9b52", 0.5, 0.61275,
                 {"persona_generation": 0.5811, "summary_generation": 0.03165},
                 "claude-sonnet-4", 151200, 10610),
        # variance_percent recorded against the actual cost: must be flagged, not rejected
        cost_rec("2025-09-16T17:45:09.020337+00:00", "exp-90f1aa", "run-5d3c62", 0.25, 0.2402,
                 {"persona_generation": 0.2402}, "gpt-4o", 80400, 3920, vpct=-4.08),
        # no estimate before the run: variance_percent is 0 by definition
        cost_rec("2025-09-17T08:00:00Z", "exp-90f1aa", "run-e7a219", 0, 0.0519,
                 {"persona_generation": 0.0519}, "claude-haiku-3.5", 48000, 3375),
    ]
    # sanity: record 3 really disagrees, the others agree
    c = recs[2]["costs"]
    assert abs((c["actual"] - c["estimated_before"]) / c["estimated_before"] * 100
               - c["variance_percent"]) > 0.01
    return nl([json.dumps(r).encode() for r in recs]), recs


# --------------------------------------------------------------------------
# metadata
# --------------------------------------------------------------------------

def metadata_obj():
    return {
        "metadata_version": "1.0",
        "generation": {"experiment_id": "exp-4c2d19", "run_id": "run-a81e07",
                       "timestamp_start": "2025-09-14T08:05:12.480211+00:00",
                       "timestamp_end": "2025-09-14T08:06:40.771902+00:00",
                       "duration_seconds": 88.291691},
        "configuration": {"model": "claude-sonnet-4", "provider": "anthropic",
                          "persona_count": 3, "complexity": "moderate",
                          "detail_level": "standard", "temperature": 0.7, "max_tokens": 4096,
                          "workflow": "default", "seed": 42,
                          "prompt_variant": "exit-interview-v2", "tags": ["q2", "churn"],
                          "retry": {"max_attempts": 3, "backoff": "exponential"}},
        "data_sources": {
            "files": ["data/interview-01.md", "data/interview-02.md"],
            "total_files": 2, "total_tokens": 2400, "total_bytes": 9600,
            "checksums": {
                "data/interview-01.md":
                    "sha256:5b0e2c41aa73d90f5c1e8a4b2d7f6c3e9a0b1c2d3e4f5a6b7c8d9e0f1ae1f7a2",
                "data/interview-02.md":
                    "sha256:0c6f1d2e3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f"}},
        "environment": {"persona_version": "0.9.0", "python_version": "3.12.0",
                        "platform": "darwin", "platform_version": "23.1.0", "timezone": "UTC",
                        "hostname": "optional"},
        "costs": {"input_tokens": 120340, "output_tokens": 8512, "total_cost_usd": 0.48822,
                  "cost_per_persona": 0.16274},
        "checksums": {
            "config": "sha256:71c3a9d0e5b2f4c6a8e1d3b5f7092c4e6a8b0d2f4e6a8c0e2b4d6f8a0c2e4b6d",
            "output": "sha256:e04b7c9a1d3f5e7092b4d6f8a0c2e4f6a8b0d2e4f6a8c0e2b4d6f8a0c2e4b6d8"},
        "errors": ["LLM call 3 failed: overloaded_error (529)"],
        "warnings": [],
    }


def dump_meta(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False).encode()   # no final newline


# --------------------------------------------------------------------------
# tree: a mini Persona layout for folder and incremental imports
# --------------------------------------------------------------------------

def sha(b):
    return hashlib.sha256(b).hexdigest()


def tree_layout():
    """Returns ({relative path: bytes}, {append part name: bytes}, expectations)."""
    files = {}
    parts = {}
    a_exp, a_run = "exp-a1f300", "run-a10001"
    b_exp, b_run = "exp-b2e400", "run-b20001"

    a_config = b"name: alpha\nprovider: anthropic\nmodel: claude-haiku-3.5\ngeneration:\n  count: 2\n"
    a_notes = ("# Field notes\n\nShop owners reorder stock on Sunday evenings, mostly from "
               "a phone.\nThey distrust automatic reordering after one bad month.\n").encode()
    b_config = b"name: beta\nprovider: openai\nmodel: gpt-4o\ngeneration:\n  count: 2\n"
    b_answers = b"id,answer\n1,too many clicks to invite\n2,love the templates\n3,mobile login loops\n"

    def e(ts, level, event, payload, exp, run, message=""):
        return json.dumps({"timestamp": ts, "level": level, "event": event,
                           "experiment_id": exp, "run_id": run, "payload": payload,
                           "message": message}, ensure_ascii=False).encode()

    # alpha: one completed run, first 6 events rotated away
    at = "2025-10-05T09:15:%02d.%06d+00:00"
    a = [
        e(at % (0, 412007), "info", "experiment_started", {"model": "claude-haiku-3.5",
                                                             "persona_count": 2}, a_exp, a_run,
          "Run 1 of alpha"),
        e(at % (0, 470112), "info", "config_loaded", {"path": "config.yaml"}, a_exp, a_run),
        e(at % (0, 702331), "info", "provider_initialised", {"provider": "anthropic"}, a_exp, a_run),
        e(at % (0, 733019), "info", "data_loaded", {"path": "data/notes.md", "bytes": len(a_notes)},
          a_exp, a_run),
        e(at % (0, 760555), "info", "generation_started", {"step": "persona_generation"},
          a_exp, a_run),
        e(at % (0, 790021), "debug", "llm_call_started", {"call_id": "call-001",
                                                          "model": "claude-haiku-3.5"}, a_exp, a_run),
        e(at % (4, 910346), "info", "llm_call_completed",
          {"call_id": "call-001", "model": "claude-haiku-3.5", "latency_ms": 4120.3}, a_exp, a_run),
        e(at % (4, 950870), "info", "persona_created", {"persona_id": "p-01",
                                                        "name": "Björn Lund"}, a_exp, a_run),
        e(at % (5, 1201), "debug", "llm_call_started", {"call_id": "call-002",
                                                        "model": "claude-haiku-3.5"}, a_exp, a_run),
        e(at % (9, 88140), "info", "llm_call_completed",
          {"call_id": "call-002", "model": "claude-haiku-3.5", "latency_ms": 4087.0}, a_exp, a_run),
        e(at % (9, 120452), "info", "persona_created", {"persona_id": "p-02",
                                                        "name": "Siobhán Kelly"}, a_exp, a_run),
        e(at % (9, 140113), "warn", "persona_validated",
          {"persona_id": "p-02", "valid": True, "issues": ["age missing"]}, a_exp, a_run),
        e(at % (9, 301889), "info", "generation_completed", {"personas": 2}, a_exp, a_run),
        e(at % (9, 350007), "info", "output_written", {"path": "outputs/20251005_091500/personas.json"},
          a_exp, a_run),
        e(at % (9, 380512), "info", "experiment_completed", {"duration_seconds": 8.968505},
          a_exp, a_run),
    ]
    a_levels = [json.loads(x)["level"] for x in a]
    pre = "experiments/alpha/"
    files[pre + "config.yaml"] = a_config
    files[pre + "data/notes.md"] = a_notes
    files[pre + "logs/experiment_20251005_091504.jsonl"] = nl(a[:6])
    files[pre + "logs/experiment.jsonl"] = nl(a[6:])
    files[pre + "logs/debug.jsonl"] = nl([x for x, lv in zip(a, a_levels) if lv == "debug"])
    a_tok = [
        tu("2025-10-05T09:15:04.910911+00:00", "claude-haiku-3.5", "persona_generation",
           640, len(a_notes) // 4, 410, 0, 1320, run=a_run, latency=4120.3),
        tu("2025-10-05T09:15:09.088770+00:00", "claude-haiku-3.5", "persona_generation",
           640, len(a_notes) // 4, 410, 1320, 1290, run=a_run, latency=4087.0),
    ]
    files[pre + "logs/token_usage.jsonl"] = b"\n".join(json.dumps(r).encode() for r in a_tok)
    a_in = sum(r["tokens"]["input"] for r in a_tok)
    a_out = sum(r["tokens"]["output"] for r in a_tok)
    a_cost = round(sum(r["cost_usd"] for r in a_tok), 6)
    a_struct = [
        {"timestamp": "2025-10-05T09:15:00.761800+00:00", "level": "info",
         "event": "generation_started", "experiment_id": a_exp, "run_id": a_run,
         "step": "persona_generation", "model": "claude-haiku-3.5", "persona_count": 2},
        {"timestamp": "2025-10-05T09:15:09.302551+00:00", "level": "info",
         "event": "generation_completed", "experiment_id": a_exp, "run_id": a_run,
         "step": "persona_generation", "model": "claude-haiku-3.5", "input_tokens": a_in,
         "output_tokens": a_out, "cost_usd": a_cost},
        {"timestamp": "2025-10-05T09:15:09.381400+00:00", "level": "info",
         "event": "cost_recorded", "experiment_id": a_exp, "run_id": a_run,
         "estimated_usd": 0.02, "actual_usd": a_cost,
         "variance_percent": round((a_cost - 0.02) / 0.02 * 100, 2)},
    ]
    files[pre + "logs/structured.jsonl"] = nl([json.dumps(s).encode() for s in a_struct])
    a_personas = dump_meta([{"id": "p-01", "name": "Björn Lund", "role": "Hardware store owner"},
                            {"id": "p-02", "name": "Siobhán Kelly", "role": "Florist"}]) + b"\n"
    files[pre + "outputs/20251005_091500/personas.json"] = a_personas
    a_meta = {
        "metadata_version": "1.0",
        "generation": {"experiment_id": a_exp, "run_id": a_run,
                       "timestamp_start": "2025-10-05T09:15:00.412007+00:00",
                       "timestamp_end": "2025-10-05T09:15:09.380512+00:00",
                       "duration_seconds": 8.968505},
        "configuration": {"model": "claude-haiku-3.5", "provider": "anthropic",
                          "persona_count": 2},
        "data_sources": {"files": ["data/notes.md"], "total_files": 1,
                         "total_tokens": len(a_notes) // 4, "total_bytes": len(a_notes),
                         "checksums": {"data/notes.md": "sha256:" + sha(a_notes)}},
        "environment": {"persona_version": "0.9.2", "python_version": "3.11.9",
                        "platform": "linux", "platform_version": "6.8.0", "timezone": "UTC"},
        "costs": {"input_tokens": a_in, "output_tokens": a_out, "total_cost_usd": a_cost,
                  "cost_per_persona": round(a_cost / 2, 6)},
        "checksums": {"config": "sha256:" + sha(a_config), "output": "sha256:" + sha(a_personas)},
        "errors": [], "warnings": [],
    }
    files[pre + "outputs/20251005_091500/metadata.json"] = dump_meta(a_meta)
    files["costs.jsonl"] = nl([json.dumps(cost_rec(
        "2025-10-05T09:15:09.381122+00:00", a_exp, a_run, 0.02, a_cost,
        {"persona_generation": a_cost}, "claude-haiku-3.5", a_in, a_out)).encode()])

    # beta: a run still being written when the first import happens
    bt = "2025-10-06T14:00:%02d.%06d+00:00"
    b = [
        e(bt % (0, 250113), "info", "experiment_started", {"model": "gpt-4o", "persona_count": 2},
          b_exp, b_run, "Run 1 of beta"),
        e(bt % (0, 301772), "info", "config_loaded", {"path": "config.yaml"}, b_exp, b_run),
        e(bt % (0, 512006), "info", "provider_initialised", {"provider": "openai"}, b_exp, b_run),
        e(bt % (0, 540230), "info", "data_loaded", {"path": "data/answers.csv",
                                                    "bytes": len(b_answers)}, b_exp, b_run),
        e(bt % (0, 566841), "debug", "llm_call_started", {"call_id": "call-001", "model": "gpt-4o"},
          b_exp, b_run),
        e(bt % (6, 108337), "info", "llm_call_completed",
          {"call_id": "call-001", "model": "gpt-4o", "latency_ms": 5541.5}, b_exp, b_run),
        e(bt % (6, 140002), "info", "persona_created", {"persona_id": "p-01", "name": "Ana Souza"},
          b_exp, b_run),
        # line 8: being written at the time of the first import
        e(bt % (6, 170551), "debug", "llm_call_started", {"call_id": "call-002", "model": "gpt-4o"},
          b_exp, b_run),
        e(bt % (11, 902114), "info", "llm_call_completed",
          {"call_id": "call-002", "model": "gpt-4o", "latency_ms": 5731.6}, b_exp, b_run),
        e(bt % (11, 930040), "info", "persona_created", {"persona_id": "p-02", "name": "Yuki Mori"},
          b_exp, b_run),
        e(bt % (12, 10447), "info", "output_written", {"path": "outputs/20251006_140000/personas.json"},
          b_exp, b_run),
        e(bt % (12, 44871), "info", "experiment_completed", {"duration_seconds": 11.794758},
          b_exp, b_run),
    ]
    b_levels = [json.loads(x)["level"] for x in b]
    cut = b[7].index(b'"payload"')
    pre = "experiments/beta/"
    files[pre + "config.yaml"] = b_config
    files[pre + "data/answers.csv"] = b_answers
    files[pre + "logs/experiment.jsonl"] = nl(b[:7]) + b[7][:cut]
    files[pre + "logs/debug.jsonl"] = nl([x for x, lv in zip(b[:7], b_levels) if lv == "debug"])
    b_tok = [
        tu("2025-10-06T14:00:06.108991+00:00", "gpt-4o", "persona_generation",
           700, len(b_answers) // 4, 450, 0, 1510, run=b_run, latency=5541.5),
        tu("2025-10-06T14:00:11.902700+00:00", "gpt-4o", "persona_generation",
           700, len(b_answers) // 4, 450, 1510, 1488, run=b_run, latency=5731.6),
    ]
    files[pre + "logs/token_usage.jsonl"] = json.dumps(b_tok[0]).encode()

    parts["beta_experiment.jsonl.part"] = b[7][cut:] + b"\n" + nl(b[8:])
    parts["beta_debug.jsonl.part"] = nl([x for x, lv in zip(b[7:], b_levels[7:]) if lv == "debug"])
    parts["beta_token_usage.jsonl.part"] = b"\n" + json.dumps(b_tok[1]).encode()
    b_personas = dump_meta([{"id": "p-01", "name": "Ana Souza", "role": "Volunteer"},
                            {"id": "p-02", "name": "Yuki Mori", "role": "Team lead"}]) + b"\n"
    parts["beta_personas.json"] = b_personas
    b_in = sum(r["tokens"]["input"] for r in b_tok)
    b_out = sum(r["tokens"]["output"] for r in b_tok)
    b_cost = round(sum(r["cost_usd"] for r in b_tok), 6)
    b_meta = {
        "metadata_version": "1.0",
        "generation": {"experiment_id": b_exp, "run_id": b_run,
                       "timestamp_start": "2025-10-06T14:00:00.250113+00:00",
                       "timestamp_end": "2025-10-06T14:00:12.044871+00:00",
                       "duration_seconds": 11.794758},
        "configuration": {"model": "gpt-4o", "provider": "openai", "persona_count": 2},
        "data_sources": {"files": ["data/answers.csv"], "total_files": 1,
                         "total_tokens": len(b_answers) // 4, "total_bytes": len(b_answers),
                         "checksums": {"data/answers.csv": "sha256:" + sha(b_answers)}},
        "environment": {"persona_version": "0.9.2", "python_version": "3.11.9",
                        "platform": "linux", "platform_version": "6.8.0", "timezone": "UTC"},
        "costs": {"input_tokens": b_in, "output_tokens": b_out, "total_cost_usd": b_cost,
                  "cost_per_persona": round(b_cost / 2, 6)},
        "checksums": {"config": "sha256:" + sha(b_config), "output": "sha256:" + sha(b_personas)},
        "errors": [], "warnings": [],
    }
    parts["beta_metadata.json"] = dump_meta(b_meta)
    parts["costs.jsonl.part"] = nl([json.dumps(cost_rec(
        "2025-10-06T14:00:12.045390+00:00", b_exp, b_run, 0.05, b_cost,
        {"persona_generation": b_cost}, "gpt-4o", b_in, b_out)).encode()])

    a_dbg = a_levels.count("debug")
    b_dbg_initial = b_levels[:7].count("debug")
    b_dbg_new = b_levels[7:].count("debug")

    def lv_counts(levels):
        d = {"debug": 0, "info": 0, "warn": 0, "error": 0}
        for lv in levels:
            d[lv] += 1
        return d

    z = {"duplicates": 0, "rejected": 0, "skipped": 0, "pending_bytes": 0}
    initial_files = {
        "costs.jsonl": dict(kind="cost_records", lines=1, imported=1, **z),
        "experiments/alpha/logs/debug.jsonl": dict(kind="events", lines=a_dbg, imported=a_dbg, **z),
        "experiments/alpha/logs/experiment.jsonl": dict(
            kind="events", lines=9, imported=9 - a_levels[6:].count("debug"),
            duplicates=a_levels[6:].count("debug"), rejected=0, skipped=0, pending_bytes=0),
        "experiments/alpha/logs/experiment_20251005_091504.jsonl": dict(
            kind="events", lines=6, imported=6 - a_levels[:6].count("debug"),
            duplicates=a_levels[:6].count("debug"), rejected=0, skipped=0, pending_bytes=0),
        "experiments/alpha/logs/structured.jsonl": dict(kind="structured", lines=3, imported=3, **z),
        "experiments/alpha/logs/token_usage.jsonl": dict(kind="token_usage", lines=2, imported=2, **z),
        "experiments/alpha/outputs/20251005_091500/metadata.json": dict(
            kind="metadata", lines=files["experiments/alpha/outputs/20251005_091500/metadata.json"]
            .count(b"\n") + 1, imported=1, **z),
        "experiments/beta/logs/debug.jsonl": dict(kind="events", lines=b_dbg_initial,
                                                  imported=b_dbg_initial, **z),
        "experiments/beta/logs/experiment.jsonl": dict(
            kind="events", lines=7, imported=7 - b_dbg_initial, duplicates=b_dbg_initial,
            rejected=0, skipped=0, pending_bytes=cut),
        "experiments/beta/logs/token_usage.jsonl": dict(kind="token_usage", lines=1, imported=1, **z),
    }
    for f in initial_files.values():
        f["rejected_lines"] = []
    unknown = ["experiments/alpha/config.yaml", "experiments/alpha/data/notes.md",
               "experiments/alpha/outputs/20251005_091500/personas.json",
               "experiments/beta/config.yaml", "experiments/beta/data/answers.csv"]
    expect = {
        "description": "Mini Persona layout. Copy tests/data/tree to a temporary folder, import "
                       "the folder (step 1), apply the appends of step 2 and import the folder "
                       "again, then import once more (step 3).",
        "step1_initial_import": {
            "files": initial_files,
            "unknown_files": unknown,
            "db": {"experiments": 2, "runs": 2, "events": len(a) + 7,
                   "events_by_level": lv_counts(a_levels + b_levels[:7]),
                   "structured": 3, "llm_calls": 3, "cost_records": 1, "metadata": 1},
            "run_status": {a_run: "completed", b_run: "running"},
            "verify": [{"run_id": a_run, "path": "data/notes.md", "status": "ok"}],
        },
        "step2_append": {
            "actions": [
                {"append": "tree_append/beta_experiment.jsonl.part",
                 "to": "experiments/beta/logs/experiment.jsonl"},
                {"append": "tree_append/beta_debug.jsonl.part",
                 "to": "experiments/beta/logs/debug.jsonl"},
                {"append": "tree_append/beta_token_usage.jsonl.part",
                 "to": "experiments/beta/logs/token_usage.jsonl"},
                {"append": "tree_append/costs.jsonl.part", "to": "costs.jsonl"},
                {"copy": "tree_append/beta_personas.json",
                 "to": "experiments/beta/outputs/20251006_140000/personas.json"},
                {"copy": "tree_append/beta_metadata.json",
                 "to": "experiments/beta/outputs/20251006_140000/metadata.json"},
            ],
            "new_records_per_file": {
                "costs.jsonl": 1,
                "experiments/beta/logs/debug.jsonl": b_dbg_new,
                "experiments/beta/logs/experiment.jsonl": len(b) - 7 - b_dbg_new,
                "experiments/beta/logs/token_usage.jsonl": 1,
                "experiments/beta/outputs/20251006_140000/metadata.json": 1,
            },
            "new_duplicates_per_file": {"experiments/beta/logs/experiment.jsonl": b_dbg_new},
            "pending_bytes": {"experiments/beta/logs/experiment.jsonl": 0},
            "rejected": 0,
            "db": {"experiments": 2, "runs": 2, "events": len(a) + len(b),
                   "events_by_level": lv_counts(a_levels + b_levels),
                   "structured": 3, "llm_calls": 4, "cost_records": 2, "metadata": 2},
            "run_status": {a_run: "completed", b_run: "completed"},
            "verify": [{"run_id": a_run, "path": "data/notes.md", "status": "ok"},
                       {"run_id": b_run, "path": "data/answers.csv", "status": "ok"}],
        },
        "step3_reimport": {
            "imported": 0, "rejected": 0,
            "db": "unchanged from step 2",
        },
    }
    return files, parts, expect


# --------------------------------------------------------------------------
# verify: runs whose recorded checksums give every verification status, for
# verifying a selection of runs, an experiment and all runs
# --------------------------------------------------------------------------

def verify_layout():
    """Returns ({relative path: bytes}, expectations)."""
    files = {}
    g_exp, d_exp = "exp-c3a500", "exp-d4b600"
    scores = b"id,score\n1,0.82\n2,0.64\n3,0.91\n"
    answers_then = b"id,answer\n1,yes\n2,no\n"
    answers_now = b"id,answer\n1,yes\n2,no\n3,maybe\n"  # edited after run 1 recorded it
    g_config_then = b"name: gamma\nmodel: gpt-4o\ntemperature: 0.2\n"
    g_config = b"name: gamma\nmodel: gpt-4o\ntemperature: 0.7\n"
    d_input = "Grüße aus Köln\n".encode()
    d_config = b"name: delta\nmodel: claude-haiku-3.5\n"
    files["experiments/gamma/config.yaml"] = g_config
    files["experiments/gamma/data/scores.csv"] = scores
    files["experiments/gamma/data/answers.csv"] = answers_now
    files["experiments/gamma/data/shards/part-0.csv"] = scores  # a folder recorded as a file
    files["experiments/delta/config.yaml"] = d_config
    files["experiments/delta/data/input.txt"] = d_input

    def s256(b):
        return "sha256:" + sha(b)

    # (experiment folder, experiment id, run id, start, {recorded path: checksum},
    #  recorded config checksum or None, {path: expected status})
    runs = [
        ("gamma", g_exp, "run-c30001", "2025-11-01T09:00:00+00:00",
         {"data/scores.csv": s256(scores), "data/answers.csv": s256(answers_then)},
         s256(g_config),
         {"data/scores.csv": "ok", "data/answers.csv": "mismatch", "output:config": "ok"}),
        ("gamma", g_exp, "run-c30002", "2025-11-02T09:00:00+00:00",
         {"data/scores.csv": s256(scores), "data/deleted.csv": s256(b"gone\n")},
         s256(g_config_then),
         {"data/scores.csv": "ok", "data/deleted.csv": "missing", "output:config": "mismatch"}),
        ("gamma", g_exp, "run-c30003", "2025-11-03T09:00:00+00:00",
         {"data/shards": s256(scores),
          "data/scores.csv": "md5:" + hashlib.md5(scores).hexdigest()},
         None,
         {"data/shards": "unreadable", "data/scores.csv": "invalid_checksum"}),
        ("delta", d_exp, "run-d40001", "2025-11-04T09:00:00+00:00",
         {"data/input.txt": s256(d_input)}, s256(d_config),
         {"data/input.txt": "ok", "output:config": "ok"}),
        ("delta", d_exp, "run-d40002", "2025-11-05T09:00:00+00:00",
         {"data/input.txt": sha(d_input).upper()},  # bare upper-case hex
         s256(d_config),
         {"data/input.txt": "ok", "output:config": "ok"}),
    ]
    results = {}
    for folder, exp, run, start, checksums, config, statuses in runs:
        meta = {
            "metadata_version": "1.0",
            "generation": {"experiment_id": exp, "run_id": run, "timestamp_start": start,
                           "timestamp_end": start, "duration_seconds": 0.0},
            "configuration": {"model": "gpt-4o" if folder == "gamma" else "claude-haiku-3.5"},
            "data_sources": {"files": sorted(checksums), "total_files": len(checksums),
                             "checksums": checksums},
            "environment": {"persona_version": "0.9.2", "python_version": "3.11.9"},
            "errors": [], "warnings": [],
        }
        if config:
            meta["checksums"] = {"config": config}
        stamp = start[:10].replace("-", "") + "_090000"
        files["experiments/%s/outputs/%s/metadata.json" % (folder, stamp)] = dump_meta(meta)
        results[exp + "/" + run] = statuses

    statuses = ["ok", "mismatch", "missing", "unreadable", "invalid_checksum"]

    def totals(keys):
        t = {s: 0 for s in statuses}
        for k in keys:
            for status in results[k].values():
                t[status] += 1
        return t

    selected = ["exp-c3a500/run-c30002", "exp-d4b600/run-d40001"]
    gamma = [k for k in results if k.startswith(g_exp + "/")]
    expect = {
        "description": "Copy tests/data/verify to a temporary folder, import it and verify. "
                       "Each run's data files and, where the run recorded a config checksum, "
                       "its experiment's config.yaml (path output:config) give the statuses "
                       "below; totals per scope.",
        "results": results,
        "scopes": [
            {"name": "two selected runs", "runs": selected, "runs_verified": 2,
             "totals": totals(selected)},
            {"name": "one experiment", "experiment": g_exp, "runs_verified": len(gamma),
             "totals": totals(gamma)},
            {"name": "all runs", "runs_verified": len(results), "totals": totals(results)},
        ],
    }
    return files, expect


# --------------------------------------------------------------------------
# cost split: a cost record's breakdown charged to the models of its calls
# --------------------------------------------------------------------------

SPLIT_EXP = "exp-5p1i70"


def split_call(ts, run, step, model, tin, tout, cost):
    return {"timestamp": ts, "event": "llm_call", "run_id": run, "step": step, "model": model,
            "tokens": {"input": tin, "output": tout, "total": tin + tout}, "cost_usd": cost}


def split_record(ts, run, actual, breakdown, model, tin, tout):
    return {"timestamp": ts, "experiment_id": SPLIT_EXP, "run_id": run,
            "costs": {"estimated_before": actual, "actual": actual, "variance": 0.0,
                      "variance_percent": 0.0, "breakdown": breakdown},
            "model": model, "tokens": {"input": tin, "output": tout}}


def cost_split():
    """Three runs of one experiment, priced with prices.json (no price for mystery-model).

    run-s1, record (claude-sonnet-4) 1.00, the latest of two; breakdown 0.90:
      persona_generation 0.60: sonnet and haiku calls, logged 0.30 and 0.10 -> 0.45 / 0.15
      summary_generation 0.05: haiku calls only -> haiku
      validation 0.16: a sonnet call estimated from the price table and an unpriced
        mystery-model call -> by tokens, 3000 : 1000 -> 0.12 / 0.04
      review 0.09: no calls -> the record's model
      not in the breakdown 0.10 -> the record's model, "(no step)"
    run-s2, record (gpt-4o) 0.40 whose breakdown adds up to 0.50: scaled by 0.8;
      persona_generation (gpt-4o calls) 0.24, summary_generation (gpt-4o-mini) 0.16.
      Its record is at 23:30 UTC: the next day in Europe/Berlin.
    run-s3, no record: a gpt-4o-mini call logged 0.012 and a claude-sonnet-4 call
      estimated at 0.06 (10000 in, 2000 out at 3 / 15 per million).
    """
    events = [{"timestamp": ts, "level": "info", "event": "experiment_started",
               "experiment_id": SPLIT_EXP, "run_id": run, "payload": {}, "message": "start"}
              for ts, run in (("2025-10-06T08:00:00Z", "run-s1"),
                              ("2025-10-07T08:00:00Z", "run-s2"),
                              ("2025-10-08T08:00:00Z", "run-s3"))]
    calls = [
        split_call("2025-10-06T08:10:00Z", "run-s1", "persona_generation", "claude-sonnet-4",
                   50000, 10000, 0.30),
        split_call("2025-10-06T08:20:00Z", "run-s1", "persona_generation", "claude-haiku-3.5",
                   50000, 15000, 0.10),
        split_call("2025-10-06T08:30:00Z", "run-s1", "summary_generation", "claude-haiku-3.5",
                   10000, 3000, 0.02),
        split_call("2025-10-06T08:40:00Z", "run-s1", "validation", "claude-sonnet-4",
                   2000, 1000, 0.0),
        split_call("2025-10-06T08:50:00Z", "run-s1", "validation", "mystery-model",
                   800, 200, 0.0),
        split_call("2025-10-07T08:10:00Z", "run-s2", "persona_generation", "gpt-4o",
                   40000, 10000, 0.20),
        split_call("2025-10-07T08:20:00Z", "run-s2", "summary_generation", "gpt-4o-mini",
                   20000, 5000, 0.01),
        split_call("2025-10-08T10:00:00Z", "run-s3", "persona_generation", "gpt-4o-mini",
                   40000, 10000, 0.012),
        split_call("2025-10-08T10:10:00Z", "run-s3", "summary_generation", "claude-sonnet-4",
                   10000, 2000, 0.0),
    ]
    records = [
        split_record("2025-10-06T09:00:00Z", "run-s1", 0.50, {"persona_generation": 0.5},
                     "claude-sonnet-4", 100000, 25000),
        split_record("2025-10-06T12:00:00Z", "run-s1", 1.00,
                     {"persona_generation": 0.60, "summary_generation": 0.05,
                      "validation": 0.16, "review": 0.09},
                     "claude-sonnet-4", 112800, 29200),
        split_record("2025-10-07T23:30:00Z", "run-s2", 0.40,
                     {"persona_generation": 0.30, "summary_generation": 0.20},
                     "gpt-4o", 60000, 15000),
    ]
    prices = [
        {"model": "claude-sonnet-4", "aliases": [], "input_per_million": 3.0,
         "output_per_million": 15.0, "effective_from": "2025-01-01"},
        {"model": "claude-haiku-3.5", "aliases": ["claude-3-5-haiku"], "input_per_million": 0.8,
         "output_per_million": 4.0, "effective_from": "2025-01-01"},
        {"model": "gpt-4o", "aliases": [], "input_per_million": 2.5,
         "output_per_million": 10.0, "effective_from": "2025-01-01"},
        {"model": "gpt-4o-mini", "aliases": [], "input_per_million": 0.15,
         "output_per_million": 0.6, "effective_from": None},
    ]

    def r(v):
        return round(v, 9)

    haiku_ratio = 0.8 / 3.0  # haiku over sonnet, the same on input and output tokens
    sonnet_s1 = 0.45 + 0.12 + 0.09 + 0.10
    sonnet = sonnet_s1 + 0.06
    expected = {
        "description": "A cost record's breakdown split across the models of its calls "
                       "(see cost_split() in make_fixtures.py for the design); import the "
                       "files listed, price with prices.json.",
        "files": ["events.jsonl", "calls.jsonl", "costs.jsonl"],
        "prices": "prices.json",
        "total_usd": 1.472,
        "estimated_usd": 0.06,
        "coverage": {"calls": 2, "logged": 1, "estimated": 1, "unpriced": 0},
        "by_model": {"claude-sonnet-4": {"cost_usd": r(sonnet), "items": 2},
                     "claude-haiku-3.5": {"cost_usd": 0.20, "items": 1},
                     "mystery-model": {"cost_usd": 0.04, "items": 1},
                     "gpt-4o": {"cost_usd": 0.24, "items": 1},
                     "gpt-4o-mini": {"cost_usd": r(0.16 + 0.012), "items": 2}},
        "by_step": {"persona_generation": r(0.60 + 0.24 + 0.012),
                    "summary_generation": r(0.05 + 0.16 + 0.06),
                    "validation": 0.16, "review": 0.09, "(no step)": 0.10},
        "run_s1_by_model": {"claude-sonnet-4": r(sonnet_s1), "claude-haiku-3.5": 0.20,
                            "mystery-model": 0.04},
        "by_day": {"UTC": {"2025-10-06": 1.0, "2025-10-07": 0.4, "2025-10-08": 0.072},
                   "Europe/Berlin": {"2025-10-06": 1.0, "2025-10-08": 0.472}},
        "what_if": {
            "claude-sonnet-4=claude-haiku-3.5": {
                "claude-sonnet-4": r(sonnet * haiku_ratio),
                "what_if_total_usd": r(1.472 - sonnet * (1 - haiku_ratio)),
                "saving_usd": r(sonnet * (1 - haiku_ratio))},
            # mystery-model has no price and its calls no cost: its share stays as it is
            "mystery-model=gpt-4o": {"mystery-model": 0.04, "what_if_total_usd": 1.472,
                                     "saving_usd": 0.0},
        },
    }

    def body(recs):
        return nl([json.dumps(x).encode() for x in recs])

    files = {"events.jsonl": body(events), "calls.jsonl": body(calls),
             "costs.jsonl": body(records),
             "prices.json": json.dumps(prices, indent=2).encode() + b"\n"}
    return files, expected


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def same_ids_layout():
    """Runs whose ids repeat across experiments: alpha and beta number their runs 1, 2, 3;
    gamma and delta each name a run after the same start second. Token usage names no
    experiment: the files in an experiment's logs/ link through the folder, loose/ holds a
    call of run "2" that only its time can place (beta's run 2)."""
    files = {}

    def e(ts, event, exp, run, level="info", payload=None):
        return json.dumps({"timestamp": ts, "level": level, "event": event, "experiment_id": exp,
                           "run_id": run, "payload": payload or {}, "message": ""}).encode()

    def call(ts, run, tokens_in, tokens_out, cost):
        return json.dumps({"timestamp": ts, "event": "llm_call", "run_id": run,
                           "step": "persona_generation", "model": "claude-haiku-3.5",
                           "provider": "anthropic",
                           "tokens": {"input": tokens_in, "output": tokens_out,
                                      "total": tokens_in + tokens_out},
                           "cost_usd": cost}).encode()

    def experiment(name, exp, day, runs, final="run_completed"):
        events, calls = [], []
        for i, run in enumerate(runs):
            t = "2025-11-%02dT10:%02d:%%02d.000000+00:00" % (day, 10 * i)
            events += [e(t % 0, "run_started", exp, run),
                       e(t % 30, "persona_created", exp, run, payload={"n": i}),
                       e(t % 59, final if i == len(runs) - 1 else "run_completed", exp, run,
                         level="error" if final == "run_failed" and i == len(runs) - 1
                         else "info")]
            calls.append(call(t % 20, run, 1000 * (day + i), 100 * (i + 1), 0.001 * (i + 1)))
        files[f"experiments/{name}/logs/experiment.jsonl"] = nl(events)
        files[f"experiments/{name}/logs/token_usage.jsonl"] = b"\n".join(calls)

    experiment("alpha", "exp-alpha", 1, ["1", "2", "3"])
    experiment("beta", "exp-beta", 2, ["1", "2", "3"], final="run_failed")
    # history ids: the start second, the same in two experiments started together
    experiment("gamma", "exp-gamma", 3, ["20251103_100000"])
    experiment("delta", "exp-delta", 3, ["20251103_100000"], final="run_failed")
    files["loose/token_usage.jsonl"] = call("2025-11-02T10:10:40.000000+00:00", "2", 500, 50,
                                            0.0005)
    files["costs.jsonl"] = nl([json.dumps(cost_rec(
        "2025-11-0%dT10:00:59.500000+00:00" % day, exp, "1", 0.01, actual,
        {"persona_generation": actual}, "claude-haiku-3.5", 1000, 100)).encode()
        for day, exp, actual in [(1, "exp-alpha", 0.004), (2, "exp-beta", 0.007)]])
    return files


# --------------------------------------------------------------------------
# hostile: log content that tries to act on whoever displays it
# --------------------------------------------------------------------------

ESC, BEL = "\u001b", "\u0007"
HOSTILE_RUN = "run-" + ESC + "[2J" + ESC + "]8;;https://evil.example/" + BEL + "link" + \
    ESC + "]8;;" + BEL
HOSTILE = {
    "script": "<script>alert(1)</script>",
    "formula": '=HYPERLINK("https://evil.example","click")',
    "bidi": "invoice\u202efdp.exe",
    "c1": "csi\u009b31m red",
    "markdown": "[x](javascript:alert(1)) ![t](https://evil.example/t.png) "
                "<img src=x onerror=alert(1)> *b* _i_ `c` # h | p\nsecond line",
}


def hostile_layout():
    """A Persona layout whose run id and messages hold terminal escapes, an OSC 8
    hyperlink, HTML, Markdown and spreadsheet formulas."""
    exp, t = "exp-evil01", "2025-10-06T10:00:%02d.000000+00:00"

    def e(sec, level, event, payload, message=""):
        return json.dumps({"timestamp": t % sec, "level": level, "event": event,
                           "experiment_id": exp, "run_id": HOSTILE_RUN, "payload": payload,
                           "message": message}, ensure_ascii=False).encode()

    events = [
        e(0, "info", "experiment_started", {"model": "claude-sonnet-4"}, HOSTILE["script"]),
        e(1, "warn", "custom", {}, HOSTILE["formula"]),
        e(2, "info", "custom", {}, HOSTILE["bidi"]),
        e(3, "info", "custom", {}, HOSTILE["c1"]),
        e(4, "error", "experiment_failed", {}, HOSTILE["markdown"]),
    ]
    calls = [tu("2025-10-06T10:00:01.500000+00:00", "claude-sonnet-4", HOSTILE["formula"],
                100, 200, 30, 0, 50, run=HOSTILE_RUN),
             tu("2025-10-06T10:00:02.500000+00:00", "claude-sonnet-4", "-2+3",
                10, 20, 3, 0, 5, run=HOSTILE_RUN)]
    meta = metadata_obj()
    meta["generation"].update({"experiment_id": exp, "run_id": HOSTILE_RUN,
                               "timestamp_start": t % 0, "timestamp_end": t % 4,
                               "duration_seconds": 4.0})
    meta["configuration"] = {"model": "claude-sonnet-4", "seed": 7,
                             "prompt_variant": HOSTILE["markdown"],
                             "note": HOSTILE["script"]}
    meta["data_sources"] = {"files": [], "total_files": 0, "checksums": {}}
    meta["errors"] = [HOSTILE["formula"]]
    return {
        "experiments/evil/logs/experiment.jsonl": nl(events),
        "experiments/evil/logs/token_usage.jsonl":
            b"\n".join(json.dumps(c, ensure_ascii=False).encode() for c in calls),
        "experiments/evil/outputs/20251006_100000/metadata.json": dump_meta(meta),
    }


# --------------------------------------------------------------------------
# verify_report: JSON reports to re-check offline (runledger-cli verify-report)
# --------------------------------------------------------------------------

def run_report(run, sources):
    """A run report as runledger-cli report --format json writes one (keys sorted,
    four-space indent), reduced to what verify-report reads."""
    doc = {"generator": {"name": "RunLedger", "version": "0.1.0",
                         "generated_at": "2026-01-01T12:00:00Z"},
           "run": {"experiment_id": "exp-v3r1f7", "run_id": run, "status": "completed"},
           "data_sources": sources,
           "reproduce": {"data_checksums": {s["path"]: s["recorded_checksum"] for s in sources}}}
    return json.dumps(doc, indent=4, ensure_ascii=False, sort_keys=True).encode() + b"\n"


def verify_report_layout():
    """A report in an experiment folder whose name has a space, listing data files
    by relative path (one non-ASCII name with a space and an apostrophe), with
    resolved paths from the machine that wrote it; copies whose .sha256 names
    another file or is not a checksum line; a report with hostile strings; JSON
    that is not a report; a truncated report."""
    data = {"data/données d'été.csv": "ville,température\nLyon,31\nKöln,27\n".encode(),
            "data/plain.txt": b"plain data\n"}
    author = "/home/alice/persona/experiments/study one/"
    sources = []
    for i, (rel, content) in enumerate(sorted(data.items())):
        digest = sha(content)
        sources.append({"path": rel, "resolved_path": author + rel, "status": "ok",
                        "actual_checksum": digest,
                        "recorded_checksum": ("sha256:" + digest) if i == 0 else digest.upper(),
                        "verified_at": "2026-01-01T11:59:00.000000Z"})
    report = run_report("run-5c0a11", sources)
    line = sha(report).encode() + b"  report.json\n"
    hostile = run_report(HOSTILE_RUN, [{
        "path": "data/" + ESC + "[2J" + HOSTILE["bidi"] + HOSTILE["script"] + ".csv",
        "recorded_checksum": "sha256:" + "0" * 64, "status": "ok"}])
    files = {"study one/" + rel: content for rel, content in data.items()}
    files.update({
        "study one/report.json": report,
        "study one/report.json.sha256": line,
        "study one/renamed.json": report,
        "study one/renamed.json.sha256": line,
        "study one/malformed.json": report,
        "study one/malformed.json.sha256": b"this is not a checksum line\n",
        "hostile.json": hostile,
        "not_ours.json": json.dumps({"name": "persona", "version": "2.1.0",
                                     "data_sources": [{"path": "data/x.csv"}]},
                                    indent=2).encode() + b"\n",
        "truncated.json": report[:len(report) // 2],
    })
    return files


def pseudo_random_bytes(n, label=b"runledger-binary-fixture"):
    out = bytearray()
    i = 0
    while len(out) < n:
        out += hashlib.sha256(label + b"-%d" % i).digest()
        i += 1
    return bytes(out[:n])


def generate(out):
    files = {}
    expected = {}

    good = good_events()
    files["events_good.jsonl"] = nl(good)
    expected["events_good.jsonl"] = counts(
        "events", lines=20, imported=20, by_level=GOOD_LEVELS,
        unknown_event_names=["checkpoint_saved"], null_run_id_lines=[17, 19],
        null_experiment_id_lines=[19], timestamps_with_offset={"18": "2025-10-02T09:00:59.123456Z"})

    files["events_crlf_bom.jsonl"] = BOM + nl(good, b"\r\n")
    expected["events_crlf_bom.jsonl"] = counts("events", lines=20, imported=20,
                                               by_level=GOOD_LEVELS)

    files["events_blank_lines.jsonl"] = blank_lines_file()
    expected["events_blank_lines.jsonl"] = counts("events", lines=11, imported=5,
                                                  blank_lines=[2, 4, 5, 7, 10, 11])

    data, bad = bad_lines_file()
    files["events_bad_lines.jsonl"] = data
    expected["events_bad_lines.jsonl"] = counts(
        "events", lines=18, imported=18 - len(bad),
        rejected_lines=[{"line": l, "reason_contains": r} for l, r in bad])

    body, tail, rest = partial_tail_file()
    files["events_partial_tail.jsonl"] = body + tail
    files["events_partial_tail.rest"] = rest
    expected["events_partial_tail.jsonl"] = counts("events", lines=6, imported=6,
                                                   pending_bytes=len(tail))

    data, utc = no_zone_file()
    files["events_no_zone.jsonl"] = data
    expected["events_no_zone.jsonl"] = counts("events", lines=5, imported=5,
                                              assumed_utc_lines=[1, 2, 3, 5], timestamps_utc=utc)

    files["events_deep.jsonl"] = deep_file()
    expected["events_deep.jsonl"] = counts(
        "events", lines=3, imported=2,
        rejected_lines=[{"line": 2, "reason_contains": "deep"}])

    files["events_dup_within.jsonl"] = dup_within_file()
    expected["events_dup_within.jsonl"] = counts("events", lines=5, imported=4, duplicates=1)

    data, lv = structured_file()
    files["structured_console.jsonl"] = data
    expected["structured_console.jsonl"] = counts("structured", lines=12, imported=6, skipped=6,
                                                  by_level=lv, console_lines=[2, 4, 6, 8, 10, 12])

    data, n, extra = token_good()
    files["token_usage_good.jsonl"] = data
    expected["token_usage_good.jsonl"] = counts("token_usage", lines=n, imported=n,
                                                final_newline=False, **extra)

    data, bad = token_bad()
    files["token_usage_bad.jsonl"] = data
    expected["token_usage_bad.jsonl"] = counts(
        "token_usage", lines=7, imported=7 - len(bad),
        rejected_lines=[{"line": l, "reason_contains": r} for l, r in bad])

    data, recs = costs_good()
    files["costs_good.jsonl"] = data
    c = recs[2]["costs"]
    expected["costs_good.jsonl"] = counts(
        "cost_records", lines=4, imported=4,
        variance_mismatch=[{"line": 3, "run_id": recs[2]["run_id"],
                            "recorded": c["variance_percent"],
                            "recomputed": round((c["actual"] - c["estimated_before"])
                                                / c["estimated_before"] * 100, 2)}],
        no_estimate_lines=[4],
        actual_total=round(sum(r["costs"]["actual"] for r in recs), 6),
        estimated_total=round(sum(r["costs"]["estimated_before"] for r in recs), 6))

    meta = dump_meta(metadata_obj())
    files["metadata_good.json"] = meta
    expected["metadata_good.json"] = counts(
        "metadata", lines=meta.count(b"\n") + 1, imported=1,
        run_id="run-a81e07", experiment_id="exp-4c2d19",
        configuration_keys=sorted(metadata_obj()["configuration"]),
        verify={"data/interview-01.md": "missing", "data/interview-02.md": "missing"})

    cut_at = meta.index(b'"python_version": "3.1') + len(b'"python_version": "3.1')
    trunc = meta[:cut_at]
    files["metadata_truncated.json"] = trunc
    expected["metadata_truncated.json"] = counts(
        "metadata", lines=trunc.count(b"\n") + 1, imported=0,
        rejected_lines=[{"line": trunc.count(b"\n") + 1, "reason_contains": "json"}])

    m = metadata_obj()
    m["generation"]["run_id"] = "run-77aa01"
    m["data_sources"]["files"] = ["empty.jsonl", "binary.bin", "not_a_log.json",
                                  "data/missing.csv"]
    m["data_sources"]["total_files"] = 4
    m["data_sources"]["checksums"] = {
        "empty.jsonl": sha(b""),
        "binary.bin": "md5:" + hashlib.md5(pseudo_random_bytes(4096)).hexdigest(),
        "not_a_log.json": "sha256:zz41-not-a-hash",
        "data/missing.csv": "sha256:" + sha(b"id,answer\n"),
    }
    meta_u = dump_meta(m)
    files["metadata_unknown_checksum.json"] = meta_u
    expected["metadata_unknown_checksum.json"] = counts(
        "metadata", lines=meta_u.count(b"\n") + 1, imported=1, run_id="run-77aa01",
        verify={"empty.jsonl": "ok", "binary.bin": "invalid_checksum",
                "not_a_log.json": "invalid_checksum", "data/missing.csv": "missing"})

    m = metadata_obj()
    m["generation"]["run_id"] = "run-77aa02"
    m["configuration"] = "claude-sonnet-4, 3 personas, moderate"
    m["errors"] = 2
    meta_w = dump_meta(m)
    files["metadata_wrong_types.json"] = meta_w
    expected["metadata_wrong_types.json"] = counts(
        "metadata", lines=meta_w.count(b"\n") + 1, imported=1, run_id="run-77aa02",
        ignored_fields=["configuration", "errors"])

    files["empty.jsonl"] = b""
    expected["empty.jsonl"] = counts("unknown")

    files["binary.bin"] = pseudo_random_bytes(4096)
    expected["binary.bin"] = counts("unknown")

    personas = [
        {"id": "p-01", "name": "Maren Holt", "age": 38, "role": "Agency workspace admin",
         "goals": ["keep the monthly bill predictable"],
         "frustrations": ["surprise price jumps at renewal"],
         "quote": "If I can't explain the invoice to my boss, we're out."},
        {"id": "p-02", "name": "Tomás Ferreira", "age": 29, "role": "Volunteer coordinator",
         "goals": ["work from a phone between meetings"],
         "frustrations": ["logging in again on every device"],
         "quote": "Half my people show up once a week. It has to just work."},
    ]
    files["not_a_log.json"] = json.dumps(personas, indent=2, ensure_ascii=False).encode() + b"\n"
    expected["not_a_log.json"] = counts("unknown")

    tree_files, parts, tree_expect = tree_layout()
    same_ids = same_ids_layout()
    verify_files, verify_expect = verify_layout()

    # write
    layouts = {"hostile": hostile_layout(), "verify": verify_files,
               "verify_report": verify_report_layout()}
    split_files, split_expect = cost_split()
    for name in list(files) + ["tree", "tree_append", "same_run_ids", "cost_split",
                               "EXPECTED.json"] + list(layouts):
        p = out / name
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    for name, data in files.items():
        (out / name).write_bytes(data)
    for rel, data in tree_files.items():
        p = out / "tree" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    for rel, data in same_ids.items():
        p = out / "same_run_ids" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    (out / "cost_split").mkdir(exist_ok=True)
    for name, data in split_files.items():
        (out / "cost_split" / name).write_bytes(data)
    (out / "tree_append").mkdir(exist_ok=True)
    for name, data in parts.items():
        (out / "tree_append" / name).write_bytes(data)
    for folder, layout in layouts.items():
        for rel, data in layout.items():
            p = out / folder / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)

    g = good_events()
    doc = {
        "description": "Expected import results for each fixture imported alone into a fresh "
                       "database. Regenerate with make_fixtures.py; check with "
                       "check_expected.py. See README.md for the rules behind each number.",
        "semantics": {
            "lines": "physical lines consumed. A newline-terminated line counts, blank lines "
                     "included; an unterminated last line counts only if it is a complete "
                     "record (it parses); otherwise it is pending. Files of kind unknown "
                     "consume 0 lines. For a metadata file: its physical lines.",
            "imported": "new records stored (events, structured entries, LLM calls, cost "
                        "records, or 1 per metadata file).",
            "duplicates": "valid records already stored, by content (the same line without "
                          "BOM and line end is the same record).",
            "rejected_lines": "1-based physical line numbers (a BOM does not shift them); "
                              "reason_contains is one lower-case word the reason must contain, "
                              "compared case-insensitively.",
            "skipped": "console lines of structured logs (not JSON, not rejected).",
            "pending_bytes": "bytes of an unterminated last line that does not parse yet.",
            "extra keys": "keys other than kind/lines/imported/duplicates/rejected/skipped/"
                          "pending_bytes/rejected_lines are finer checks a test may use.",
        },
        "files": {k: expected[k] for k in sorted(expected)},
        "generated_at_runtime": {
            "events_huge_line.jsonl": {
                "how": "python3 tests/data/make_fixtures.py --huge FILE, or in a test: line 1 "
                       "= line 1 of events_good.jsonl, line 2 = "
                       "line2_prefix + blob + line2_suffix, line 3 = line 20 of "
                       "events_good.jsonl; every line ends with \\n (about 20 MB). Not "
                       "committed.",
                "line2_prefix": HUGE_PREFIX.decode(),
                "line2_blob": "20,000,000 times the letter x",
                "line2_suffix": HUGE_SUFFIX.decode(),
                "bytes": len(huge_line_bytes(0)) + 20_000_000,
                "expected": counts("events", lines=3, imported=3, payload_blob_length=20_000_000,
                                   note="a valid line is imported whatever its length; an "
                                        "importer must not crash, hang or lose the neighbours"),
            },
        },
        "sequences": [
            {"name": "same events with and without BOM/CRLF",
             "import": ["events_good.jsonl", "events_crlf_bom.jsonl"],
             "results": [{"imported": 20, "duplicates": 0}, {"imported": 0, "duplicates": 20}],
             "db": {"events": 20}},
            {"name": "same events, BOM/CRLF file first",
             "import": ["events_crlf_bom.jsonl", "events_good.jsonl"],
             "results": [{"imported": 20, "duplicates": 0}, {"imported": 0, "duplicates": 20}],
             "db": {"events": 20}},
            {"name": "re-import of an unchanged file",
             "import": ["events_good.jsonl", "events_good.jsonl"],
             "results": [{"imported": 20}, {"imported": 0, "rejected": 0}],
             "db": {"events": 20},
             "note": "the second report may show duplicates 20 (file re-read) or lines 0 "
                     "(resumed at the stored offset); the database must not change"},
            {"name": "partial last line completed later",
             "steps": ["copy events_partial_tail.jsonl to a temporary file and import it",
                       "append the bytes of events_partial_tail.rest to it and import again"],
             "results": [{"imported": 6, "pending_bytes": len(tail), "rejected": 0},
                         {"imported": 1, "pending_bytes": 0, "rejected": 0}],
             "db": {"events": 7}},
            {"name": "a failed import leaves earlier data intact",
             "import": ["events_good.jsonl", "events_bad_lines.jsonl", "binary.bin",
                        "metadata_truncated.json"],
             "results": [{"imported": 20}, {"imported": 9, "rejected": 9},
                         {"imported": 0, "rejected": 0}, {"imported": 0, "rejected": 1}],
             "db": {"events": 29, "metadata": 0}},
        ],
        "tree": tree_expect,
        "verify": verify_expect,
        "cost_split": split_expect,
    }
    (out / "EXPECTED.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--huge", type=Path, metavar="FILE",
                    help="only write the 20 MB huge-line fixture to FILE")
    args = ap.parse_args(argv)
    if args.huge:
        args.huge.write_bytes(huge_line_bytes())
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    generate(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
