"""Word-list rules of the inclusion and culture categories, found in one scan per language.

A phrase found inside an equal-opportunity sentence ("regardless of marital status",
"quelle que soit votre origine") is not a finding: naming a ground in order to exclude
discrimination on it is the opposite of what the rules look for.
"""

from __future__ import annotations

from functools import lru_cache

from tactful.ads.detect import EEO_RE
from tactful.ads.document import AdDocument
from tactful.ads.lexicon import PhraseSet, match_case
from tactful.ads.rules import words_en, words_fr
from tactful.ads.rules.base import Hit
from tactful.text.values import keep

IGNORED = "-"
"""A replacement of "-" marks a phrase that is never a finding ("young company")."""
_EEO_EXEMPT = frozenset({"age", "disability", "origin", "family-status", "appearance"})


@lru_cache(maxsize=2)
def phrase_set(lang: str) -> PhraseSet:
    module = words_fr if lang == "fr" else words_en
    entries = [
        (rule, phrase, replacement)
        for table in (module.INCLUSION, module.CULTURE)
        for rule, pairs in table.items()
        for phrase, replacement in pairs
    ]
    return PhraseSet(entries)


def phrase_hits(doc: AdDocument, lang: str) -> list[Hit]:
    hits: list[Hit] = []
    text = doc.text
    worded = _worded
    for start, end, entry in phrase_set(lang).finditer(doc.scan):
        if entry.replacement == IGNORED:
            continue
        if entry.rule in _EEO_EXEMPT and doc.sentence_matches(EEO_RE, start):
            continue
        found = text[start:end]
        key = (found, entry.replacement)
        words = worded.get(key)
        if words is None:
            words = _wording(found, entry.replacement)
            keep(worded, key, words, _WORDED_TEXTS)
        hits.append(Hit(entry.rule, start, end, replacement=words[0], message=words[1]))
    return hits


def _wording(found: str, replacement: str | None) -> tuple[str | None, str]:
    """A finding's replacement (in the case of the words found) and its message."""
    if replacement is not None:
        replacement = match_case(replacement, found)
    return replacement, f"“{' '.join(found.split())}”: {{message}}"


_worded: dict[tuple[str, str | None], tuple[str | None, str]] = {}
"""`_wording` of the texts found lately: ads repeat their phrases, and share them."""
_WORDED_TEXTS = 4096
"""How many texts `_worded` keeps (then it starts over: a megabyte could grow it without end)."""
