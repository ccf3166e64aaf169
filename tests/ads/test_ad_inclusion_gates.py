"""The inclusion rules' shortcuts give what their plain definitions give: ages_at (the two-digit
numbers found on the stream's bytes) is TWO_DIGITS from 14 to 79, marks_genders (the title's
regex searched only when it holds one of _MARKER_SIGNS) is _MARKER_RE, and gender_hits (each
text found worded once) gives the hits of each coded word worded afresh."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.detect import TWO_DIGITS
from tactful.ads.document import AdDocument
from tactful.ads.gender import CodedWord, coded_english, gender_coding
from tactful.ads.lexicon import match_case
from tactful.ads.model import GenderCoding
from tactful.ads.rules.base import Hit
from tactful.ads.rules.inclusion import (
    _MARKER_RE,
    _NEUTRAL,
    ages_at,
    gender_hits,
    marks_genders,
)

DATA = Path(__file__).resolve().parent.parent / "data"
TWO_DIGITS_RE = re.compile(TWO_DIGITS)


def _ages_by_regex(scan: str) -> list[int]:
    return [m.start() for m in TWO_DIGITS_RE.finditer(scan) if 14 <= int(m[0]) <= 79]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "0", "1", "13", "14", "79", "80", "99", "5", "7", "123", "2025", " ", "-", "a",
                "\n", "é", "ÿ", "\xa0", "œ", "€", "٣", "²", "𝟗", "\udc80", "0x", "30 ans",
            ]
        ),
        max_size=25,
    ).map("".join)
)  # fmt: skip
def test_ages_at_are_the_two_digit_numbers_from_14_to_79(scan: str) -> None:
    # characters beyond Latin-1 ("œ", "€", astral digits, a lone surrogate) take the fallback
    assert ages_at(scan) == _ages_by_regex(scan)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .-aé\n", max_size=40))
def test_ages_at_on_any_digits(scan: str) -> None:
    assert ages_at(scan) == _ages_by_regex(scan)


def test_ages_at_on_the_corpora() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        scan = AdDocument.read(path.read_text(encoding="utf-8")).scan
        assert ages_at(scan) == _ages_by_regex(scan), path


_TITLE_PIECES = st.sampled_from(
    [
        "h", "f", "m", "w", "x", "d", "n", "/", "-", " ", "·", "(", ")", "e", "ne", "euse", "rice",
        ".", "es", "tous genres", "h/f/x", "développeur", "chef", "é", "_", "1", "'", "ère",
    ]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=12).map("".join))
def test_marks_genders_is_the_regex(title: str) -> None:
    assert marks_genders(title) == (_MARKER_RE.search(title) is not None)


def test_marks_genders_on_the_corpora_titles() -> None:
    for path in corpus_files():
        doc = AdDocument.read(path.read_text(encoding="utf-8"))
        for line in doc.folded.split("\n")[:5]:
            assert marks_genders(line) == (_MARKER_RE.search(line) is not None), path
    for title in ("Développeur H/F", "développeur·se", "Chef(fe) de projet", "Data Analyst"):
        assert marks_genders(title.lower()) == (title != "Data Analyst")


def _gender_hits_word_by_word(
    doc: AdDocument, coded: list[CodedWord], coding: GenderCoding
) -> list[Hit]:
    """gender_hits as first written: each coded word worded afresh."""
    if "masculine" not in coding.verdict:
        return []
    severity = "warning" if coding.verdict.startswith("strongly") else "info"
    hits: list[Hit] = []
    for word in coded:
        if not word.masculine:
            continue
        found = doc.text[word.start : word.end]
        standalone = word.start == 0 or doc.text[word.start - 1] not in "-‐‑"
        neutral = _NEUTRAL.get(word.word) if standalone else None
        hits.append(
            Hit(
                "gender-coded",
                word.start,
                word.end,
                severity=severity,
                message=f"“{found}” is masculine-coded and the ad is {coding.verdict} "
                f"({len(coding.masculine)} masculine, {len(coding.feminine)} feminine words)",
                replacement=match_case(neutral, found) if neutral else None,
            )
        )
    return hits


_CODED = [
    "Aggressive", "aggressive", "AGGRESSIVE", "self-driven", "driven", "Driven", "co-lead",
    "lead", "Leader", "dominant", "Dominate", "İndependent", "battle-tested", "decisive",
    "support", " ", "-", "‐", ", ", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CODED), max_size=40).map("".join))
def test_gender_hits_worded_once_per_text_are_those_worded_afresh(text: str) -> None:
    doc = AdDocument.read(text, None)
    coded = coded_english(doc.text, doc.scan)
    coding = gender_coding(coded)
    assert gender_hits(doc, coded, coding) == _gender_hits_word_by_word(doc, coded, coding)


def test_gender_hits_on_the_corpus_ads_are_those_worded_afresh() -> None:
    found = 0
    for path in sorted((DATA / "ads").glob("en-*.md")):
        doc = AdDocument.read(path.read_text(encoding="utf-8"), None)
        coded = coded_english(doc.text, doc.scan)
        coding = gender_coding(coded)
        hits = gender_hits(doc, coded, coding)
        assert hits == _gender_hits_word_by_word(doc, coded, coding)
        found += len(hits)
    assert found >= 20  # masculine-coded ads are among them (20 hits today)
