"""Phrases written as small regexes, matched on the accent-folded copy of a text (same offsets).

Used where a short fixed list says it best: greetings and sign-offs, headings. Meanings that
vary with tense, person and word order are patterns over lemmas (tactful.text.patterns).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.text.fold import fold_accents


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex for many phrases. Each phrase is a small regex written naturally: a space means
    any run of whitespace, accents and curly apostrophes are folded like the text is, and the
    whole alternation is bounded by word edges."""
    parts = []
    for phrase in phrases:
        folded = fold_accents(phrase.strip())
        parts.append(re.sub(r"(?<!\\) +", r"\\s+", folded))
    body = "|".join(f"(?:{p})" for p in parts)
    # A phrase ends at a word edge, or right after an elision: "hâte d'" + "y contribuer".
    return re.compile(rf"(?<!\w)(?:{body})(?:(?<=')|(?!\w))", flags)
