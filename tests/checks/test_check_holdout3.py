"""Held-out set 3 (tests/data/emails-holdout-3): 80 emails written and labelled from the v2
rule table after the rules froze, committed before the checker first ran on them. docs/checker.md
reports its first run as it came out (block `holdout-3`, history since rules v3); rules v3 were
widened on its misses, so what the v3 rules got on it is tuning data, in the block
`holdout-3-v3` (history since rules v4); today's rules (v4) on it are in the block
`holdout-3-v4`. These tests keep the first run and the v3 figures on record and the v4 block
current. They set no minimum: the figures are reported, not targets to tune towards.
"""

from __future__ import annotations

import pytest
from checks_eval import ROOT, docs_block, expected_verdict, labels, run
from checks_labelled import Outcome

HOLDOUT_3 = ROOT / "tests" / "data" / "emails-holdout-3"
DOCS = ROOT / "docs" / "checker.md"


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run(HOLDOUT_3, ignore=frozenset({"hard-to-read"}), verdict_from_rules=True)


def test_every_email_is_labelled_in_both_languages_and_kinds() -> None:
    entries = labels(HOLDOUT_3)
    assert {p.name for p in HOLDOUT_3.glob("*.txt")} == set(entries)
    assert len(entries) == 80
    assert sum(1 for e in entries.values() if e["lang"] == "fr") == 40
    assert {e["kind"] for e in entries.values()} == {"thank-you", "status"}
    assert sum(1 for e in entries.values() if not e["expect"]) == 27


def test_the_expected_verdict_follows_the_severity_of_the_labelled_rules() -> None:
    assert expected_verdict([]) == "ok"
    assert expected_verdict(["filler", "apology", "no-interview-reference"]) == "ok"
    assert expected_verdict(["filler", "complaint"]) == "revise"
    assert expected_verdict(["placeholder"]) == "revise"


def test_docs_keep_the_first_run_and_show_todays_rules(outcomes: list[Outcome]) -> None:
    assert len(outcomes) == 80
    text = DOCS.read_text(encoding="utf-8")
    # The first run, as it came out (v2 rules): history, whatever the rules become.
    assert "<!-- holdout-3:begin" in text
    assert "Verdict as expected: 67 of 80." in text
    assert "Verdict right on 67 of 80" in text
    assert "precision **0.94** (32 of 34 flags right), recall **0.71** (32 of 45)" in text
    # The v3 rules were widened on its misses: their figures are history since rules v4.
    v3 = text[text.index("<!-- holdout-3-v3:begin") : text.index("<!-- holdout-3-v3:end")]
    assert "| **all rules** | 93 | 93 | 1.00 | 1.00 |" in v3
    assert "Verdict as expected: 80 of 80." in v3
    # Today's rules (v4), on a set an earlier version was tuned on: reported apart.
    assert docs_block("holdout-3-v4", outcomes) in text, (
        "docs/checker.md's holdout-3-v4 block (today's rules on a set they were tuned on) is "
        "out of date: run .venv/bin/python tests/checks/checks_eval.py "
        "tests/data/emails-holdout-3 --ignore hard-to-read --verdict-from-rules "
        "--docs holdout-3-v4"
    )
