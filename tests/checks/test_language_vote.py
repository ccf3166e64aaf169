"""The language vote, counted in one pass (English's votes less French's), decides as the
two counts it stands for do."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.text.language import (
    _CLITICS,
    _ELIDED,
    EN_WORDS,
    FR_WORDS,
    MAX_WORDS,
    language_of_words,
)

_FRENCH_LETTER_RE = re.compile("[éèêçùûœ]")
"""The accented letters that vote French, as a class (language_of_words counts them with str
methods)."""


def _counted(words: list[str], folded: str) -> str:
    """The vote as two counts (its definition)."""
    en = sum(word in EN_WORDS for word in words)
    fr = sum(word in FR_WORDS for word in words)
    if not folded.isascii():
        fr += len(_FRENCH_LETTER_RE.findall(folded, 0, MAX_WORDS * 12))
    for word in words:
        if "'" in word:
            head, _, tail = word.partition("'")
            fr += head in _ELIDED
            en += tail in _CLITICS
    return "fr" if fr > en else "en"


_WORDS = [*sorted(EN_WORDS | FR_WORDS), "qu'il", "don't", "it's", "l'x", "x'll", "'", "é", "ok"]


def test_the_lists_share_no_word() -> None:
    assert not EN_WORDS & FR_WORDS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=30), st.text(max_size=8))
@example(["the", "le"], "")
@example(["qu'il", "it's"], "é")
def test_one_pass_vote_is_the_two_counts(words: list[str], extra: str) -> None:
    folded = " ".join(words) + extra
    assert language_of_words(words, folded) == _counted(words, folded)
    assert language_of_words(iter(words), folded) == _counted(words, folded)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="éèêçùûœe x", max_size=40), st.integers(0, 40))
def test_french_letters_are_counted_up_to_the_bound(around: str, shift: int) -> None:
    """The French letters are counted in the first MAX_WORDS * 12 characters, as the regex
    given that bound counts them: texts that hold them on both sides of it."""
    folded = "x" * (MAX_WORDS * 12 - shift) + around
    words = ["the"] * (len(_FRENCH_LETTER_RE.findall(folded, 0, MAX_WORDS * 12)) - 1)
    assert language_of_words(words, folded) == _counted(words, folded)
    assert language_of_words([*words, "the"], folded) == _counted([*words, "the"], folded)
