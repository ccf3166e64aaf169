"""Gender-coded wording, by the method of Gaucher, Friesen & Kay (2011).

Every occurrence of a word that starts with a stem of the list counts (a word is a run of
letters and digits, with inner hyphens and apostrophes: "self-confident", "leader's"; a
hyphenated word that does not start with a stem is looked at part by part, so "team-leading"
counts "leading"). Words that start with an entry of `non_coded_exceptions` never count.
English uses the `extended` list of the project reference (data/gendered-wording.json); French
uses a list written for tactful (data/gendered-wording-fr.json). The verdict follows the
reference's `verdict_rule`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from tactful.ads.lexicon import WORD_CHAR, trie_pattern
from tactful.ads.model import GenderCoding

WORD_TAIL = rf"{WORD_CHAR}*(?:[-']{WORD_CHAR}+)*"
SOURCE_EN = (
    "Gaucher, Friesen & Kay (2011), Evidence that gendered wording in job advertisements exists "
    "and sustains gender inequality, J. Pers. Soc. Psychol. 101(1):109-128, "
    "doi:10.1037/a0022530 (extended word list of open job-ad decoders)"
)
SOURCE_FR = (
    "Gaucher, Friesen & Kay (2011), doi:10.1037/a0022530; French stems written for tactful "
    "(data/gendered-wording-fr.json), not validated by a French study"
)


@dataclass(frozen=True, slots=True)
class GenderLexicon:
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    exceptions: tuple[str, ...]
    after_space: re.Pattern[str]
    after_hyphen: re.Pattern[str]
    source: str


@dataclass(frozen=True, slots=True)
class CodedWord:
    start: int
    end: int
    word: str
    masculine: bool
    feminine: bool


def _read(name: str) -> dict[str, Any]:
    text = resources.files("tactful.ads").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=2)
def lexicon(lang: str) -> GenderLexicon:
    if lang == "fr":
        data = _read("gendered-wording-fr.json")
        masculine, feminine = data["masculine"], data["feminine"]
        exceptions, source = data["non_coded_exceptions"], SOURCE_FR
    else:
        extended = _read("gendered-wording.json")["extended"]
        masculine, feminine = extended["masculine"], extended["feminine"]
        exceptions, source = extended["non_coded_exceptions"], SOURCE_EN
    stems = [f"{s}*" for s in (*masculine, *feminine, *exceptions)]
    trie = trie_pattern(stems, WORD_TAIL, literal=True)
    return GenderLexicon(
        tuple(s.lower() for s in masculine),
        tuple(s.lower() for s in feminine),
        tuple(s.lower() for s in exceptions),
        re.compile(f" ({trie})"),
        re.compile(f"-({trie})"),
        source,
    )


def coded_words(scan: str, lang: str) -> list[CodedWord]:
    """Coded words of a scanning stream (tactful.ads.lexicon.stream), in order, with offsets
    into the folded text.

    Words are found after a space; parts of hyphenated words are found after their hyphen,
    unless they belong to a hyphenated word that starts with a stem and so counts whole."""
    lex = lexicon(lang)
    whole = [(m.start(1), m.end(1)) for m in lex.after_space.finditer(scan)]
    spans = list(whole)
    if "-" in scan:
        ends = {e for _, e in whole}
        starts = sorted(whole)
        for match in lex.after_hyphen.finditer(scan):
            start, end = match.start(1), match.end(1)
            if end in ends and any(s <= start < e for s, e in starts):
                continue
            spans.append((start, end))
        spans.sort()
    found: list[CodedWord] = []
    for start, end in spans:
        word = scan[start:end]
        if word.startswith(lex.exceptions):
            continue
        masculine = word.startswith(lex.masculine)
        feminine = word.startswith(lex.feminine)
        if masculine or feminine:
            found.append(CodedWord(start - 1, end - 1, word, masculine, feminine))
    return found


def verdict(masculine: int, feminine: int) -> str:
    score = feminine - masculine
    if score == 0:
        return "neutral" if masculine or feminine else "empty"
    if score > 3:
        return "strongly feminine-coded"
    if score > 0:
        return "feminine-coded"
    if score < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


def gender_coding(words: list[CodedWord]) -> GenderCoding:
    masculine = tuple(w.word for w in words if w.masculine)
    feminine = tuple(w.word for w in words if w.feminine)
    return GenderCoding(verdict(len(masculine), len(feminine)), masculine, feminine)
