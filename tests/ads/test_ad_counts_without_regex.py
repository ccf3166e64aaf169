"""The rule layer's counts and keys read without a regex give what the regex gives: numbers and
vowel groups of the reading ease (on the ASCII form of the text), and the look-up key of a
phrase (`normalize`, on ASCII phrases); and the "able to" rule skips its regex only when the
regex cannot match."""

from __future__ import annotations

import re

from clarity_reference import mute_e_en, vowel_groups
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.detect import ABLE_TO_SCAN_RE
from tactful.ads.lexicon import SEPARATOR, normalize, stream
from tactful.ads.rules.clarity import _ACCENTED, DIGITS, MUTE_E_EN, ascii_form, numbers
from tactful.text.fold import fold

_DIGITS_RE = re.compile(DIGITS)
_MUTE_E_EN_RE = re.compile(MUTE_E_EN)
_SEPARATOR_RE = re.compile(SEPARATOR)
_TEXT = st.text(alphabet="0123456789.,, aeiouyAEbcxz\n\t-'éèàœ€–·١ÿ?", max_size=40)


def _vowel_groups_as_first_written(folded: str, lang: str) -> int:
    text = folded
    if not text.isascii():
        for char in _ACCENTED:
            if char in text:
                text = text.replace(char, "a" if lang == "fr" else " ")
        text = text.encode("ascii", "replace").decode("ascii")
    table = str.maketrans({**{chr(c): " " for c in range(128)}, **dict.fromkeys("aeiouy", "a")})
    return len(text.translate(table).split())


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from(["en", "fr"]))
def test_numbers_and_vowel_groups_are_the_regex_counts(text: str, lang: str) -> None:
    folded = fold(text)
    plain = ascii_form(folded, lang)
    assert len(plain) == len(folded)
    assert numbers(plain) == len(_DIGITS_RE.findall(folded))
    assert vowel_groups(plain) == _vowel_groups_as_first_written(folded, lang)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="makeroltchn e\n'-éèœ€–·Ē", max_size=30))
def test_silent_endings_of_english_are_those_of_the_ascii_form(text: str) -> None:
    folded = fold(text)
    plain = ascii_form(folded, "en")
    assert _MUTE_E_EN_RE.findall(plain) == _MUTE_E_EN_RE.findall(folded)
    assert mute_e_en(plain) == len(_MUTE_E_EN_RE.findall(folded))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab Z-,/&`'\t\n\x1c\x1f\x0b.é\u00a0", max_size=20))
def test_normalize_is_the_regex_key(phrase: str) -> None:
    assert normalize(phrase) == _SEPARATOR_RE.sub(" ", fold(phrase)).strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["must", "be", "abl", "e", "able", " to", " ", "\t", "lift"])))
def test_the_able_to_regex_finds_nothing_without_able(pieces: list[str]) -> None:
    scan = stream(fold("".join(pieces)))
    if "able" not in scan:
        assert ABLE_TO_SCAN_RE.search(scan) is None
