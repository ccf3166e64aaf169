"""The labelled set: precision and recall per rule must reach 0.9, and docs/checker.md must
show the numbers the checker gets today."""

from __future__ import annotations

import pytest
from checks_labelled import BAR, DATA, DOCS, Outcome, docs_block, labels, rules_block, run, scores

from tactful.checks import registered_rules

TIMING_RULES = {
    "already-answered",
    "interview-cancelled",
    "third-follow-up",
    "already-sent",
    "too-early",
}
"""Rules about the round's state, not the words: tested against a real store instead."""


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return run()


def test_the_set_is_big_and_varied() -> None:
    entries = labels()
    assert len(entries) >= 60
    files = {p.name for p in DATA.glob("*.txt")}
    assert files == set(entries), "every email has a label and every label a file"
    for kind in ("thank-you", "status"):
        for lang in ("en", "fr"):
            group = [e for e in entries.values() if e["kind"] == kind and e["lang"] == lang]
            assert len(group) >= 15, (kind, lang)
            assert sum(1 for e in group if not e["expect"]) >= 4, "good emails too"


def test_labels_name_real_rules() -> None:
    known = {rule.id for rule in registered_rules()}
    for name, entry in labels().items():
        assert set(entry["expect"]) <= known, name


def test_every_text_rule_is_measured(outcomes: list[Outcome]) -> None:
    support = {s.rule: s.support for s in scores(outcomes)}
    for rule in registered_rules():
        if rule.id in TIMING_RULES:
            continue
        assert support.get(rule.id, 0) >= 2, f"{rule.id} needs examples in the labelled set"


def test_precision_and_recall_per_rule(outcomes: list[Outcome]) -> None:
    failing = {
        s.rule: (s.precision, s.recall)
        for s in scores(outcomes)
        if (s.precision is not None and s.precision < BAR)
        or (s.recall is not None and s.recall < BAR)
    }
    misses = {
        o.name: {"missed": sorted(o.expected - o.found), "extra": sorted(o.found - o.expected)}
        for o in outcomes
        if o.expected != o.found
    }
    assert not failing, (failing, misses)


def test_language_detection_on_the_set(outcomes: list[Outcome]) -> None:
    assert [o.name for o in outcomes if o.detected_lang != o.lang] == []


def test_docs_show_todays_numbers(outcomes: list[Outcome]) -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert docs_block(outcomes) in text, (
        "docs/checker.md is out of date: run .venv/bin/python tests/checks/checks_labelled.py"
    )


def test_docs_list_every_rule() -> None:
    assert rules_block() in DOCS.read_text(encoding="utf-8"), (
        "docs/checker.md is out of date: run .venv/bin/python tests/checks/checks_labelled.py"
    )
