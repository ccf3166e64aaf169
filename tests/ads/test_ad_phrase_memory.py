"""The word lists' remembered readings give what reading each match afresh gives: PhraseSet
keeps, for each text its regex matched, the entry and the words a finding covers; phrase_hits
keeps each found text's replacement and message. Both are compared with the plain reading, on
the corpus ads and on generated texts, with the memory kept, emptied and overflowing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads import lexicon
from tactful.ads.detect import EEO_RE
from tactful.ads.document import AdDocument
from tactful.ads.lexicon import _PIECE_RE, Entry, PhraseSet, match_case
from tactful.ads.rules import phrases
from tactful.ads.rules.base import Hit
from tactful.ads.rules.phrases import _EEO_EXEMPT, IGNORED, phrase_hits, phrase_set

ADS = sorted((Path(__file__).parent.parent / "data" / "ads").glob("*.*"))


def _plain_finditer(found: PhraseSet, scan: str) -> Iterator[tuple[int, int, Entry]]:
    """PhraseSet.finditer as first written: each match looked up and cut to its core."""
    for match in found.regex.finditer(scan):
        entry = found.entry(match.group(1))
        if entry is None:
            continue
        start, end = match.start(1) - 1, match.end(1) - 1
        if entry.core is not None:
            skip, take = entry.core
            pieces = list(_PIECE_RE.finditer(match.group(1)))[skip : skip + take]
            if pieces:
                start, end = start + pieces[0].start(), start + pieces[-1].end()
        yield start, end, entry


def _check(text: str) -> None:
    doc = AdDocument.read(text)
    for lang in ("en", "fr"):
        found = phrase_set(lang)
        plain = list(_plain_finditer(found, doc.scan))
        assert list(found.finditer(doc.scan)) == plain  # remembered, or read now
        assert list(found.finditer(doc.scan)) == plain  # remembered
        found._located.clear()
        assert list(found.finditer(doc.scan)) == plain  # read afresh
        assert _hits(phrase_hits(doc, lang)) == _plain_hits(doc, plain)


def _hits(hits: list[Hit]) -> list[tuple[object, ...]]:
    return [(h.rule, h.start, h.end, h.replacement, h.message) for h in hits]


def _plain_hits(doc: AdDocument, plain: list[tuple[int, int, Entry]]) -> list[tuple[object, ...]]:
    """phrase_hits as first written: each finding's replacement and message made anew."""
    out: list[tuple[object, ...]] = []
    for start, end, entry in plain:
        if entry.replacement == IGNORED:
            continue
        if entry.rule in _EEO_EXEMPT and EEO_RE.search(doc.sentence_around(start)):
            continue
        found = doc.text[start:end]
        replacement = None
        if entry.replacement is not None:
            replacement = match_case(entry.replacement, found)
        out.append(
            (entry.rule, start, end, replacement, f"“{' '.join(found.split())}”: {{message}}")
        )
    return out


@pytest.mark.parametrize("path", ADS, ids=lambda p: p.name)
def test_remembered_phrases_on_the_corpus(path: Path) -> None:
    _check(path.read_text(encoding="utf-8"))


_PIECES = st.sampled_from(
    [
        "rockstar", "Rock Star", "ROCK-STAR", "ninja", "Ninjas", "world class", "World-Class",
        "world ‑ class", "young", "Young and dynamic", "digital native", "native", "he", "He",
        "she", "drink beer", "Drink  Beer", "guys", "meritocracy", "the best", "Best of the best",
        "regardless of age", " ", "  ", "\n", ", ", "-", "/", ".", "jeune", "dynamique", "é",
        "x",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.booleans())
def test_remembered_phrases_on_generated_texts(pieces: list[str], overflow: bool) -> None:
    if overflow:  # the memories start over at every text they would keep
        lexicon_bound, worded_bound = lexicon._KNOWN_TEXTS, phrases._WORDED_TEXTS
        lexicon._KNOWN_TEXTS = phrases._WORDED_TEXTS = 1
        try:
            _check(" ".join(pieces))
        finally:
            lexicon._KNOWN_TEXTS, phrases._WORDED_TEXTS = lexicon_bound, worded_bound
    else:
        _check(" ".join(pieces))
