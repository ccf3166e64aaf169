"""Readability computed here over pyphen's hyphenation dictionaries (no downloads at run time).

English: Flesch reading ease (Flesch 1948) and Flesch-Kincaid grade (Kincaid et al. 1975).
French: Kandel & Moles (1958), Flesch's formula refitted to French, and the same grade formula,
reported for comparison only.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tactful.text.regex_cache import remember
from tactful.text.tokens import WORD_RE, count_words, sentence_spans

_VOWEL_GROUPS_RE = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]+", re.IGNORECASE)
_PYPHEN_LANG = {"en": "en_US", "fr": "fr_FR"}


@dataclass(frozen=True, slots=True)
class Readability:
    reading_ease: float
    grade: float
    words: int
    sentences: int
    syllables: int
    long_sentences: int
    """Sentences over 25 words (English) or 30 (French): the usual plain-language limits."""


@lru_cache(maxsize=4)
def _dictionary(lang: str) -> object:
    import pyphen

    name = _PYPHEN_LANG.get(lang, "en_US")
    with contextlib.suppress(Exception):  # pyphen's internals differ: it parses, as usual
        _load_patterns(pyphen, name)
    return pyphen.Pyphen(lang=name)


def _load_patterns(pyphen: Any, name: str) -> None:
    """Put pyphen's parsed dictionary for `name` in its cache, from the compiled matchers'
    store (tactful.text.regex_cache) when an earlier run kept it: parsing the dictionary costs
    more than checking an email."""
    path = pyphen.LANGUAGES[pyphen.language_fallback(name)]
    if path in pyphen.hdcache:
        return

    def parse() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
        parsed = pyphen.HyphDict(path)
        pyphen.hdcache[path] = parsed
        plain = all(type(v) is int for _, values in parsed.patterns.values() for v in values)
        return (parsed.patterns, parsed.maxlen) if plain else None

    data = remember(("pyphen", name, pyphen.__version__), parse)
    if data is not None and path not in pyphen.hdcache:
        loaded = pyphen.HyphDict.__new__(pyphen.HyphDict)
        loaded.patterns, loaded.maxlen = data
        loaded.cache = {}
        pyphen.hdcache[path] = loaded


@lru_cache(maxsize=50_000)
def syllables(word: str, lang: str = "en") -> int:
    """Syllables: pyphen's hyphenation points, never fewer than the vowel groups suggest."""
    lowered = word.lower()
    positions = _dictionary(lang).positions(lowered)  # type: ignore[attr-defined]
    by_hyphens = len(positions) + 1
    groups = len(_VOWEL_GROUPS_RE.findall(lowered))
    if lang == "en" and lowered.endswith("e") and groups > 1 and not lowered.endswith("le"):
        groups -= 1  # silent final e: "provide", "role"
    if lang == "fr" and lowered.endswith(("e", "es", "ent")) and groups > 1:
        groups -= 1  # mute e: "équipe", "postes", "parlent"
    return max(by_hyphens, groups, 1)


def reading_ease(words: int, sentences: int, syllables: int, lang: str = "en") -> float:
    """Flesch reading ease from counts; Kandel & Moles refit the constants for French."""
    asl, asw = words / max(sentences, 1), syllables / max(words, 1)
    if lang == "fr":
        return round(207.0 - 1.015 * asl - 73.6 * asw, 1)
    return round(206.835 - 1.015 * asl - 84.6 * asw, 1)


def readability(
    text: str, lang: str = "en", spans: list[tuple[int, int]] | None = None
) -> Readability:
    """Readability of `text`; `spans` are its sentences when the caller has them already."""
    tokens = [w for w in WORD_RE.findall(text) if not w.isdigit()]
    n_words = len(tokens)
    if spans is None:
        spans = sentence_spans(text)
    n_sentences = max(len(spans), 1)
    n_syllables = sum(syllables(w, lang) for w in tokens)
    limit = 30 if lang == "fr" else 25
    long_count = sum(1 for s, e in spans if count_words(text, s, e) > limit)
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
