"""Joblint's own fixtures: every alert of a rule that applies to any job is flagged by the
studio at the same span (issue 10). Joblint's tech-only rules (legacy technology, development
environments, expanded acronyms, "Java script", "Ruby on Rail") are skipped: docs/ad-studio.md
says why.

Source: rowanmanning/joblint (MIT) at commit 3b3fbb4e, lib/rules.js and example/*.txt, and
Joblint 1.x's test/job-specs/ultimate.txt at 2d554a1c; the fixtures and Joblint's recorded
alerts are in tests/data/peers/joblint/ (README.md there says how they were obtained).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tactful.ads import analyse_ad

DATA = Path(__file__).resolve().parents[1] / "data" / "peers" / "joblint" / "cases.json"
CASES: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
FIXTURES = {f["id"]: f for f in CASES["fixtures"]}
ANY_JOB = [
    (rule["name"], alert)
    for rule in CASES["rules"]
    if rule["scope"] == "any-job"
    for alert in rule["fixture_alerts"]
]


def spans(fixture: str) -> set[tuple[int, int]]:
    text = FIXTURES[fixture]["text"]
    report = analyse_ad(text, today=date(2026, 3, 1), source_format="text")
    return {(f.start, f.end) for f in report.findings if f.start is not None and f.end is not None}


@pytest.mark.parametrize(
    ("rule", "alert"), ANY_JOB, ids=[f"{r}:{a['occurance']}@{a['position']}" for r, a in ANY_JOB]
)
def test_every_any_job_alert_is_flagged_at_its_span(rule: str, alert: dict[str, Any]) -> None:
    text = FIXTURES[alert["fixture"]]["text"]
    assert text[alert["position"] : alert["end"]] == alert["occurance"]
    assert (alert["position"], alert["end"]) in spans(alert["fixture"])


def test_the_fixtures_hold_alerts_of_most_any_job_rules() -> None:
    rules = {rule for rule, _ in ANY_JOB}
    assert len(ANY_JOB) >= 30
    assert len(rules) >= 12


def test_the_passing_fixture_stays_clean_of_tone_findings() -> None:
    report = analyse_ad(FIXTURES["passing"]["text"], today=date(2026, 3, 1))
    tone = {"bro-culture", "gendered-term", "superhero-title", "profanity", "sexualised"}
    assert not [f for f in report.findings if f.rule in tone]
