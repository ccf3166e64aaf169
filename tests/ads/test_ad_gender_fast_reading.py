"""The English gender reader's fast reading (pieces read on the text itself, lower-cased one at
a time) finds exactly what the reading as first written finds (the whole text lower-cased,
every piece walked a character at a time), on texts made of the pieces that make them differ:
capitals, hyphenated whole words, separators, typographic dashes and apostrophes, and the two
characters whose lower case is not one character outside ASCII (İ, the Kelvin sign)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.gender import (
    HYPHENATED_WHOLE,
    _separates,
    coded_english,
    lexicon,
    published_words,
    stem_starts,
)
from tactful.ads.lexicon import stream
from tactful.text.fold import fold, lower, plain

_PIECES = st.sampled_from(
    [
        "lead", "Leader", "ACTIVE", "compet", "support", "co-operat", "Co-Operative", "SELF-",
        "self-confident", "inter-personal", "Inter-", "x", " ", "-", "'", "’", "–", "é", "·",
        "#", "_", "ambitio", "n", "s", "head-strong", "\n", "ive", "İ", "\u212a", "K",
        "sharepoint", "interpersonal", ".", "&", "`", "\u00a0", "€", "+", "Σ", "ſ",
    ]
)  # fmt: skip


def _as_first_written(text: str) -> list[tuple[int, int, str]]:
    """`coded_english` as it was first written: the text lower-cased, then walked."""
    lex = lexicon("en")
    lowered = lower(text)
    size = len(lowered)
    found: dict[int, tuple[int, int, str]] = {}
    for prefix in HYPHENATED_WHOLE:
        position = lowered.find(prefix)
        while position >= 0:
            if position == 0 or _separates(lowered[position - 1]):
                end = position + len(prefix)
                while end < size and not _separates(lowered[end]):
                    end += 1
                found[position] = (position, end, lowered[position:end])
            position = lowered.find(prefix, position + 1)
    for piece_start in stem_starts(stream(plain(lowered))):
        start = end = piece_start - 1
        while start > 0 and not _separates(lowered[start - 1]) and lowered[start - 1] != "-":
            start -= 1
        while end < size and not _separates(lowered[end]) and lowered[end] != "-":
            end += 1
        piece = lowered[start:end]
        if start in found or piece in lex.exceptions or not piece.startswith(lex.stems):
            continue
        word_start = start
        while word_start > 0 and not _separates(lowered[word_start - 1]):
            word_start -= 1
        if lowered.startswith(HYPHENATED_WHOLE, word_start) or (
            word_start < start and lowered[word_start] == "-"
        ):
            continue
        found[start] = (start, end, piece)
    return [found[k] for k in sorted(found)]


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_coded_english_reads_as_first_written(text: str) -> None:
    fast = [(w.start, w.end, w.word) for w in coded_english(text, stream(fold(text)))]
    assert fast == _as_first_written(text)
    assert [(w.start, w.end, w.word) for w in coded_english(text)] == fast


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES.filter(lambda p: p not in ("İ", "\u212a")), max_size=25).map("".join))
def test_coded_english_reads_as_the_published_words(text: str) -> None:
    lex = lexicon("en")
    slow = [
        (start, end, word)
        for start, end, word in published_words(text)
        if word not in lex.exceptions and word.startswith(lex.masculine + lex.feminine)
    ]
    assert [(w.start, w.end, w.word) for w in coded_english(text)] == slow
