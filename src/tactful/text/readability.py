"""Readability computed here over pyphen's hyphenation dictionaries (no downloads at run time).

English: Flesch reading ease (Flesch 1948) and Flesch-Kincaid grade (Kincaid et al. 1975).
French: Kandel & Moles (1958), Flesch's formula refitted to French, and the same grade formula,
reported for comparison only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import filterfalse

from tactful.text.regex_cache import remember
from tactful.text.tokens import count_words, find_words, sentence_spans
from tactful.text.values import Frozen

_VOWEL_GROUPS_RE = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]+", re.IGNORECASE)
_PYPHEN_LANG = {"en": "en_US", "fr": "fr_FR"}


class Readability(Frozen):
    """Reading ease, grade and the counts behind them."""

    __slots__ = _fields = (
        "reading_ease",
        "grade",
        "words",
        "sentences",
        "syllables",
        "long_sentences",
    )
    reading_ease: float
    grade: float
    words: int
    sentences: int
    syllables: int
    long_sentences: int
    """Sentences over 25 words (English) or 30 (French): the usual plain-language limits."""

    def __init__(
        self,
        reading_ease: float,
        grade: float,
        words: int,
        sentences: int,
        syllables: int,
        long_sentences: int,
    ) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "reading_ease", reading_ease)
        setter(self, "grade", grade)
        setter(self, "words", words)
        setter(self, "sentences", sentences)
        setter(self, "syllables", syllables)
        setter(self, "long_sentences", long_sentences)


Patterns = dict[str, str]
"""pyphen's patterns, each value written as one string: chr(48 + offset), then one digit per
value (pyphen's values are single digits). Strings load from the cache at about half the cost
of the tuples pyphen builds, and only the few patterns a word meets are decoded."""


@lru_cache(maxsize=4)
def _dictionary(lang: str) -> Callable[[str], int]:
    """How many hyphenation points pyphen finds in a lower-case word. pyphen's parsed patterns
    are kept with the compiled matchers (parsing a dictionary costs more than checking an
    email), and counted here as pyphen's `positions` counts them, so that a check imports
    pyphen (and the resource readers it imports) only when that cache is empty."""
    name = _PYPHEN_LANG.get(lang, "en_US")
    data = remember(("pyphen-points", name, _pyphen_stamp()), lambda: _parse(name))
    if data is None:  # patterns this count does not handle: ask pyphen itself
        import pyphen

        dictionary = pyphen.Pyphen(lang=name)
        return lambda word: len(dictionary.positions(word))
    patterns, longest = data
    return lambda word: _points(patterns, longest, word)


def _pyphen_stamp() -> tuple[str, int, int]:
    """Which pyphen is installed (its file, size and time), found without importing it."""
    from importlib.util import find_spec

    found = find_spec("pyphen")
    origin = (found.origin if found else None) or ""
    try:
        stat = os.stat(origin)
    except OSError:
        return origin, 0, 0
    return origin, stat.st_size, stat.st_mtime_ns


def _parse(name: str) -> tuple[Patterns, int] | None:
    import pyphen

    parsed = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback(name)])
    found: dict[str, tuple[int, tuple[int, ...]]] = parsed.patterns
    plain = all(
        type(v) is int and 0 <= v <= 9 and 0 <= offset < 1000
        for offset, values in found.values()
        for v in values
    )
    if not plain:
        return None
    patterns = {
        key: chr(48 + offset) + "".join(map(str, values)) for key, (offset, values) in found.items()
    }
    return patterns, parsed.maxlen


def _points(patterns: Patterns, longest: int, word: str) -> int:
    """How many positions `Pyphen(lang=…).positions(word)` gives: HyphDict.positions, then
    only the points at least two characters from either end (Pyphen's default `left` and
    `right`). pyphen is LGPL/MPL; this follows its code."""
    pointed = f".{word}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + longest, len(pointed)) + 1
        for j in range(i + 1, stop):
            pattern = patterns.get(pointed[i:j])
            if not pattern:
                continue
            start = i + ord(pattern[0]) - 48
            span = slice(start, start + len(pattern) - 1)
            references[span] = map(max, map(int, pattern[1:]), references[span])
    # references[i] odd: a point at i - 1, kept when 2 <= i - 1 <= len(word) - 2.
    return sum(1 for reference in references[3 : len(word)] if reference % 2)


@lru_cache(maxsize=50_000)
def syllables(word: str, lang: str = "en") -> int:
    """Syllables: pyphen's hyphenation points, never fewer than the vowel groups suggest."""
    lowered = word.lower()
    by_hyphens = _dictionary(lang)(lowered) + 1
    groups = len(_VOWEL_GROUPS_RE.findall(lowered))
    if lang == "en" and lowered.endswith("e") and groups > 1 and not lowered.endswith("le"):
        groups -= 1  # silent final e: "provide", "role"
    if lang == "fr" and lowered.endswith(("e", "es", "ent")) and groups > 1:
        groups -= 1  # mute e: "équipe", "postes", "parlent"
    return max(by_hyphens, groups, 1)


_KNOWN: dict[str, dict[str, int]] = {}
"""Per language, the syllables of the words already counted: `syllables` for every word of a
text through one dictionary look-up each (its lru_cache wants a key tuple per call)."""


def _count_syllables(tokens: list[str], lang: str) -> int:
    known = _KNOWN.get(lang)
    if known is None or len(known) > 50_000:
        known = _KNOWN[lang] = {}
    try:
        return sum(map(known.__getitem__, tokens))
    except KeyError:  # words not met yet: count them once
        for word in tokens:
            if word not in known:
                known[word] = syllables(word, lang)
        return sum(map(known.__getitem__, tokens))


def reading_ease(words: int, sentences: int, syllables: int, lang: str = "en") -> float:
    """Flesch reading ease from counts; Kandel & Moles refit the constants for French."""
    asl, asw = words / max(sentences, 1), syllables / max(words, 1)
    if lang == "fr":
        return round(207.0 - 1.015 * asl - 73.6 * asw, 1)
    return round(206.835 - 1.015 * asl - 84.6 * asw, 1)


def readability(
    text: str,
    lang: str = "en",
    spans: list[tuple[int, int]] | None = None,
    bounds: list[tuple[int, int]] | None = None,
    words: list[str] | None = None,
) -> Readability:
    """Readability of `text`; `spans` are its sentences when the caller has them already,
    `bounds`, for each of them, the fewest and the most words it can hold (from the
    caller's own tokens): a sentence these put on one side of the limit is not counted word
    by word, and `words` its words (`find_words(text)`) when the caller has them."""
    found = find_words(text) if words is None else words
    tokens = list(filterfalse(str.isdigit, found))
    n_words = len(tokens)
    if spans is None:
        spans = sentence_spans(text)
    n_sentences = max(len(spans), 1)
    n_syllables = _count_syllables(tokens, lang)
    limit = 30 if lang == "fr" else 25
    # Two words are at least one character apart, so a span shorter than 2 * limit + 1
    # characters cannot hold more than `limit` of them: most sentences are not counted.
    known = bounds if bounds is not None else [(0, limit + 1)] * len(spans)
    long_count = sum(
        1
        for (s, e), (least, most) in zip(spans, known, strict=True)
        if e - s > 2 * limit and most > limit and (least > limit or count_words(text, s, e) > limit)
    )
    if n_words == 0:
        return Readability(100.0, 0.0, 0, 0, 0, 0)
    asl = n_words / n_sentences
    asw = n_syllables / n_words
    grade = 0.39 * asl + 11.8 * asw - 15.59
    return Readability(
        reading_ease=reading_ease(n_words, n_sentences, n_syllables, lang),
        grade=round(max(grade, 0.0), 1),
        words=n_words,
        sentences=len(spans),
        syllables=n_syllables,
        long_sentences=long_count,
    )
