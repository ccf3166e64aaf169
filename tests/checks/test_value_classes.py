"""The checker's and the studio's values are written without `dataclasses` (startup; see
tactful.text.values): they compare, hash, print and refuse changes as the dataclasses they
replaced did."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from tactful.ads import analyse_ad
from tactful.ads.model import Finding as AdFinding
from tactful.ads.rules.base import Hit
from tactful.checks import check_email
from tactful.checks.model import EmailContext, Finding
from tactful.markup.text import MappedText
from tactful.text.anatomy import Span


def test_equal_by_fields_in_order_and_only_within_one_class() -> None:
    assert Span(1, 2) == Span(1, 2)
    assert Span(1, 2) != Span(2, 1)
    assert Span(1, 2) != (1, 2)
    assert Hit("x", 1, 2) == Hit("x", 1, 2)
    assert Hit("x", 1, 2) != Hit("x", 1, 3)
    first = Finding("r", "error", "m", "s", 0, 1, 1, 1)
    assert first == Finding("r", "error", "m", "s", 0, 1, 1, 1, reason="", whole=False)
    assert first != Finding("r", "error", "m", "s", 0, 1, 1, 1, whole=True)


def test_read_only_values_hash_by_fields_and_refuse_changes() -> None:
    assert hash(Span(3, 4)) == hash(Span(3, 4))
    assert len({Span(3, 4), Span(3, 4), Span(4, 5)}) == 2
    span = Span(3, 4)
    with pytest.raises(AttributeError):
        span.start = 5
    with pytest.raises(AttributeError):
        del span.end
    assert span == Span(3, 4)
    with pytest.raises(TypeError):  # a mutable record is not hashable, as with eq=True
        hash(Hit("x"))
    hit = Hit("x")
    hit.start = 4  # rules fill a hit in as they go
    assert hit == Hit("x", start=4)


def test_repr_names_each_shown_field() -> None:
    assert repr(Span(1, 2)) == "Span(start=1, end=2)"
    assert repr(MappedText("ab", "ab")) == "MappedText(text='ab', source='ab')"
    assert repr(Hit("x", 1)) == (
        "Hit(rule='x', start=1, end=None, message=None, severity=None, suggestion=None, "
        "replacement=None)"
    )


def test_defaults_are_fresh_and_as_before() -> None:
    one, two = MappedText("a", "a"), MappedText("b", "b")
    assert one.wide == {}
    assert one.wide is not two.wide
    assert EmailContext().extra_terms == ()
    assert EmailContext().plan is None
    finding = AdFinding("r", "c", "warning", "m", "s", "e")
    assert (finding.start, finding.end, finding.text, finding.replacement) == (None,) * 4


def test_reports_are_equal_when_the_analysis_is() -> None:
    text = "# Rockstar developer\n\nJoin our young and dynamic team in Denver, CO.\n"
    assert analyse_ad(text, today=date(2026, 3, 1)) == analyse_ad(text, today=date(2026, 3, 1))
    email = "Dear Ana,\n\nThank you for the interview on Monday.\n\nBest,\nSam\n"
    assert check_email(email) == check_email(email)


def test_read_only_values_copy_and_pickle() -> None:
    report = analyse_ad("# Rockstar developer\n\nDenver, CO.\n", today=date(2026, 3, 1))
    assert pickle.loads(pickle.dumps(report)) == report
    assert copy.deepcopy(report) == report
    span = Span(1, 2)
    assert copy.copy(span) == span
    assert pickle.loads(pickle.dumps(check_email("Dear Ana,\n\nThanks.\n"))).verdict
