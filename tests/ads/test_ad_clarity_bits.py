"""The reading ease's counts read as bits of one big integer (tactful.ads.rules.clarity.
voiced_groups_and_numbers) are those of their plain definitions: vowel_groups less mute_e_en
(English), vowel_groups (French), and numbers, on the corpora and on generated texts."""

from __future__ import annotations

from clarity_reference import mute_e_en, vowel_groups
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import AdDocument
from tactful.ads.rules.clarity import ascii_form, numbers, voiced_groups_and_numbers
from tactful.text.fold import fold


def _plain_counts(plain: str, lang: str) -> tuple[int, int]:
    silent = mute_e_en(plain) if lang == "en" else 0
    return vowel_groups(plain) - silent, numbers(plain)


def test_corpus_texts() -> None:
    paths = corpus_files()
    assert paths
    for path in paths:
        folded = AdDocument.read(path.read_text(encoding="utf-8")).folded
        for lang in ("en", "fr"):
            plain = ascii_form(folded, lang)
            assert voiced_groups_and_numbers(plain, lang) == _plain_counts(plain, lang)


def test_words() -> None:
    for text, counts in [
        ("", (0, 0)),
        ("make a rose", (3, 0)),
        ("the little chance", (4, 0)),
        ("e 1.5 .5 1..2 a,1 40,000.", (2, 5)),
        ("role12 ace,", (3, 1)),
        # runs of marks past _MARKS_IN_A_ROW: counted the plain way (the bit rounds would be
        # one per mark, quadratic over a megabyte of "1......")
        ("1....2 ,,,,,3 4.....5 a", (1, 3)),
        ("1" + "." * 100_000 + "2 3", (0, 2)),
    ]:
        assert voiced_groups_and_numbers(text, "en") == _plain_counts(text, "en") == counts


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="0123456789.,, aeiouylbcxzkm\n\t-'?AEé€œ", max_size=40),
    st.sampled_from(["en", "fr"]),
)
def test_generated_texts(text: str, lang: str) -> None:
    plain = ascii_form(fold(text), lang)
    assert voiced_groups_and_numbers(plain, lang) == _plain_counts(plain, lang)
