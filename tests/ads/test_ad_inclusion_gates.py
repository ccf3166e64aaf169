"""The inclusion rules' shortcuts give what their plain definitions give: ages_at (the two-digit
numbers found on the stream's bytes) is TWO_DIGITS from 14 to 79, and marks_genders (the title's
regex searched only when it holds one of _MARKER_SIGNS) is _MARKER_RE."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.detect import TWO_DIGITS
from tactful.ads.document import AdDocument
from tactful.ads.rules.inclusion import _MARKER_RE, ages_at, marks_genders

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
    texts = sorted(DATA.rglob("*.md")) + sorted(DATA.rglob("*.txt"))
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
    for path in sorted(DATA.rglob("*.md")) + sorted(DATA.rglob("*.txt")):
        doc = AdDocument.read(path.read_text(encoding="utf-8"))
        for line in doc.folded.split("\n")[:5]:
            assert marks_genders(line) == (_MARKER_RE.search(line) is not None), path
    for title in ("Développeur H/F", "développeur·se", "Chef(fe) de projet", "Data Analyst"):
        assert marks_genders(title.lower()) == (title != "Data Analyst")
