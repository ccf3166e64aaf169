"""The place regexes matched only where a space and one of their first words are
(tactful.ads.places._matches_at_words) find what they find over the whole stream, with the words
AdDocument counts; and SPACE_IN_LINE is [^\\S\\n] as a character class's body."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import AdDocument
from tactful.ads.places import (
    _COMPANY_PLACE_RE,
    _COMPANY_WORDS,
    _LOCATED_WORDS,
    LOCATED_RE,
    SPACE_IN_LINE,
    _matches_at_words,
)

STARTED: list[tuple[re.Pattern[str], Iterable[str]]] = [
    (LOCATED_RE, _LOCATED_WORDS),
    (_COMPANY_PLACE_RE, _COMPANY_WORDS),
]
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
        started = _matches_at_words(pattern, doc.scan, doc.word_counts, firsts)
        assert [m.span() for m in started] == [m.span() for m in pattern.finditer(doc.scan)]


def test_corpus_texts_give_the_same_matches() -> None:
    texts = corpus_files()
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
    located = _matches_at_words(LOCATED_RE, doc.scan, doc.word_counts, _LOCATED_WORDS)
    assert [m.group() for m in located] == [" based in "]
    company = _matches_at_words(_COMPANY_PLACE_RE, doc.scan, doc.word_counts, _COMPANY_WORDS)
    assert [m.group() for m in company] == [" offices in ", " hq in "]
    # a match that holds the next word: finditer goes on after it
    doc = AdDocument.read("Our offices office in Lyon, office offices in Nantes.")
    company = _matches_at_words(_COMPANY_PLACE_RE, doc.scan, doc.word_counts, _COMPANY_WORDS)
    found = [m.group() for m in company]
    assert found == [m.group() for m in _COMPANY_PLACE_RE.finditer(doc.scan)]
    assert found == [" offices office in ", " office offices in "]


def test_space_in_line_is_white_space_but_a_line_break() -> None:
    in_line = re.compile(f"[{SPACE_IN_LINE}]")
    plain = re.compile(r"[^\S\n]")
    for code in range(0x110000):
        char = chr(code)
        assert (in_line.match(char) is None) == (plain.match(char) is None), hex(code)
