"""Held-out sets 4 and 5 (tests/data/emails-holdout-4, -5): each written and labelled from the
rule table of its day (v3, v4) after the rules froze, committed before the checker first ran on
it. docs/checker.md keeps each first run as it came out (blocks `holdout-4`, `holdout-5`: history
since the rules were widened on their misses); what today's rules get on them is tuning data, in
the blocks `holdout-4-v4` (v5 reads it the same) and `holdout-5-v5`. These tests keep the first
runs on record and the tuning blocks current. They set no minimum.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from checks_eval import run
from heldout_sets import (
    assert_block_current,
    assert_first_run_kept,
    assert_labelled,
    assert_tuning_figures,
    held_out,
)


class FirstRun(NamedTuple):
    number: int
    clean: int
    all_rules: str
    verdicts: int
    errors: str
    tuning_block: str


SETS = [
    FirstRun(  # the v3 rules (b1e12f2), committed 251fb30
        4,
        27,
        "| **all rules** | 120 | 132 | 0.82 | 0.90 |",
        72,
        "precision **0.94** (31 of 33 flags right), recall **0.79** (31 of 39)",
        "holdout-4-v4",
    ),
    FirstRun(  # the v4 rules (1629b19), committed d47da68
        5,
        26,
        "| **all rules** | 102 | 149 | 0.63 | 0.92 |",
        75,
        "precision **0.94** (32 of 34 flags right), recall **0.82** (32 of 39)",
        "holdout-5-v5",
    ),
]


@pytest.mark.parametrize("first", SETS, ids=lambda s: f"holdout-{s.number}")
def test_every_email_is_labelled_in_both_languages_and_kinds(first: FirstRun) -> None:
    assert_labelled(held_out(first.number), clean=first.clean)


@pytest.mark.parametrize("first", SETS, ids=lambda s: f"holdout-{s.number}")
def test_docs_keep_the_first_run_and_show_todays_rules(first: FirstRun) -> None:
    folder = held_out(first.number)
    outcomes = run(folder, verdict_from_rules=True)
    assert len(outcomes) == 80
    assert_first_run_kept(
        f"holdout-{first.number}",
        all_rules=first.all_rules,
        verdicts=first.verdicts,
        errors=first.errors,
    )
    assert_tuning_figures(outcomes)
    assert_block_current(folder, first.tuning_block, outcomes, "today's rules, tuned on it")
