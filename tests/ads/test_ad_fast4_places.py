"""The place regexes started at their first word (tactful.ads.places._matches_from_first) find
what they find over the whole stream, with the words AdDocument counts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.document import AdDocument
from tactful.ads.places import (
    _COMPANY_PLACE_RE,
    _COMPANY_WORDS,
    _LOCATED_WORDS,
    LOCATED_RE,
    _matches_from_first,
)

STARTED: list[tuple[re.Pattern[str], Iterable[str]]] = [
    (LOCATED_RE, _LOCATED_WORDS),
    (_COMPANY_PLACE_RE, _COMPANY_WORDS),
]
DATA = Path(__file__).resolve().parent.parent / "data"
_PIECES = st.sampled_from(
    [
        "based", "Located", "situé", "située", "basé", "basée", "in", "at", "à", "en", "au",
        "near", "hq", "HQ", "headquartered", "headquarters", "is", "siège", "social", "est",
        "office", "offices", "officer", "installée", "établis", "depuis", "2010", "dans", "denver",
        "-", "'", "’", "$", ",", ".", ";", "\n", "\t", " ", "  ", "x", "é", "-based", "based-",
    ]
)  # fmt: skip


def _same(text: str) -> None:
    doc = AdDocument.read(text)
    for pattern, firsts in STARTED:
        started = _matches_from_first(pattern, doc.scan, doc.word_counts, firsts)
        assert [m.span() for m in started] == [m.span() for m in pattern.finditer(doc.scan)]


def test_corpus_texts_give_the_same_matches() -> None:
    texts = sorted(DATA.rglob("*.md")) + sorted(DATA.rglob("*.txt"))
    assert texts
    for path in texts:
        _same(path.read_text(encoding="utf-8"))


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_generated_texts_give_the_same_matches(pieces: list[str]) -> None:
    _same(" ".join(pieces))
    _same("".join(pieces))


def test_places_are_found_from_their_first_word() -> None:
    doc = AdDocument.read("Our team. Based in Denver; offices in Boulder and HQ in Lyon.")
    located = _matches_from_first(LOCATED_RE, doc.scan, doc.word_counts, _LOCATED_WORDS)
    assert [m.group() for m in located] == [" based in "]
    company = _matches_from_first(_COMPANY_PLACE_RE, doc.scan, doc.word_counts, _COMPANY_WORDS)
    assert [m.group() for m in company] == [" offices in ", " hq in "]
