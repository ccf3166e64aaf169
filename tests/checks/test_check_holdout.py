"""The held-out set: docs/checker.md must show the checker's scores on it today.

No bar here on purpose: these emails measure the checker, they do not tune it. A rule change
that moves a held-out number only has to regenerate the table
(.venv/bin/python tests/checks/checks_holdout.py).
"""

from __future__ import annotations

import pytest
from checks_holdout import DATA, DOCS, docs_block, labels, mismatches, overall, run
from checks_labelled import Outcome, scores

from tactful.checks import registered_rules


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run()


def test_the_set_is_complete_and_balanced() -> None:
    entries = labels()
    files = {p.name for p in DATA.glob("*.txt")}
    assert files == set(entries), "every email has a label and every label a file"
    assert len(entries) == 30
    for lang in ("en", "fr"):
        group = [e for e in entries.values() if e["lang"] == lang]
        assert len(group) == 15, lang
        assert {e["kind"] for e in group} == {"thank-you", "status"}, lang
    assert sum(1 for e in entries.values() if not e["expect"]) >= 4, "good emails too"


def test_labels_name_real_rules() -> None:
    known = {rule.id for rule in registered_rules()}
    for name, entry in labels().items():
        assert set(entry["expect"]) <= known, name
        assert entry["expect"] == sorted(set(entry["expect"])), f"{name}: sorted, no repeats"


def test_overall_adds_up_the_rules(outcomes: list[Outcome]) -> None:
    total, per_rule = overall(outcomes), scores(outcomes)
    assert total.support == sum(len(o.expected) for o in outcomes)
    assert total.true_positives + total.false_positives == sum(len(o.found) for o in outcomes)
    assert total.true_positives == sum(s.true_positives for s in per_rule)


def test_mismatches_list_every_email_that_differs(outcomes: list[Outcome]) -> None:
    listed = mismatches(outcomes)
    differing = [o for o in outcomes if o.expected != o.found or o.lang != o.detected_lang]
    assert len(listed) == len(differing)
    for line, o in zip(listed, differing, strict=True):
        assert line.startswith(f"- `{o.name}`")


def test_docs_show_todays_held_out_numbers(outcomes: list[Outcome]) -> None:
    assert docs_block(outcomes) in DOCS.read_text(encoding="utf-8"), (
        "docs/checker.md's held-out table is out of date: "
        "run .venv/bin/python tests/checks/checks_holdout.py"
    )
