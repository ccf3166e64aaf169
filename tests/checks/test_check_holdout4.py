"""Held-out set 4 (tests/data/emails-holdout-4): 80 emails written and labelled from the v3
rule table after the rules froze (b1e12f2), committed (251fb30) before the checker first ran on
them. docs/checker.md reports its first run as it came out (block `holdout-4`, history since
rules v4); rules v4 were widened on its misses, so what today's rules get on it is tuning data,
in the block `holdout-4-v4` (v5 reads it the same). These tests keep the first run on record
and the tuning block current.
"""

from __future__ import annotations

import pytest
from checks_eval import run
from checks_labelled import Outcome
from heldout_sets import (
    assert_block_current,
    assert_first_run_kept,
    assert_labelled,
    assert_tuning_figures,
    held_out,
)

HOLDOUT_4 = held_out(4)


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run(HOLDOUT_4, verdict_from_rules=True)


def test_every_email_is_labelled_in_both_languages_and_kinds() -> None:
    assert_labelled(HOLDOUT_4, clean=27)


def test_docs_keep_the_first_run_and_show_todays_rules(outcomes: list[Outcome]) -> None:
    assert len(outcomes) == 80
    assert_first_run_kept(  # the v3 rules
        "holdout-4",
        all_rules="| **all rules** | 120 | 132 | 0.82 | 0.90 |",
        verdicts=72,
        errors="precision **0.94** (31 of 33 flags right), recall **0.79** (31 of 39)",
    )
    assert_tuning_figures(outcomes)
    assert_block_current(HOLDOUT_4, "holdout-4-v4", outcomes, "today's rules, tuned on it")
