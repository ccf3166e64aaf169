"""`lower`, `plain` and `fold` read a non-ASCII text through its UTF-8 bytes (tactful.text.fold):
each gives exactly what its definition gives, on generated text made of what makes them differ
(capitals with and without a lower case of their own, "İ" that lowers to two characters, the
capital sigma whose lower case depends on its neighbours, typographic characters, lone
surrogates, characters beyond U+FFFF) and on every email and ad of the corpora."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.text.fold import (
    SAME_WIDTH,
    _lower_plainly,
    fold,
    fold_and_others,
    lower,
    outside_ascii,
    plain,
)

ROOT = Path(__file__).resolve().parents[2]

_PIECES = "aZ 09\n.-'`éÉàÀœŒßẞİıΣσςΑάΆĲǅ€£–·\u00a0\u3000\u200a\u2032\ud800\udc00😀Ⅻⓐ"
texts = st.text(alphabet=st.sampled_from(_PIECES + "".join(SAME_WIDTH)), max_size=40) | st.text(
    max_size=40
)


def _plain_plainly(text: str) -> str:
    """`plain`'s definition: each typographic character replaced by its plain twin ("`" too,
    the one in ASCII)."""
    return "".join(SAME_WIDTH.get(char, char) for char in text)


def test_a_backtick_is_an_apostrophe_in_any_text() -> None:
    # an ASCII text once kept its backtick: "don`t" read apart from "don’t" unless an accent
    # elsewhere in the text sent it through the table
    assert fold("Don`t") == fold("Don\u2019t") == "don't"
    assert fold("Don`t, café") == "don't, café"
    assert plain("it`s") == "it's"


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("ΑΣ Σ")
@example("İstanbul €")
@example("\ud83d\ude00 É")
@example("a\u3000b\u2019")
def test_fold_lower_and_plain_are_their_definitions(text: str) -> None:
    assert outside_ascii(text) == "".join(char for char in text if not char.isascii())
    assert lower(text) == _lower_plainly(text)
    assert plain(text) == _plain_plainly(text)
    assert fold(text) == _plain_plainly(_lower_plainly(text))
    assert fold_and_others(text) == (fold(text), outside_ascii(text))


def test_fold_is_its_definition_on_the_corpora() -> None:
    files = [
        path
        for path in sorted((ROOT / "tests" / "data").rglob("*"))
        if path.suffix in {".txt", ".md", ".html", ".eml"}
    ]
    assert len(files) > 500  # the corpora are there
    for path in files:
        text = path.read_text("utf-8", errors="surrogateescape")
        assert fold(text) == _plain_plainly(_lower_plainly(text)), path
