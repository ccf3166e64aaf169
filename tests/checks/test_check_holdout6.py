"""Held-out set 6 (tests/data/emails-holdout-6): 80 emails written and labelled from the v5
rule table after the rules froze (965eb2e), committed (da8b1bc) before the checker first ran on
them, never tuned on. docs/checker.md reports its first run as it came out (block `holdout-6`);
these tests keep that block current while the rules are v5. When the rules change, keep the
block as history (as test_check_holdouts_tuned.py does for sets 4 and 5) and report today's
rules in a block of their own.
"""

from __future__ import annotations

import pytest
from checks_eval import run
from checks_labelled import Outcome
from heldout_sets import assert_block_current, assert_labelled, docs, error_figures, held_out

HOLDOUT_6 = held_out(6)


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run(HOLDOUT_6, verdict_from_rules=True)


def test_every_email_is_labelled_in_both_languages_and_kinds() -> None:
    assert_labelled(HOLDOUT_6, clean=25)


def test_docs_show_the_first_run_as_it_came_out(outcomes: list[Outcome]) -> None:
    right, flagged, expected = error_figures(outcomes)
    verdicts = sum(1 for o in outcomes if o.verdict == o.expected_verdict)
    _, flat = docs()
    assert f"Verdict right on {verdicts} of 80." in flat
    assert (
        f"precision **{right / flagged:.2f}** ({right} of {flagged} flags right), "
        f"recall **{right / expected:.2f}** ({right} of {expected})"
    ) in flat
    assert_block_current(HOLDOUT_6, "holdout-6", outcomes, "the first run of a set never tuned on")
