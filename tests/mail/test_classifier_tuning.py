"""The tuning set: complete and balanced labels, and no class below 0.9 precision or recall.

These are the emails the rules were tuned on, so the bar is a floor against regressions, not a
measure of quality; the held-out set (tests/data/employer-mail/holdout/) is that measure.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from classifier_eval import (
    DOCS,
    TUNING,
    ClassScore,
    Outcome,
    docs_block,
    evaluate,
    labels,
    per_class,
    scores,
)

from tactful.mail import Classification, MailKind

BAR = 0.9


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return evaluate(TUNING)


def test_every_email_has_a_label_and_the_set_is_balanced() -> None:
    entries = labels(TUNING)
    files = {p.name for p in TUNING.glob("*.eml")}
    assert files == set(entries)
    assert len(entries) >= 110
    french = sum(1 for e in entries.values() if e["lang"] == "fr")
    assert french / len(entries) >= 0.4
    for kind in MailKind:
        assert sum(1 for e in entries.values() if e["kind"] == kind) >= 10, kind
    for name, entry in entries.items():
        assert entry["lang"] in ("en", "fr"), name
        assert entry["source"] == "written" or entry["source"].startswith("http"), name
        assert entry["note"], name
        if "meeting" in entry:
            assert entry["kind"] == "invitation", name
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", entry["meeting"]), name
            assert entry["zone"], name


def test_the_set_has_the_mime_shapes_the_brief_asks_for() -> None:
    raw = {p.name: p.read_bytes() for p in TUNING.glob("*.eml")}
    html_only = [n for n, b in raw.items() if b"text/html" in b and b"text/plain" not in b]
    assert len(html_only) >= 8
    assert sum(b"text/calendar" in b or b".ics" in b for b in raw.values()) >= 3
    assert sum(b"=?iso-8859-1?" in b.lower() for b in raw.values()) >= 5
    assert sum(b'charset="iso-8859-1"' in b for b in raw.values()) >= 5
    assert sum(b"Auto-Submitted: auto-replied" in b for b in raw.values()) >= 10
    assert sum(b"In-Reply-To:" in b for b in raw.values()) >= 20


@pytest.mark.parametrize("kind", list(MailKind))
def test_precision_and_recall_stay_above_the_bar(kind: MailKind, outcomes: list[Outcome]) -> None:
    score = next(s for s in scores(outcomes) if s.kind is kind)
    wrong = [f"{o.name} -> {o.got.kind}" for o in outcomes if o.expected is kind and not o.right]
    assert score.recall is not None and score.recall >= BAR, wrong
    claimed = [f"{o.name} ({o.expected})" for o in outcomes if o.got.kind is kind and not o.right]
    assert score.precision is not None and score.precision >= BAR, claimed


def test_confident_answers_are_right(outcomes: list[Outcome]) -> None:
    confident = [o for o in outcomes if o.got.confident]
    assert len(confident) >= len(outcomes) // 2
    assert sum(o.right for o in confident) / len(confident) >= 0.97


def test_labelled_meeting_times_are_found(outcomes: list[Outcome]) -> None:
    with_time = [o for o in outcomes if o.meeting]
    assert len(with_time) >= 8
    assert [o.name for o in with_time if o.found_meeting != o.meeting] == []


def test_precision_is_not_applicable_for_a_class_never_predicted() -> None:
    never = ClassScore(MailKind.OFFER, support=3, predicted=0, correct=0)
    assert never.precision is None and never.recall == 0.0
    empty = ClassScore(MailKind.OFFER, support=0, predicted=0, correct=0)
    assert empty.precision is None and empty.recall is None


def test_scores_count_each_email_once() -> None:
    def outcome(expected: MailKind, got: MailKind) -> Outcome:
        result = Classification(got, 0.9, True, "en", ())
        return Outcome("x.eml", expected, "en", None, result)

    table = scores(
        [
            outcome(MailKind.REJECTION, MailKind.REJECTION),
            outcome(MailKind.REJECTION, MailKind.OTHER),
            outcome(MailKind.OTHER, MailKind.REJECTION),
        ]
    )
    rejection = next(s for s in table if s.kind is MailKind.REJECTION)
    assert (rejection.support, rejection.predicted, rejection.correct) == (2, 2, 1)
    assert rejection.precision == rejection.recall == 0.5
    offer = next(s for s in table if s.kind is MailKind.OFFER)
    assert offer.precision is None


def test_per_class_takes_any_folder(tmp_path: Path) -> None:
    names = ["en-rejection-01.eml", "fr-absence-01.eml"]
    for name in names:
        (tmp_path / name).write_bytes((TUNING / name).read_bytes())
    entries = labels(TUNING)
    import json

    (tmp_path / "labels.json").write_text(json.dumps({n: entries[n] for n in names}))
    result = per_class(tmp_path)
    assert result["rejection"] == {"precision": 1.0, "recall": 1.0, "support": 1}
    assert result["out-of-office"]["support"] == 1
    assert result["offer"] == {"precision": "n/a", "recall": "n/a", "support": 0}


def test_docs_show_todays_tuning_numbers(outcomes: list[Outcome]) -> None:
    assert docs_block(outcomes) in DOCS.read_text(encoding="utf-8"), (
        "docs/mail-classifier.md's tuning table is out of date: run "
        ".venv/bin/python tests/mail/classifier_eval.py --write-docs"
    )
