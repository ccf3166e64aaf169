"""The English mute-e count without a regex (clarity_reference.mute_e_en) is the
number of matches of its pattern (MUTE_E_EN), on the corpora and on generated ASCII texts."""

from __future__ import annotations

import re

from clarity_reference import mute_e_en
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import AdDocument
from tactful.ads.rules.clarity import MUTE_E_EN, ascii_form

MUTE_E_EN_RE = re.compile(MUTE_E_EN)


def test_corpus_texts() -> None:
    paths = corpus_files()
    assert paths
    for path in paths:
        for lang in ("en", "fr"):
            plain = ascii_form(AdDocument.read(path.read_text(encoding="utf-8")).folded, lang)
            assert mute_e_en(plain) == len(MUTE_E_EN_RE.findall(plain))


def test_words() -> None:
    for text, count in [
        ("make a rose", 2),
        ("a role", 0),
        ("the little", 0),
        ("chance", 1),
        ("e", 0),
        ("ae", 0),
    ]:
        assert mute_e_en(text) == len(MUTE_E_EN_RE.findall(text)) == count


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_any_ascii_text(text: str) -> None:
    assert mute_e_en(text) == len(MUTE_E_EN_RE.findall(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeiouylbcdkrstzE -'1_?\n", max_size=40))
def test_texts_of_vowels_consonants_and_ends(text: str) -> None:
    assert mute_e_en(text) == len(MUTE_E_EN_RE.findall(text))
