"""The held-out set: written after the rules froze and never tuned on. This test only keeps its
first run's numbers (docs/mail-classifier.md) from getting worse unnoticed."""

from __future__ import annotations

import pytest
from classifier_eval import HOLDOUT, Outcome, evaluate, labels

FIRST_RUN_RIGHT = 66
FIRST_RUN_CONFIDENT_WRONG = 1


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return evaluate(HOLDOUT)


def test_every_held_out_email_is_labelled() -> None:
    assert {p.name for p in HOLDOUT.glob("*.eml")} == set(labels(HOLDOUT))
    assert len(labels(HOLDOUT)) == 74


def test_held_out_accuracy_does_not_fall_below_its_first_run(outcomes: list[Outcome]) -> None:
    wrong = [f"{o.name}: {o.expected} read as {o.got.kind}" for o in outcomes if not o.right]
    assert sum(o.right for o in outcomes) >= FIRST_RUN_RIGHT, wrong


def test_confident_answers_stay_almost_always_right(outcomes: list[Outcome]) -> None:
    confident_wrong = [o.name for o in outcomes if o.got.confident and not o.right]
    assert len(confident_wrong) <= FIRST_RUN_CONFIDENT_WRONG, confident_wrong
