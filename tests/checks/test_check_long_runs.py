"""Four readings of the checker that cost the square of a long run now cost its length, and
find what they found: the surnames in capitals (read back through a chain of capitals, once per
token: 7,000 capitals in a row overflowed Python's stack, a traceback), the placeholder's
lookahead (read to the line's end at every "[": 20,000 of them took 4 s, 200,000 minutes) and
the pressure rule's reading of the sentence around each match and the demand rule's look for an
offer in the whole email (searched again at every match: 20,000 characters of "urgent urgent …"
took 4.6 s), now asked of the email, which searches each stretch once (`Email.occurs`). Each
is compared with its definition as first written, kept here. How long the long runs take is
measured in bench/bench_ads.py's megabyte cases, not timed here."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.checks import check_email
from tactful.checks.rule import Email
from tactful.checks.rules_form import _CIVILITY, _is_caps, _surnames
from tactful.checks.rules_pressure import _OTHER_EMPLOYER, _THEIR_DATE, _in_sentence
from tactful.checks.rules_verdict import _PLACEHOLDER_RE
from tactful.text.tokens import Token, words


def _is_surname_as_written(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1]
    if "\n" in text[before.end : tokens[i].start]:
        return False
    word = before.text
    titled = len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").islower()
    if not (
        titled
        or word.lower() in _CIVILITY
        or (_is_caps(before) and i > 1 and _is_surname_as_written(text, tokens, i - 1))
    ):
        return False
    line_end = text.find("\n", tokens[i].end)
    rest = text[tokens[i].end : line_end if line_end >= 0 else len(text)]
    return not re.search(r"[^\W\d_]", rest) or rest.lstrip().startswith((",", "-", "("))


_NAME_BITS = st.sampled_from(
    ["Claire", "Madame", "mme", "Jean-Pierre", "MARTIN", "DURAND", "DE", "LA", "A", "É", "ÉLODIE",
     "x", "merci", "THANK", "YOU", " ", "  ", "\n", "\t", ",", "-", "(", ")", ".", "!", "1", "_"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(
    st.lists(_NAME_BITS, max_size=30).map(" ".join) | st.lists(_NAME_BITS, max_size=30).map("".join)
)
@example("Bonjour Madame DURAND,\nClaire MARTIN DUPONT-DURAND (RH)\nMERCI BEAUCOUP")
def test_surnames_are_those_of_the_chain_read_back(text: str) -> None:
    tokens = words(text)
    expected = [_is_surname_as_written(text, tokens, i) for i in range(len(tokens))]
    assert _surnames(text, tokens) == expected


_PLACEHOLDER_AS_WRITTEN = re.compile(
    r"\[(?!sic\])(?=[^\]\n]*[^\W\d_])[^\[\]\n]{1,60}\](?!\()|\{\{[^{}\n]{1,60}\}\}|<<[^<>\n]{1,60}>>"
    r"|\{(?<!\{\{)[^\W\d][\w .-]{0,40}\}(?!\})"
    r"|<(?-i:[A-Z][A-Z0-9_ -]{1,40})>|\b(?-i:XXX+|TODO)\b",
    re.IGNORECASE,
)
_BRACKET_BITS = st.sampled_from(
    ["[", "]", "[[", "]]", "sic", "SIC]", "name", "x", "1", "_", " ", "\n", "(", "{{", "}}", "<<",
     ">>", "é", "...", "a" * 30, "9" * 30, "{", "}", "<", ">", "NAME", "XXX", "TODO"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_BRACKET_BITS, max_size=30).map("".join))
@example("[" + "9" * 59 + "a]")
@example("[" + "9" * 60 + "a]")
def test_placeholders_are_those_of_the_unbounded_lookahead(text: str) -> None:
    found = [(m.start(), m.end()) for m in _PLACEHOLDER_RE.finditer(text)]
    assert found == [(m.start(), m.end()) for m in _PLACEHOLDER_AS_WRITTEN.finditer(text)]


def test_a_long_chain_of_capitals_is_read_without_a_traceback() -> None:
    report = check_email("Bonjour,\n" + "DURAND " * 8_000 + "\nMerci", kind="status")
    assert report.findings  # read to its end: before, Python's stack overflowed


def _sentence_as_written(text: str, offset: int) -> str:
    """The sentence around `offset` as first written, with "?" ending it after the offset too
    (it ended it only before: the one change of meaning, see _in_sentence)."""
    left = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset), text.rfind("?", 0, offset))
    ends = (text.find(".", offset), text.find("\n", offset), text.find("?", offset))
    right_candidates = [p for p in ends if p >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


_SENTENCE_BITS = st.sampled_from(
    [".", "?", "!", "\n", " ", "as you mentioned", "you said", "another company", "elsewhere",
     "by Friday", "urgent", "x", "é", "comme convenu", "une autre entreprise", "ailleurs"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_BITS, max_size=25).map("".join), st.sampled_from(["en", "fr"]))
def test_each_sentence_searched_once_is_the_sentence_around_each_offset(
    text: str, lang: str
) -> None:
    email = Email(text, lang, "status")
    for pattern in (_THEIR_DATE[lang], _OTHER_EMPLOYER[lang]):
        for offset in range(len(text) + 1):
            expected = pattern.search(_sentence_as_written(email.folded, offset)) is not None
            assert _in_sentence(email, pattern, offset) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_BITS, max_size=25).map("".join), st.data())
def test_a_stretch_searched_once_is_the_stretch_searched(text: str, data: st.DataObject) -> None:
    email = Email(text, "en", "status")
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern in (_THEIR_DATE["en"], _OTHER_EMPLOYER["fr"], re.compile(r"^as\b|\by$")):
        expected = pattern.search(email.folded[start:end]) is not None
        assert email.occurs(pattern, start, end) == expected
        assert email.occurs(pattern, start, end) == expected  # the second answer is remembered
        assert email.occurs(pattern) == (pattern.search(email.folded) is not None)
    for marks in (".\n?", ".\n", "x"):
        assert email.stops(marks) == [i for i, c in enumerate(email.folded) if c in marks]
