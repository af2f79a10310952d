#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerate the bundled RunLedger sample project (resources/sample).

The sample is a small but complete Persona workspace: three experiments, seven
runs, with every file kind RunLedger reads (experiment events with a rotated
part, debug copies, structured logs with console lines, token usage, cost
history and run metadata) so that every view of the app has something to show.

Usage:
    python3 resources/sample/make_sample.py            # rewrite the sample in place
    python3 resources/sample/make_sample.py --out DIR  # write it elsewhere

Python 3 standard library only; the output is byte-identical on every run.
EXPECTED.json lists the counts a correct import of the whole folder must give.
"""

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
from pathlib import Path

UTC = dt.timezone.utc
SEED = 20250914

# model -> (provider, USD per 1M input tokens, USD per 1M output tokens)
PRICES = {
    "claude-sonnet-4": ("anthropic", 3.0, 15.0),
    "gpt-4o": ("openai", 2.5, 10.0),
    "claude-haiku-3.5": ("anthropic", 0.8, 4.0),
}

# --------------------------------------------------------------------------
# Input data of the experiments
# --------------------------------------------------------------------------

CHURN_CONFIG = """\
# Persona experiment configuration
name: churn-interviews
description: >
  Why did small-team customers cancel in Q2? Exit interviews with former
  workspace admins, turned into personas for the retention squad.
provider: anthropic
model: claude-sonnet-4
generation:
  count: 4
  complexity: moderate
  detail_level: standard
  temperature: 0.7
  max_tokens: 4096
  seed: 42
workflow: default
data:
  - data/interview-01.md
  - data/interview-02.md
output:
  formats: [json]
  include_summary: true
budget:
  per_run_usd: 1.00
"""

INTERVIEW_01 = """\
# Exit interview 01 - workspace admin, design agency (9 seats)

**Interviewer:** What made you decide to cancel?

**Participant:** Honestly it was the price jump at renewal. We went from the
starter plan to "Team" because we hit the seat limit, and the invoice nearly
tripled. Nobody on the team could explain which features we were paying for.

**Interviewer:** Which features did the team use every day?

**Participant:** Shared boards and the comment threads. The timeline view was
nice but only two of us opened it. The integrations page was confusing - we
connected Slack twice by accident and got every notification double.

**Interviewer:** Did you contact support before cancelling?

**Participant:** Once. The answer came after three days and it was a link to a
help article I had already read. At that point I had already started a trial
of the competitor.

**Interviewer:** Anything you miss?

**Participant:** The export. Getting our boards out as PDF for clients was
great. The competitor's export is worse, to be fair.
"""

INTERVIEW_02 = """\
# Exit interview 02 - operations lead, non-profit (4 seats)

**Interviewer:** Tell me about the last month before you left.

**Participant:** We were mostly volunteers, people dip in once a week. Every
time they came back they had to log in again and half of them forgot which
email they had used. I spent more time resetting passwords than planning.

**Interviewer:** Was cost a factor?

**Participant:** We had the non-profit discount, so not really. It was the
friction. Mobile was the other thing: our volunteers are on their phones, and
the mobile app could not create a board, only view one.

**Interviewer:** What would have made you stay?

**Participant:** Magic-link login, honestly. And a way to invite someone as a
guest for a single project without paying for a seat. We moved to a shared
spreadsheet, which is worse in every way except that everyone can open it.
"""

ONBOARDING_CONFIG = """\
# Persona experiment configuration
name: onboarding-survey
description: >
  First-week onboarding survey (n=24) plus open answers, used to build
  personas for the new setup wizard.
provider: anthropic
model: claude-sonnet-4
generation:
  count: 5
  complexity: detailed
  detail_level: standard
  temperature: 0.8
  max_tokens: 4096
  seed: 7
workflow: default
data:
  - data/survey-export.csv
  - data/open-answers.md
output:
  formats: [json]
  include_summary: true
logging:
  structured: both
"""

SURVEY_HEADER = "respondent,role,company_size,days_to_first_board,invited_teammates,nps,channel\n"
SURVEY_ROLES = ["designer", "engineer", "pm", "founder", "ops", "marketing", "support", "student"]
SURVEY_SIZES = ["1", "2-10", "11-50", "51-200", "200+"]
SURVEY_CHANNELS = ["search", "referral", "ad", "app-store", "blog", "event"]

OPEN_ANSWERS = """\
# Open answers - "What almost made you give up in the first week?"

- "The empty workspace. I did not know what a board was for until I saw a template."
- "Inviting my team: the invite email landed in spam for two of them."
- "Too many settings on day one. I just wanted to make a list."
- "I could not find how to import from Trello, it's hidden under Settings > Data."
- "Nothing, it was smooth. The checklist in the corner helped."
- "The mobile app asked me to log in three times."
- "Pricing page said free for 3 users but I hit a limit at 2 boards."
- "I liked the keyboard shortcuts once I found the cheat sheet (press ?)."
- "Zoë from support answered in 10 minutes, that saved it for me."
- "Dark mode! I almost left because of the white glare at night."
"""

PRICING_CONFIG = """\
# Persona experiment configuration
name: pricing-study
description: >
  Willingness-to-pay survey and competitor price points, to model buyer
  personas for the new usage-based plan.
provider: anthropic
model: claude-haiku-3.5
generation:
  count: 6
  complexity: simple
  detail_level: minimal
  temperature: 0.6
  max_tokens: 2048
  seed: 1234
workflow: default
data:
  - data/survey-responses.csv
  - data/competitors.csv
  - data/price-points.md
output:
  formats: [json]
"""

PRICING_SURVEY_HEADER = "id,segment,seats,current_tool,max_monthly_usd,prefers_annual,comment\n"
PRICING_SEGMENTS = ["freelancer", "agency", "startup", "smb", "enterprise", "education"]
PRICING_TOOLS = ["none", "spreadsheet", "trello", "asana", "notion", "monday"]
PRICING_COMMENTS = [
    "per-seat pricing hurts when contractors come and go",
    "would pay more for SSO",
    "annual only if there is a refund window",
    "free tier is why we tried it",
    "need an invoice in EUR",
    "the jump from 10 to 11 seats is too steep",
    "usage-based sounds scary, I want a cap",
    "fine with the price if exports stay unlimited",
]

COMPETITORS = """\
competitor,plan,billing,price_usd,unit,seat_limit,notes
Trello,Standard,monthly,6.00,seat,,unlimited boards
Trello,Premium,monthly,12.50,seat,,views and automation
Asana,Starter,annual,10.99,seat,500,
Asana,Advanced,annual,24.99,seat,500,portfolios
Notion,Plus,monthly,12.00,seat,,
Notion,Business,monthly,18.00,seat,,SAML SSO
monday.com,Basic,annual,9.00,seat,,minimum 3 seats
monday.com,Standard,annual,12.00,seat,,minimum 3 seats
ClickUp,Unlimited,monthly,10.00,seat,,
"""

PRICE_POINTS = """\
# Candidate price points for the usage-based plan

| tier      | base / month | included active users | extra active user |
|-----------|-------------:|----------------------:|------------------:|
| Solo      |        $0.00 |                     1 |                 - |
| Team      |       $29.00 |                     5 |             $4.00 |
| Growth    |       $79.00 |                    20 |             $3.50 |
| Scale     |      $249.00 |                   100 |             $2.50 |

An *active user* is anyone who edits a board in the calendar month; viewers
and guests are free. Annual billing: two months free.
"""

# --------------------------------------------------------------------------
# Personas produced by the runs (names mix scripts and accents on purpose)
# --------------------------------------------------------------------------

PERSONA_POOL = {
    "churn-interviews": [
        ("Maren Holt", 38, "Agency workspace admin", "budget-owner"),
        ("Tomás Ferreira", 29, "Volunteer coordinator", "occasional-user"),
        ("Priya Raman", 44, "Operations lead", "process-keeper"),
        ("Jonas Weber", 33, "Creative director", "power-user"),
        ("Aïsha Diallo", 26, "Project assistant", "mobile-first"),
        ("Kenji Watanabe", 51, "Non-profit treasurer", "cost-cutter"),
    ],
    "onboarding-survey": [
        ("Zoë Clarke", 24, "Junior product designer", "explorer"),
        ("Łukasz Nowak", 35, "Engineering manager", "team-inviter"),
        ("Fatima Haddad", 41, "Founder, 6-person startup", "time-poor"),
        ("Sam Okafor", 30, "Support team lead", "checklist-follower"),
        ("Mei Lin", 22, "Student", "mobile-first"),
        ("José Álvarez", 47, "Marketing consultant", "template-seeker"),
    ],
    "pricing-study": [
        ("Ingrid Andersson", 36, "Freelance UX researcher", "price-sensitive"),
        ("Olusegun Bello", 42, "Agency owner", "seat-juggler"),
        ("Chloé Martin", 31, "Startup COO", "annual-planner"),
        ("Dmitri Volkov", 39, "IT manager, SMB", "compliance-first"),
        ("Hannah Schmidt", 28, "Teacher", "free-tier-loyal"),
        ("李伟", 45, "Enterprise procurement lead", "vendor-consolidator"),
    ],
}

GOALS = [
    "see at a glance what the team is working on",
    "keep the monthly bill predictable",
    "onboard new people without a training session",
    "share progress with clients who have no account",
    "work from a phone between meetings",
    "avoid paying for people who only look",
    "move an existing project over in one afternoon",
]
FRUSTRATIONS = [
    "surprise price jumps at renewal",
    "logging in again on every device",
    "settings that hide the one thing they need",
    "support answers that link to the docs they already read",
    "duplicate notifications from integrations",
    "seat minimums on small plans",
    "an empty workspace with no example",
]
QUOTES = [
    "If I can't explain the invoice to my boss, we're out.",
    "Half my people show up once a week. It has to just work.",
    "Give me a template and get out of my way.",
    "I'd pay for SSO tomorrow. I won't pay for seats nobody uses.",
    "My phone is my office.",
    "The export is the only reason I hesitated to leave.",
]

# --------------------------------------------------------------------------
# Experiments and runs
# --------------------------------------------------------------------------

EXPERIMENTS = [
    {
        "name": "churn-interviews",
        "experiment_id": "exp-4c2d19",
        "config": CHURN_CONFIG,
        "complexity": "moderate",
        "detail_level": "standard",
        "temperature": 0.7,
        "max_tokens": 4096,
        "seed": 42,
        "extra_config": {"prompt_variant": "exit-interview-v2", "tags": ["q2", "churn"]},
        # the first part of the event stream was rotated during run 2
        "rotate_in_run": 1,
        "console_lines": False,
        "runs": [
            {"run_id": "run-a81e07", "start": (2025, 9, 14, 8, 5, 12, 480211),
             "model": "claude-sonnet-4", "summary_model": "claude-haiku-3.5",
             "personas": 4, "retries": {2}, "estimate_factor": 1.065},
            {"run_id": "run-3f9b52", "start": (2025, 9, 16, 10, 12, 3, 118840),
             "model": "claude-sonnet-4", "summary_model": None,
             "personas": 4, "fail_at": 2},
            {"run_id": "run-c04d7a", "start": (2025, 9, 18, 14, 30, 41, 902377),
             "model": "gpt-4o", "summary_model": "gpt-4o", "personas": 5,
             "upper_event_at": 3, "no_breakdown_call": 4, "estimate_factor": 0.93,
             "cli_override": {"model": "gpt-4o"}},
        ],
    },
    {
        "name": "onboarding-survey",
        "experiment_id": "exp-90f1aa",
        "config": ONBOARDING_CONFIG,
        "complexity": "detailed",
        "detail_level": "standard",
        "temperature": 0.8,
        "max_tokens": 4096,
        "seed": 7,
        "extra_config": {"survey_wave": 3, "locale": "en-GB"},
        "rotate_in_run": None,
        "console_lines": True,
        "runs": [
            {"run_id": "run-5d3c62", "start": (2025, 9, 20, 16, 39, 21, 77402),
             "model": "claude-sonnet-4", "summary_model": "claude-haiku-3.5",
             "personas": 5, "validation_warning": True, "estimate_factor": 1.12},
            {"run_id": "run-e7a219", "start": (2025, 9, 27, 13, 2, 0, 0),
             "model": "gpt-4o", "summary_model": "claude-haiku-3.5", "personas": 4,
             "unpriced_summary": True, "retries": {1}, "estimate_factor": 1.02,
             "cli_override": {"model": "gpt-4o", "provider": "openai"}},
        ],
    },
    {
        "name": "pricing-study",
        "experiment_id": "exp-b7e350",
        "config": PRICING_CONFIG,
        "complexity": "simple",
        "detail_level": "minimal",
        "temperature": 0.6,
        "max_tokens": 2048,
        "seed": 1234,
        "extra_config": {"currency": "USD", "segments": ["freelancer", "agency", "smb"]},
        "rotate_in_run": None,
        "console_lines": False,
        "z_events": {"experiment_started", "experiment_completed"},
        "runs": [
            {"run_id": "run-19c6e4", "start": (2025, 10, 3, 9, 47, 55, 630118),
             "model": "claude-haiku-3.5", "summary_model": None, "personas": 6,
             "unpriced_validation": True, "estimate_factor": 0.88,
             "stale_data": "data/survey-responses.csv", "wrong_variance": True},
            {"run_id": "run-6b2f8d", "start": (2025, 10, 8, 15, 20, 9, 254760),
             "model": "claude-sonnet-4", "summary_model": "claude-haiku-3.5",
             "personas": 4, "retries": {0}, "lower_warning": True, "estimate_factor": 1.18,
             "foreign_path": ("data/competitors.csv",
                              "/Users/alice/research/pricing-study/data/competitors.csv"),
             "platform": "darwin", "cli_override": {"model": "claude-sonnet-4"}},
        ],
    },
]


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def iso(ts, z=False):
    s = ts.isoformat()
    return s.replace("+00:00", "Z") if z else s


def dumps_line(obj, ascii_only=False):
    return json.dumps(obj, ensure_ascii=ascii_only)


def make_survey_csv(rng):
    rows = [SURVEY_HEADER]
    for i in range(1, 25):
        rows.append("R%03d,%s,%s,%d,%d,%d,%s\n" % (
            i, rng.choice(SURVEY_ROLES), rng.choice(SURVEY_SIZES), rng.randint(0, 9),
            rng.randint(0, 12), rng.randint(0, 10), rng.choice(SURVEY_CHANNELS)))
    return "".join(rows)


def make_pricing_csv(rng, count):
    rows = [PRICING_SURVEY_HEADER]
    for i in range(1, count + 1):
        rows.append("%d,%s,%d,%s,%d,%s,\"%s\"\n" % (
            i, rng.choice(PRICING_SEGMENTS), rng.choice([1, 2, 3, 5, 8, 12, 25, 60]),
            rng.choice(PRICING_TOOLS), rng.choice([0, 10, 15, 25, 40, 60, 120, 300]),
            rng.choice(["yes", "no"]), rng.choice(PRICING_COMMENTS)))
    return "".join(rows)


def build_data_files(rng):
    """Returns {experiment name: [(relative path, current bytes, bytes at first run)]}."""
    survey = make_survey_csv(rng).encode()
    pricing_first = make_pricing_csv(rng, 18)
    # five late responses were appended to the survey after the first pricing run
    extra_rng = random.Random(SEED + 1)
    extra = make_pricing_csv(extra_rng, 23).splitlines(keepends=True)[19:]
    pricing_now = pricing_first + "".join(extra)
    return {
        "churn-interviews": [
            ("data/interview-01.md", INTERVIEW_01.encode(), None),
            ("data/interview-02.md", INTERVIEW_02.encode(), None),
        ],
        "onboarding-survey": [
            ("data/survey-export.csv", survey, None),
            ("data/open-answers.md", OPEN_ANSWERS.encode(), None),
        ],
        "pricing-study": [
            ("data/survey-responses.csv", pricing_now.encode(), pricing_first.encode()),
            ("data/competitors.csv", COMPETITORS.encode(), None),
            ("data/price-points.md", PRICE_POINTS.encode(), None),
        ],
    }


class RunBuilder:
    """Builds the records of one run on a shared, strictly increasing clock."""

    def __init__(self, rng, exp, spec, data_files, run_number):
        self.rng = rng
        self.exp = exp
        self.spec = spec
        self.data_files = data_files
        self.run_number = run_number
        self.t = dt.datetime(*spec["start"], tzinfo=UTC)
        self.events = []       # dicts: ts, level, event, payload, message, z
        self.structured = []   # dicts: ts, level, event, step, model, extra
        self.tokens = []       # token usage records (already rendered dicts)
        self.call_no = 0
        self.z_events = exp.get("z_events", set())
        self.provider = PRICES[spec["model"]][0]

    # -- clock -------------------------------------------------------------
    def tick(self, lo, hi):
        us = self.rng.randint(int(lo * 1e6), int(hi * 1e6))
        self.t += dt.timedelta(microseconds=us)

    def ev(self, level, event, payload, message="", lo=0.008, hi=0.12):
        self.tick(lo, hi)
        self.events.append({"ts": self.t, "level": level, "event": event,
                            "payload": payload, "message": message,
                            "z": event in self.z_events})

    def st(self, level, event, step, model, **extra):
        # structured entries trail the event they describe by under 4 ms,
        # and every tick is at least 8 ms, so the clock stays ordered
        ts = self.t + dt.timedelta(microseconds=self.rng.randint(300, 3900))
        if self.structured and ts <= self.structured[-1]["ts"]:
            ts = self.structured[-1]["ts"] + dt.timedelta(microseconds=self.rng.randint(200, 900))
        self.structured.append({"ts": ts, "level": level, "event": event,
                                "step": step, "model": model, "extra": extra})

    # -- LLM calls ---------------------------------------------------------
    def call(self, step, model, system, data, instructions, other, out_lo, out_hi,
             retries=0, fail=False, unpriced=False, no_breakdown=False, warn_level="warn"):
        self.call_no += 1
        call_id = "call-%03d" % self.call_no
        self.ev("debug", "custom", {"name": "prompt_rendered", "call_id": call_id,
                                    "template": step.replace("_generation", "") + "_v3",
                                    "chars": (system + data + instructions + other) * 4})
        attempts = retries + 1 if not fail else 3
        for attempt in range(1, attempts + 1):
            self.ev("debug", "llm_call_started",
                    {"call_id": call_id, "model": model, "step": step, "attempt": attempt})
            last = attempt == attempts
            if not last or fail:
                self.tick(0.4, 1.8)
                latency = round(self.rng.uniform(380, 1700), 1)
                err = "overloaded_error (529)" if fail or self.rng.random() < 0.6 \
                    else "rate_limit_error (429)"
                level = "error" if (fail and last) else warn_level
                payload = {"call_id": call_id, "model": model, "latency_ms": latency,
                           "error": err, "attempt": attempt}
                if not last:
                    payload["retry_in_s"] = float(2 ** attempt)
                self.ev(level, "llm_call_failed", payload,
                        "giving up after %d attempts" % attempt if (fail and last) else "")
                if not last:
                    self.st("warning", "llm_retry", step, model, attempt=attempt,
                            error=err, wait_s=float(2 ** attempt))
                    self.tick(2 ** attempt, 2 ** attempt + 0.3)
                if fail and last:
                    return None, call_id, err
                continue
            output = self.rng.randint(out_lo, out_hi)
            latency_s = self.rng.uniform(1.2, 2.0) + output / self.rng.uniform(95, 140)
            self.tick(latency_s, latency_s)
            latency = round(latency_s * 1000, 1)
            total_input = system + data + instructions + other
            provider, pin, pout = PRICES[model]
            cost = 0.0 if unpriced else round(total_input * pin / 1e6 + output * pout / 1e6, 6)
            self.ev("info", "llm_call_completed",
                    {"call_id": call_id, "model": model, "latency_ms": latency,
                     "input_tokens": total_input, "output_tokens": output,
                     "stop_reason": "end_turn" if provider == "anthropic" else "stop"})
            if no_breakdown:
                breakdown = {"system": 0, "data": 0, "instructions": 0, "output": output,
                             "other": 0, "total_input": 0, "total": output}
            else:
                breakdown = {"system": system, "data": data, "instructions": instructions,
                             "output": output, "other": other, "total_input": total_input,
                             "total": total_input + output}
            rec_ts = self.t + dt.timedelta(microseconds=self.rng.randint(120, 900))
            self.tokens.append({
                "timestamp": iso(rec_ts), "event": "llm_call", "run_id": self.spec["run_id"],
                "step": step, "model": model, "provider": provider,
                "tokens": {"input": total_input, "output": output, "total": total_input + output},
                "prompt_breakdown": breakdown, "cost_usd": cost, "latency_ms": latency,
            })
            return self.tokens[-1], call_id, None
        raise AssertionError("unreachable")

    # -- the run -----------------------------------------------------------
    def build(self, personas_pool):
        spec, exp = self.spec, self.exp
        model = spec["model"]
        n = spec["personas"]
        stamp = self.t.strftime("%Y%m%d_%H%M%S")
        self.stamp = stamp
        files = self.data_files
        data_bytes = sum(len(b) for _, b, _ in files)
        data_tokens = sum(len(b) // 4 for _, b, _ in files)

        self.events.append({"ts": self.t, "level": "info", "event": "experiment_started",
                            "payload": {"experiment_name": exp["name"], "model": model,
                                        "provider": self.provider, "persona_count": n,
                                        "workflow": "default"},
                            "message": "Run %d of %s" % (self.run_number, exp["name"]),
                            "z": "experiment_started" in self.z_events})
        self.st("info", "run_configured", None, model, persona_count=n, workflow="default")
        self.ev("info", "config_loaded",
                {"path": "config.yaml", "checksum": "sha256:" + sha256_hex(exp["config"].encode()),
                 "keys": 9}, lo=0.02, hi=0.09)
        self.ev("debug", "custom", {"name": "config_resolved",
                                    "overrides": spec.get("cli_override", {})})
        self.ev("info", "provider_initialised",
                {"provider": self.provider, "model": model, "max_tokens": exp["max_tokens"],
                 "timeout_s": 120}, lo=0.1, hi=0.35)
        for path, content, _ in files:
            self.ev("info", "data_loaded", {"path": path, "bytes": len(content),
                                            "tokens": len(content) // 4})
        self.st("info", "data_loaded", "data_loading", None, files=len(files),
                total_bytes=data_bytes, total_tokens=data_tokens)
        if spec.get("validation_warning"):
            self.ev("WARNING", "data_validated",
                    {"files": len(files), "total_tokens": data_tokens,
                     "issues": ["3 survey rows with an empty open answer were ignored"]},
                    "3 rows ignored")
        else:
            self.ev("info", "data_validated",
                    {"files": len(files), "total_tokens": data_tokens, "issues": []})
        self.ev("info", "generation_started",
                {"step": "persona_generation", "persona_count": n,
                 "complexity": exp["complexity"], "detail_level": exp["detail_level"]})
        self.st("info", "generation_started", "persona_generation", model, persona_count=n)
        self.st("debug", "budget_check", "persona_generation", model,
                daily_spent_usd=round(self.rng.uniform(0.0, 0.6), 4), daily_limit_usd=5.0)

        personas = []
        other = 0
        errors = []
        failed = False
        retries = spec.get("retries", set())
        for i in range(n):
            if spec.get("fail_at") == i:
                rec, call_id, err = self.call(
                    "persona_generation", model, 1180, data_tokens, 760, other, 1500, 2400,
                    fail=True)
                errors.append("LLM call %d failed: %s" % (self.call_no, err))
                errors.append("generation aborted after 3 attempts; %d of %d personas created"
                              % (len(personas), n))
                failed = True
                break
            rec, call_id, _ = self.call(
                "persona_generation", model, 1180 + self.rng.randint(-6, 6), data_tokens,
                760 + self.rng.randint(0, 40), other, 1500, 2400,
                retries=1 if i in retries else 0,
                no_breakdown=spec.get("no_breakdown_call") == self.call_no + 1,
                warn_level="warning" if spec.get("lower_warning") else "warn")
            other += rec["tokens"]["output"]
            name, age, role, segment = personas_pool[i]
            pid = "p-%02d" % (i + 1)
            self.ev("debug", "custom", {"name": "response_parsed", "call_id": call_id,
                                        "persona_id": pid, "fields": 8})
            personas.append({
                "id": pid, "name": name, "age": age, "role": role, "segment": segment,
                "goals": self.rng.sample(GOALS, 2),
                "frustrations": self.rng.sample(FRUSTRATIONS, 2),
                "quote": self.rng.choice(QUOTES),
            })
            event_name = "PERSONA_CREATED" if spec.get("upper_event_at") == i else "persona_created"
            self.ev("info", event_name, {"persona_id": pid, "name": name, "segment": segment},
                    "%s (%s)" % (name, role))
            self.st("info", "persona_generated", "persona_generation", model, persona_id=pid,
                    input_tokens=rec["tokens"]["input"], output_tokens=rec["tokens"]["output"],
                    latency_ms=rec["latency_ms"])
            issues = []
            level = "info"
            if spec.get("validation_warning") and i == 3:
                issues = ["quote longer than 200 characters, truncated"]
                level = "warn"
            self.ev(level, "persona_validated", {"persona_id": pid, "valid": True,
                                                 "issues": issues})

        if failed:
            self.ev("error", "generation_failed",
                    {"step": "persona_generation", "error": errors[0],
                     "completed_personas": len(personas)}, "persona generation aborted")
            self.st("error", "generation_failed", "persona_generation", model,
                    error=errors[0], attempts=3)
        else:
            summary_model = spec.get("summary_model")
            if summary_model:
                self.call("summary_generation", summary_model, 640, 0, 420, other, 550, 900,
                          unpriced=spec.get("unpriced_summary", False))
                self.ev("info", "custom", {"name": "summary_created", "chars": self.rng.randint(2400, 3900)})
            if spec.get("unpriced_validation"):
                self.call("validation", "gpt-4o", 410, 0, 380, other, 180, 320, unpriced=True)

        run_tokens = self.tokens
        in_tok = sum(r["tokens"]["input"] for r in run_tokens)
        out_tok = sum(r["tokens"]["output"] for r in run_tokens)
        cost = round(sum(r["cost_usd"] for r in run_tokens), 6)
        if not failed:
            self.ev("info", "generation_completed",
                    {"step": "persona_generation", "personas": len(personas),
                     "input_tokens": in_tok, "output_tokens": out_tok, "cost_usd": cost,
                     "llm_calls": len(run_tokens)})
            self.st("info", "generation_completed", "persona_generation", model,
                    input_tokens=in_tok, output_tokens=out_tok, cost_usd=cost)
        self.personas = personas
        self.failed = failed
        self.errors = errors
        self.in_tok, self.out_tok, self.cost = in_tok, out_tok, cost
        return personas


def persona_bytes(personas):
    return (json.dumps(personas, indent=2, ensure_ascii=False) + "\n").encode()


def finish_run(b, exp, config_bytes):
    """Adds output and end events; returns (personas bytes or None, metadata bytes, cost record)."""
    spec = b.spec
    out_dir = "outputs/%s" % b.stamp
    pbytes = None
    if not b.failed:
        pbytes = persona_bytes(b.personas)
        b.ev("info", "output_written", {"path": out_dir + "/personas.json",
                                        "bytes": len(pbytes), "format": "json"})
    # metadata is written last; its size is logged after the end timestamp is fixed
    b.tick(0.01, 0.05)
    end_ts = b.t + dt.timedelta(microseconds=b.rng.randint(20000, 60000))
    start_ts = b.events[0]["ts"]
    duration = round((end_ts - start_ts).total_seconds(), 6)

    files = b.data_files
    checksums = {}
    file_list = []
    for path, content, first in files:
        recorded = content
        if spec.get("stale_data") == path and first is not None:
            recorded = first
        key = path
        if spec.get("foreign_path") and spec["foreign_path"][0] == path:
            key = spec["foreign_path"][1]
        file_list.append(key)
        checksums[key] = "sha256:" + sha256_hex(recorded)
    recorded_bytes = []
    for path, content, first in files:
        if spec.get("stale_data") == path and first is not None:
            recorded_bytes.append(len(first))
        else:
            recorded_bytes.append(len(content))

    configuration = {
        "model": spec["model"], "provider": b.provider, "persona_count": spec["personas"],
        "complexity": exp["complexity"], "detail_level": exp["detail_level"],
        "temperature": exp["temperature"], "max_tokens": exp["max_tokens"],
        "workflow": "default", "seed": exp["seed"],
    }
    configuration.update(exp["extra_config"])
    top_checksums = {"config": "sha256:" + sha256_hex(config_bytes)}
    if pbytes is not None:
        top_checksums["output"] = "sha256:" + sha256_hex(pbytes)
    darwin = spec.get("platform") == "darwin"
    environment = {
        "persona_version": "0.9.2" if b.t.month == 10 else "0.9.1",
        "python_version": "3.12.4" if darwin else "3.11.9",
        "platform": "darwin" if darwin else "linux",
        "platform_version": "23.6.0" if darwin else "6.8.0-45-generic",
        "timezone": "UTC",
    }
    if darwin:
        environment["hostname"] = "alices-mbp.local"
    n_personas = len(b.personas)
    metadata = {
        "metadata_version": "1.0",
        "generation": {
            "experiment_id": exp["experiment_id"], "run_id": spec["run_id"],
            "timestamp_start": iso(start_ts), "timestamp_end": iso(end_ts),
            "duration_seconds": duration,
        },
        "configuration": configuration,
        "data_sources": {
            "files": file_list, "total_files": len(files),
            "total_tokens": sum(n // 4 for n in recorded_bytes),
            "total_bytes": sum(recorded_bytes), "checksums": checksums,
        },
        "environment": environment,
        "costs": {
            "input_tokens": b.in_tok, "output_tokens": b.out_tok, "total_cost_usd": b.cost,
            "cost_per_persona": round(b.cost / n_personas, 5) if n_personas else 0.0,
        },
        "checksums": top_checksums,
        "errors": b.errors,
        "warnings": (["1 persona quote truncated during validation"]
                     if spec.get("validation_warning") else []),
    }
    mbytes = json.dumps(metadata, indent=2, ensure_ascii=False).encode()
    b.ev("info", "output_written", {"path": out_dir + "/metadata.json", "bytes": len(mbytes),
                                    "format": "json"}, lo=0.001, hi=0.004)
    # the end event carries the recorded end time
    end_event = "experiment_failed" if b.failed else "experiment_completed"
    b.t = end_ts
    if b.failed:
        b.events.append({"ts": end_ts, "level": "error", "event": end_event,
                         "payload": {"error": b.errors[0], "failed_step": "persona_generation",
                                     "duration_seconds": duration},
                         "message": "Run %d of %s failed" % (b.run_number, exp["name"]),
                         "z": end_event in b.z_events})
    else:
        b.events.append({"ts": end_ts, "level": "info", "event": end_event,
                         "payload": {"duration_seconds": duration, "personas": n_personas,
                                     "cost_usd": b.cost},
                         "message": "", "z": end_event in b.z_events})

    cost_record = None
    if not b.failed:
        est = round(b.cost * spec["estimate_factor"], 2)
        variance = round(b.cost - est, 6)
        vpct = round(variance / est * 100, 2) if est else 0.0
        if spec.get("wrong_variance"):
            # recorded against the actual cost instead of the estimate
            vpct = round(variance / b.cost * 100, 2)
        breakdown = {}
        for r in b.tokens:
            breakdown[r["step"]] = round(breakdown.get(r["step"], 0.0) + r["cost_usd"], 6)
        b.st("info", "cost_recorded", None, spec["model"], estimated_usd=est,
             actual_usd=b.cost, variance_percent=vpct)
        cost_ts = end_ts + dt.timedelta(microseconds=b.rng.randint(400, 1500))
        cost_record = {
            "timestamp": iso(cost_ts), "experiment_id": exp["experiment_id"],
            "run_id": spec["run_id"],
            "costs": {"estimated_before": est, "actual": b.cost, "variance": variance,
                      "variance_percent": vpct, "breakdown": breakdown},
            "model": spec["model"], "provider": b.provider,
            "tokens": {"input": b.in_tok, "output": b.out_tok},
        }
    return pbytes, mbytes, cost_record


def event_line(exp, run_id, e):
    obj = {"timestamp": iso(e["ts"], e["z"]), "level": e["level"], "event": e["event"],
           "experiment_id": exp["experiment_id"], "run_id": run_id,
           "payload": e["payload"], "message": e["message"]}
    return dumps_line(obj)


def structured_line(exp, run_id, s):
    obj = {"timestamp": iso(s["ts"]), "level": s["level"], "event": s["event"],
           "experiment_id": exp["experiment_id"], "run_id": run_id}
    if s["step"] is not None:
        obj["step"] = s["step"]
    if s["model"] is not None:
        obj["model"] = s["model"]
    obj.update(s["extra"])
    return dumps_line(obj)


def console_line(exp, run_id, s):
    """structlog ConsoleRenderer style: local time, padded level and event, sorted keys."""
    kv = {"experiment_id": exp["experiment_id"], "run_id": run_id}
    if s["step"] is not None:
        kv["step"] = s["step"]
    if s["model"] is not None:
        kv["model"] = s["model"]
    kv.update(s["extra"])
    parts = " ".join("%s=%s" % (k, kv[k]) for k in sorted(kv))
    return "%s [%-9s] %-30s %s" % (s["ts"].strftime("%Y-%m-%d %H:%M:%S"), s["level"],
                                   s["event"], parts)


def level_class(level):
    lv = level.lower()
    return "warn" if lv == "warning" else lv


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def generate(out):
    rng = random.Random(SEED)
    data = build_data_files(rng)
    expected_runs = []
    cost_records = []
    verify = []
    config_checks = []
    files_expect = {}
    counts = {"events": {"debug": 0, "info": 0, "warn": 0, "error": 0},
              "structured": {"debug": 0, "info": 0, "warn": 0, "error": 0}}
    console_total = 0
    token_records_all = []
    all_ts = []

    for exp in EXPERIMENTS:
        root = out / "experiments" / exp["name"]
        config_bytes = exp["config"].encode()
        write(root / "config.yaml", config_bytes)
        for path, content, _ in data[exp["name"]]:
            write(root / path, content)

        stream = []            # (run_id, event dict) in stream order
        structured = []
        tokens = []
        rotate_at = None
        for k, spec in enumerate(exp["runs"]):
            b = RunBuilder(rng, exp, spec, data[exp["name"]], k + 1)
            b.build(PERSONA_POOL[exp["name"]])
            pbytes, mbytes, cost_record = finish_run(b, exp, config_bytes)
            run_dir = root / "outputs" / b.stamp
            if pbytes is not None:
                write(run_dir / "personas.json", pbytes)
            write(run_dir / "metadata.json", mbytes)
            if exp["rotate_in_run"] == k:
                # rotation happened right before the first retry of this run
                rotate_at = len(stream) + next(
                    i for i, e in enumerate(b.events) if e["event"] == "llm_call_failed")
            stream.extend((spec["run_id"], e) for e in b.events)
            structured.extend((spec["run_id"], s) for s in b.structured)
            tokens.extend(b.tokens)
            if cost_record:
                cost_records.append(cost_record)
            all_ts.extend(e["ts"] for e in b.events)
            all_ts.extend(s["ts"] for s in b.structured)

            # verification expectations (paths as recorded)
            meta = json.loads(mbytes)
            for rec_path, checksum in meta["data_sources"]["checksums"].items():
                local_rel = rec_path
                if rec_path.startswith("/Users/"):
                    local_rel = "data/" + rec_path.rsplit("/", 1)[1]
                current = (root / local_rel).read_bytes()
                actual = sha256_hex(current)
                foreign = rec_path.startswith("/")
                status = "missing" if foreign else (
                    "ok" if checksum == "sha256:" + actual else "mismatch")
                entry = {"run_id": spec["run_id"], "path": rec_path,
                         "resolved_path": "experiments/%s/%s" % (exp["name"], local_rel),
                         "expected": checksum[len("sha256:"):], "actual": actual,
                         "status": status}
                if foreign:
                    entry["resolved_path"] = None
                    entry["actual"] = None
                    entry["status_with_map"] = "ok" if checksum == "sha256:" + actual else "mismatch"
                    entry["resolved_path_with_map"] = "experiments/%s/%s" % (exp["name"], local_rel)
                verify.append(entry)
            config_checks.append({"run_id": spec["run_id"], "label": "config",
                                  "resolved_path": "experiments/%s/config.yaml" % exp["name"],
                                  "status": "ok"})

            status = "failed" if b.failed else "completed"
            start = b.events[0]["ts"]
            end = b.events[-1]["ts"]
            by_model = {}
            for r in b.tokens:
                m = by_model.setdefault(r["model"], {"calls": 0, "input": 0, "output": 0,
                                                     "cost_usd": 0.0})
                m["calls"] += 1
                m["input"] += r["tokens"]["input"]
                m["output"] += r["tokens"]["output"]
                m["cost_usd"] = round(m["cost_usd"] + r["cost_usd"], 6)
            expected_runs.append({
                "run_id": spec["run_id"], "experiment_id": exp["experiment_id"],
                "experiment_name": exp["name"], "output_folder": "experiments/%s/outputs/%s"
                % (exp["name"], b.stamp),
                "started": iso(start), "ended": iso(end),
                "duration_seconds": round((end - start).total_seconds(), 6),
                "status": status, "model": spec["model"],
                "input_tokens": b.in_tok, "output_tokens": b.out_tok,
                "cost_usd": cost_record["costs"]["actual"] if cost_record else b.cost,
                "cost_source": "cost_record" if cost_record else "llm_calls",
                "events": len(b.events), "structured_entries": len(b.structured),
                "llm_calls": len(b.tokens),
                "unpriced_llm_calls": sum(1 for r in b.tokens if r["cost_usd"] == 0.0),
                "personas": len(b.personas), "calls_by_model": by_model,
            })

        # --- logs ---------------------------------------------------------
        logs = root / "logs"
        lines = [event_line(exp, rid, e) for rid, e in stream]
        levels = [level_class(e["level"]) for _, e in stream]
        for lv in levels:
            counts["events"][lv] += 1
        rel_logs = "experiments/%s/logs/" % exp["name"]
        parts = []
        if rotate_at is not None:
            rotated_name = "experiment_%s.jsonl" % stream[rotate_at][1]["ts"].strftime(
                "%Y%m%d_%H%M%S")
            parts.append((rotated_name, 0, rotate_at))
            parts.append(("experiment.jsonl", rotate_at, len(lines)))
        else:
            parts.append(("experiment.jsonl", 0, len(lines)))
        for fname, a, z in parts:
            write(logs / fname, "".join(l + "\n" for l in lines[a:z]).encode())
        debug_lines = [l for l, lv in zip(lines, levels) if lv == "debug"]
        write(logs / "debug.jsonl", "".join(l + "\n" for l in debug_lines).encode())
        # token usage: joined with newlines, no final newline
        write(logs / "token_usage.jsonl", "\n".join(dumps_line(r, True) for r in tokens).encode())
        token_records_all.extend(tokens)
        # structured
        s_lines = []
        for rid, s in structured:
            s_lines.append(structured_line(exp, rid, s))
            counts["structured"][level_class(s["level"])] += 1
            if exp["console_lines"]:
                s_lines.append(console_line(exp, rid, s))
        write(logs / "structured.jsonl", "".join(l + "\n" for l in s_lines).encode())
        n_console = len(structured) if exp["console_lines"] else 0
        console_total += n_console

        # per-file expectations, in sorted path order within logs/
        seen_debug = False
        for fname in sorted(p.name for p in logs.iterdir()):
            key = rel_logs + fname
            if fname == "debug.jsonl":
                files_expect[key] = {"kind": "events", "lines": len(debug_lines),
                                     "imported": len(debug_lines), "duplicates": 0,
                                     "rejected": 0, "skipped": 0, "pending_bytes": 0}
                seen_debug = True
            elif fname.startswith("experiment"):
                a, z = next((a, z) for n_, a, z in parts if n_ == fname)
                n_dbg = sum(1 for lv in levels[a:z] if lv == "debug")
                dup = n_dbg if seen_debug else 0
                files_expect[key] = {"kind": "events", "lines": z - a,
                                     "imported": (z - a) - dup, "duplicates": dup,
                                     "rejected": 0, "skipped": 0, "pending_bytes": 0}
            elif fname == "token_usage.jsonl":
                files_expect[key] = {"kind": "token_usage", "lines": len(tokens),
                                     "imported": len(tokens), "duplicates": 0, "rejected": 0,
                                     "skipped": 0, "pending_bytes": 0}
            elif fname == "structured.jsonl":
                files_expect[key] = {"kind": "structured", "lines": len(s_lines),
                                     "imported": len(structured), "duplicates": 0,
                                     "rejected": 0, "skipped": n_console, "pending_bytes": 0}
        for mpath in sorted((root / "outputs").glob("*/metadata.json")):
            rel = mpath.relative_to(out).as_posix()
            text = mpath.read_bytes()
            files_expect[rel] = {"kind": "metadata", "lines": text.count(b"\n") + 1,
                                 "imported": 1, "duplicates": 0, "rejected": 0, "skipped": 0,
                                 "pending_bytes": 0}

    cost_records.sort(key=lambda r: r["timestamp"])
    write(out / "costs.jsonl", "".join(dumps_line(r, True) + "\n" for r in cost_records).encode())
    files_expect["costs.jsonl"] = {"kind": "cost_records", "lines": len(cost_records),
                                   "imported": len(cost_records), "duplicates": 0,
                                   "rejected": 0, "skipped": 0, "pending_bytes": 0}

    assert len(set(all_ts)) == len(all_ts), "timestamps must be unique"
    return {
        "runs": expected_runs, "cost_records": cost_records, "verify": verify,
        "config_checks": config_checks, "files": files_expect, "counts": counts,
        "console_total": console_total, "tokens": token_records_all,
    }


def write_expected(out, g):
    events_total = sum(g["counts"]["events"].values())
    structured_total = sum(g["counts"]["structured"].values())
    by_level = {k: g["counts"]["events"][k] + g["counts"]["structured"][k]
                for k in ("debug", "info", "warn", "error")}
    tokens_by_model = {}
    for r in g["tokens"]:
        m = tokens_by_model.setdefault(r["model"], {"calls": 0, "input": 0, "output": 0,
                                                   "cost_usd": 0.0, "unpriced_calls": 0})
        m["calls"] += 1
        m["input"] += r["tokens"]["input"]
        m["output"] += r["tokens"]["output"]
        m["cost_usd"] = round(m["cost_usd"] + r["cost_usd"], 6)
        m["unpriced_calls"] += 1 if r["cost_usd"] == 0.0 else 0
    tokens_by_model = {k: tokens_by_model[k] for k in sorted(tokens_by_model)}
    tokens_by_step = {}
    components = {"system": 0, "data": 0, "instructions": 0, "other": 0, "output": 0}
    for r in g["tokens"]:
        s = tokens_by_step.setdefault(r["step"], {"calls": 0, "input": 0, "output": 0,
                                                 "cost_usd": 0.0})
        s["calls"] += 1
        s["input"] += r["tokens"]["input"]
        s["output"] += r["tokens"]["output"]
        s["cost_usd"] = round(s["cost_usd"] + r["cost_usd"], 6)
        for c in components:
            components[c] += r["prompt_breakdown"].get(c, 0)
    tokens_by_step = {k: tokens_by_step[k] for k in sorted(tokens_by_step)}

    mismatches = []
    spent_by_day = {}
    for rec in g["cost_records"]:
        c = rec["costs"]
        recomputed = (c["actual"] - c["estimated_before"]) / c["estimated_before"] * 100 \
            if c["estimated_before"] else 0.0
        if abs(recomputed - c["variance_percent"]) > 0.01:
            mismatches.append({"run_id": rec["run_id"], "recorded": c["variance_percent"],
                               "recomputed": round(recomputed, 2)})
        day = rec["timestamp"][:10]
        spent_by_day[day] = round(spent_by_day.get(day, 0.0) + c["actual"], 6)

    # folder totals do not depend on the order files are imported in
    folders = {}
    for path, f in g["files"].items():
        if "/logs/" not in path:
            continue
        folder = path.rsplit("/", 1)[0]
        t = folders.setdefault(folder, {"files": 0, "lines": 0, "imported": 0,
                                        "duplicates": 0, "rejected": 0, "skipped": 0})
        t["files"] += 1
        for k in ("lines", "imported", "duplicates", "rejected", "skipped"):
            t[k] += f[k]

    all_files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    all_files = sorted(set(all_files) | {"EXPECTED.json"})
    unknown = [p for p in all_files if p not in g["files"]]
    totals = {"files": len(all_files),
              "imported": sum(f["imported"] for f in g["files"].values()),
              "duplicates": sum(f["duplicates"] for f in g["files"].values()),
              "rejected": 0, "skipped_files": len(unknown)}

    verify_totals = {}
    for v in g["verify"]:
        verify_totals[v["status"]] = verify_totals.get(v["status"], 0) + 1
    verify_totals_map = {}
    for v in g["verify"]:
        s = v.get("status_with_map", v["status"])
        verify_totals_map[s] = verify_totals_map.get(s, 0) + 1

    expected = {
        "description": "Counts a correct importer must produce when the whole resources/sample "
                       "folder is imported once into an empty database. Regenerate with "
                       "make_sample.py; check with tests/data/check_expected.py --sample.",
        "import_root": "resources/sample",
        "experiments": 3,
        "runs": len(g["runs"]),
        "events": {
            "total": events_total,
            "by_level": g["counts"]["events"],
            "note": "experiment.jsonl plus its rotated part; debug.jsonl adds no events "
                    "(its lines duplicate debug events of the stream). Levels are "
                    "case-insensitive and 'warning' counts as warn.",
        },
        "structured": {
            "total": structured_total,
            "by_level": g["counts"]["structured"],
            "console_lines_skipped": g["console_total"],
        },
        "summary": {
            "experiments": 3, "runs": len(g["runs"]),
            "events": {"total": events_total + structured_total, "by_level": by_level,
                       "by_source": {"events": events_total, "structured": structured_total}},
            "llm_calls": len(g["tokens"]),
            "tokens_by_model": tokens_by_model,
            "cost_records": len(g["cost_records"]),
            "cost_actual_total": round(sum(r["costs"]["actual"] for r in g["cost_records"]), 6),
            "cost_estimated_total": round(sum(r["costs"]["estimated_before"]
                                              for r in g["cost_records"]), 6),
        },
        "llm_calls": len(g["tokens"]),
        "unpriced_llm_calls": sum(1 for r in g["tokens"] if r["cost_usd"] == 0.0),
        "llm_calls_without_breakdown": sum(
            1 for r in g["tokens"] if r["prompt_breakdown"]["total_input"] == 0),
        "tokens_by_step": tokens_by_step,
        "tokens_by_component": components,
        "cost_records": len(g["cost_records"]),
        "cost_variance_mismatches": mismatches,
        "cost_actual_by_utc_day": spent_by_day,
        "metadata_files": sum(1 for f in g["files"].values() if f["kind"] == "metadata"),
        "run_list_note": "status comes from the run's end event (experiment_completed or "
                         "experiment_failed); cost_source assumes the priority cost_record > "
                         "llm_calls > metadata > estimate, and cost_usd is the figure from "
                         "that source (unpriced calls count as 0).",
        "run_list": g["runs"],
        "verify": {
            "entries": g["verify"],
            "totals": verify_totals,
            "map_option": "/Users/alice/research/pricing-study="
                          "<sample>/experiments/pricing-study",
            "totals_with_map": verify_totals_map,
            "config_label_checks": g["config_checks"],
        },
        "import_order": "Per-file numbers assume the files of each logs/ folder are imported "
                        "in sorted path order (byte order: debug.jsonl, experiment.jsonl, "
                        "experiment_<stamp>.jsonl, structured.jsonl, token_usage.jsonl), so "
                        "debug.jsonl is read first and the debug lines of the experiment "
                        "files count as duplicates. In another order the roles swap; the "
                        "folder totals stay the same.",
        "files": {k: g["files"][k] for k in sorted(g["files"])},
        "log_folder_totals": {k: folders[k] for k in sorted(folders)},
        "unknown_files": unknown,
        "totals": totals,
    }
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    (out / "EXPECTED.json").write_text(text, encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                    help="target folder (default: the folder of this script)")
    args = ap.parse_args(argv)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    # only the generated parts are replaced; this script stays
    for name in ("experiments",):
        if (out / name).exists():
            shutil.rmtree(out / name)
    for name in ("costs.jsonl", "EXPECTED.json"):
        if (out / name).exists():
            (out / name).unlink()
    if out != Path(__file__).resolve().parent:
        shutil.copy2(__file__, out / "make_sample.py")
    g = generate(out)
    write_expected(out, g)
    return 0


if __name__ == "__main__":
    sys.exit(main())
