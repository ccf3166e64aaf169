"""The checker's fast paths give exactly what the general code they stand for gives: each is
compared with its definition on generated text (letters, accents, apostrophes, "n't", digits,
underscores, capitals, line breaks) and on every email of the labelled corpora."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.text.analysis import _PIECES, _pieces
from tactful.text.fold import key

ROOT = Path(__file__).resolve().parents[2]
# Pieces that meet every branch of the fast paths: clitics, elisions, a lone "n", accents
# that fold to ASCII and letters that do not, capitals ("İ" folds to a capital "I").
_BITS = [
    "don", "n", "'t", "n't", "o'", "'", "’", "t", "ca", "I", "İ", "é", "œ", "ß", "_", "-",
    "1", "2", " ", "  ", "\n", ".", ",", "?", "!", "a", "A", "SQL", "m'", "l'", "x", "’s",
    "Ω", "٣", "ﬁ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_BITS) | st.text(max_size=3), max_size=40).map("".join)


def _corpus() -> list[str]:
    files = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    return [f.read_text("utf-8") for f in files]


def _defined(folded: str, start: int, stop: int, lang: str) -> tuple[list[int], ...] | tuple:
    found = list(_PIECES["fr" if lang == "fr" else "en"].finditer(folded, start, stop))
    return [m.start() for m in found], [m.end() for m in found], [m.group() for m in found]


@settings(max_examples=600, deadline=None)
@given(texts, st.sampled_from(["en", "fr"]), st.integers(0, 8), st.integers(0, 8))
@example("o'don't n't nn't don't! can'tx İsn't", "en", 0, 0)
@example("I don't", "en", 0, 1)
def test_pieces_are_the_defining_regexes_tokens(
    text: str, lang: str, cut_start: int, cut_end: int
) -> None:
    for folded in (text, key(text)):
        start = min(cut_start, len(folded))
        stop = max(start, len(folded) - cut_end)
        assert _pieces(folded, start, stop, lang) == _defined(folded, start, stop, lang)


def test_pieces_of_the_corpora_are_the_defining_regexes_tokens() -> None:
    emails = _corpus()
    assert len(emails) > 100  # the corpora are there
    for text in emails:
        folded = key(text)
        for lang in ("en", "fr"):
            expected = _defined(folded, 0, len(folded), lang)
            assert _pieces(folded, 0, len(folded), lang) == expected
