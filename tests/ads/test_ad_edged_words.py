"""AdDocument's shortcuts give what their plain definitions give: the words with an edge
character (`_edged`) on the corpora and on generated words."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import _EDGE, AdDocument, _edged


def _edged_as_first_written(words: Counter[str]) -> list[str]:
    return [w for w in words if w[0] in _EDGE or w[-1] in _EDGE]


def test_corpus_texts() -> None:
    paths = corpus_files()
    assert paths
    for path in paths:
        words = Counter(AdDocument.read(path.read_text(encoding="utf-8"))._tokens)
        assert _edged(words) == _edged_as_first_written(words)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab-'$€£%é9", min_size=1, max_size=6), max_size=12))
def test_generated_words(words: list[str]) -> None:
    counts = Counter(words)
    assert _edged(counts) == _edged_as_first_written(counts)
