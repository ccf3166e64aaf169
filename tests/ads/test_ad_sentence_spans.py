"""sentence_spans (tactful.text.tokens, read by the studio for every line of an ad) trims its
pieces with str.strip and tests for a letter or a digit with str.isalnum first: the spans must
be exactly those of the regex-based trimming it replaced (kept below as the reference), on
generated texts of end marks, spaces, abbreviations and characters of every kind."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.text.tokens import _ABBREVIATIONS, _SENTENCE_END_RE, sentence_spans

_WORD_CHAR_RE = re.compile(r"[^\W_]")
_NON_SPACE_RE = re.compile(r"\S")


def _reference(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start

    def append(begin: int, finish: int) -> None:
        if _WORD_CHAR_RE.search(text, begin, finish) is None:
            return
        first = _NON_SPACE_RE.search(text, begin, finish)
        assert first is not None
        last = finish
        while text[last - 1].isspace():
            last -= 1
        spans.append((first.start(), last))

    for match in _SENTENCE_END_RE.finditer(text, start, stop):
        mark = match.start()
        if text[mark] == "." and mark > position and text[mark - 1].isalpha():
            word_start = max(text.rfind(" ", position, mark), text.rfind("(", position, mark))
            word = text[max(word_start + 1, mark - 6) : mark].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and mark - word_start == 2):
                continue
        append(position, match.end())
        position = match.end()
    append(position, stop)
    return spans


_PIECES = st.sampled_from(
    [
        "Hello", "world", "Mr.", "e.g.", "J.", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0",
        "\u2028", "\x85", ".", "!", "?", "…", "-", "—", "•", "_", "²", "½", "é", "x", "(", ")",
        '"', "»", "9", "lower", "- item", "1.", "##",
    ]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_sentence_spans_trim_as_before(text: str) -> None:
    assert sentence_spans(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_sentence_spans_of_a_slice_trim_as_before(text: str, start: int, length: int) -> None:
    begin = min(start, len(text))
    end = min(begin + length, len(text))
    assert sentence_spans(text, begin, end) == _reference(text, begin, end)


def test_sentence_spans_on_every_character() -> None:
    # each character of the Basic Multilingual Plane alone, between words and at a line's
    # edges: str.isspace and str.isalnum agree with the regex engine's \s and [^\W_] on all
    for code in range(0x10000):
        text = f"a{chr(code)}b. {chr(code)}\n{chr(code)}"
        assert sentence_spans(text) == _reference(text)


# sentence_spans finds its breaks without scanning the text with the regex (line breaks by
# str.split, end marks by str.find, abbreviations told by their last two letters first): marks
# followed by quotes and brackets, lower-case letters after line breaks, abbreviations in any
# case, and the characters whose lower case is not one plain letter.
_BREAK_PIECES = st.sampled_from(
    [
        "a", "B", " ", "\n", "\t", ".", "!", "?", "…", '"', "'", "”", "»", ")", "]", "(", "œ",
        "÷", "ÿ", "à", "Mr", "MR", "Ms", "e.g", "E.G", "I.e", "etc", "approx", "APPROX",
        "xapprox", "p.ex", "J", "(j", "\u212a", "İ", "Σ", "\u2028", "1", "-",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_BREAK_PIECES, max_size=40).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_sentence_breaks_as_the_regex_finds_them(text: str, start: int, length: int) -> None:
    assert sentence_spans(text) == _reference(text)
    begin = min(start, len(text))
    end = min(begin + length, len(text))
    assert sentence_spans(text, begin, end) == _reference(text, begin, end)
