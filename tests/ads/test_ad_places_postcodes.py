"""places._five_digits (the shortcut _postcodes takes before its regex) says what [0-9]{5}
says: on generated texts (other scripts' digits, lone surrogates) and on the corpora."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.places import _FIVE_DIGITS_RE, _five_digits, _postcodes

FIVE = re.compile(r"[0-9]{5}")


def _same(text: str) -> None:
    assert _five_digits(text) == (FIVE.search(text) is not None)
    if not _five_digits(text):
        assert _FIVE_DIGITS_RE.search(text) is None


def test_corpus_texts() -> None:
    texts = corpus_files(".md", ".txt", ".html")
    assert texts
    found = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        _same(text)
        found += bool(_postcodes(text))
    assert found  # some corpus ads hold a postcode: the regex still runs there


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="0123456789 a\u0660\u0661\u00b2\uff10\ud800é€", max_size=30))
def test_generated_texts(text: str) -> None:
    _same(text)


def test_examples() -> None:
    assert _five_digits("69760 Limonest")
    assert not _five_digits("6976 0")
    assert not _five_digits("\u0660" * 5)  # Arabic-Indic digits: not [0-9]
    assert _postcodes("Paris 75007") == ["Paris 75007"]
