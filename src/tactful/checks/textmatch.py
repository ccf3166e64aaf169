"""Matching phrases in an email without losing offsets: a same-length folded copy of the text.

`fold` maps each character to one character (accents dropped, curly quotes and apostrophes made
straight, non-breaking and thin spaces made plain), so a match in the folded copy has the same
offsets in the original. Word lists are compiled into one regex per rule and language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_SAME_WIDTH = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2011": "-", "\u2010": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if (mapped := _SAME_WIDTH.get(char)) is not None:
        return mapped
    if char.isascii():
        return char
    base = unicodedata.normalize("NFD", char)
    if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return char


def fold(text: str) -> str:
    """The same text, one character for one: no accents, straight quotes, plain spaces."""
    return "".join(_fold_char(c) for c in text)


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex for many phrases. Each phrase is a small regex written naturally: a space means
    any run of whitespace, accents and curly apostrophes are folded like the text is, and the
    whole alternation is bounded by word edges."""
    parts = []
    for phrase in phrases:
        folded = fold(phrase.strip())
        parts.append(re.sub(r"(?<!\\) +", r"\\s+", folded))
    body = "|".join(f"(?:{p})" for p in parts)
    # A phrase ends at a word edge, or right after an elision: "hâte d'" + "y contribuer".
    return re.compile(rf"(?<!\w)(?:{body})(?:(?<=')|(?!\w))", flags)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text block."""
    return frozenset(text.split())


_EN_STOP = word_set(
    """
    the and to of a i you your for in is it that my with on be this as at we have are was
    would will me our about not but so if can an from or by thank thanks very
    """
)
_FR_STOP = word_set(
    """
    le la les de des du et je vous votre vos un une pour dans est que qui en au aux avec sur
    nous notre mon ma mes ce cette pas ne être suis merci bonjour cordialement à très
    """
)
_VOTE_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str:
    """'en' or 'fr', by a vote of common words (ties go to English)."""
    en = fr = 0
    for match in _VOTE_WORD_RE.finditer(text.lower()):
        word = match.group()
        en += word in _EN_STOP
        fr += word in _FR_STOP
    return "fr" if fr > en else "en"


_CONTENT_STOP = word_set(
    # English and French words too common to show that a detail was remembered.
    """
    about after again also been before being could does doing from have having here into just
    like made make more most much must only other over really same should some such than that
    their them then there these they this those very were what when where which while will
    with would your yours team company role position interview work working project projects
    thing things time people job avec avoir dans des elle elles entre etait etre leur leurs
    mais meme nous notre nos plus pour quand que quel quelle qui sans sont sous sur tous tout
    toute toutes tres vous votre vos cette ces chez comme aussi encore donc alors equipe
    entreprise poste entretien travail projet projets chose choses temps
    """
)


def stem(word: str) -> str:
    """A crude stem for lexical overlap: folded, lower case, first five letters."""
    return fold(word).lower()[:5]


def content_stems(text: str) -> list[str]:
    """Distinct stems of the words of four letters or more that are not common words."""
    seen: dict[str, None] = {}
    for match in _VOTE_WORD_RE.finditer(text):
        word = fold(match.group()).lower()
        if len(word) >= 4 and word not in _CONTENT_STOP:
            seen.setdefault(stem(word), None)
    return list(seen)


def overlap(reference: str, text: str) -> tuple[int, int]:
    """(matched, total): how many content stems of `reference` occur in `text`."""
    wanted = content_stems(reference)
    present = {stem(m.group()) for m in _VOTE_WORD_RE.finditer(text)}
    return sum(1 for s in wanted if s in present), len(wanted)


def echoes(reference: str, text: str) -> bool:
    """Whether `text` refers to `reference` by its words: at least a third of its content
    words (rounded up), and at least one."""
    matched, total = overlap(reference, text)
    if total == 0:
        return True
    return matched >= max(1, -(-total // 3))


def compose(text: str) -> tuple[str, list[int] | None]:
    """The text with decomposed accents composed ("e" + U+0301 -> "é"), and where each of its
    characters starts in `text` (plus one entry for the end); None when nothing changed.

    Each base character is composed with the combining marks that follow it, so every offset
    of the result maps back to the start of a whole character of the original."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    starts: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts.extend([i] * len(piece))
        i = j
    starts.append(len(text))
    return "".join(out), starts
