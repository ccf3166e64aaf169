"""The phrases searched without IGNORECASE in the lower-case twin of an ASCII text find what
the case-blind regex finds in the text itself, at the same offsets (`without_case`)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.checks.rule import PhraseRule, registered_rules
from tactful.text.phrases import without_case


def _phrase_rules() -> list[PhraseRule]:
    return [rule for rule in registered_rules() if isinstance(rule, PhraseRule)]


def _words() -> list[str]:
    """The words the phrase regexes are made of, so generated texts meet their matches."""
    found: set[str] = set()
    for rule in _phrase_rules():
        for phrases in rule.phrases.values():
            for phrase in phrases:
                found.update(re.findall(r"[a-z']+", phrase))
    return sorted(found)


_BITS = [*_words(), " ", "  ", "\n", ".", ",", "'", "-", "?", "my", "i", "I've", "1"]
_cased = st.tuples(st.sampled_from(_BITS), st.sampled_from(["lower", "upper", "title", "swapcase"]))
texts = st.lists(
    _cased.map(lambda pair: getattr(pair[0], pair[1])()) | st.text("aZ' -.\n", max_size=3),
    max_size=30,
).map(" ".join)


def test_most_phrase_rules_have_a_caseless_twin() -> None:
    twins = [rule.caseless(lang) for rule in _phrase_rules() for lang in ("en", "fr")]
    assert sum(twin is not None for twin in twins) >= len(twins) - 2


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 10), st.integers(0, 10))
@example("THANK YOU for MEETING with me", 0, 0)
@example("I'm EXCITED about it; My four Years", 2, 1)
def test_caseless_twin_finds_what_the_case_blind_regex_finds(
    text: str, cut_start: int, cut_end: int
) -> None:
    start = min(cut_start, len(text))
    stop = max(start, len(text) - cut_end)
    for rule in _phrase_rules():
        for lang in ("en", "fr"):
            twin = rule.caseless(lang)
            if twin is None:
                continue
            slow = rule.pattern(lang).search(text, start, stop)
            fast = twin.search(text.lower(), start, stop)
            assert (fast and fast.span()) == (slow and slow.span()), (rule.id, lang, text)


def test_no_twin_where_case_blindness_reaches_past_ascii_or_capitals() -> None:
    assert without_case(re.compile("kelvin", re.I)) is not None
    assert without_case(re.compile("\u212a", re.I)) is None  # the Kelvin sign matches "k"
    assert without_case(re.compile("[A-C]x", re.I)) is None
    assert without_case(re.compile(r"\x41", re.I)) is None  # "A", written as an escape
    assert without_case(re.compile("(?-i:ab)c", re.I)) is None
    assert without_case(re.compile("(?i)abc")) is None
    assert without_case(re.compile("abc")) is None  # not case-blind: nothing to gain
    twin = without_case(re.compile(r"(?<!\w)th(a)?nx\s+[a-z]+\b", re.I))
    assert twin is not None
    assert twin.flags & re.I == 0
