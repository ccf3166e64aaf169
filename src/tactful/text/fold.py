"""One fold table for every matcher: text made comparable without losing offsets.

Each function but `strip_accents` maps one character to one character, so a match found in the
folded copy has the same offsets in the original: typographic apostrophes, quotes, dashes and
spaces become plain ones (`plain`), then case (`fold`, what the ad studio scans) or accents too
(`fold_accents`, what the email checker scans; `key`, what words are compared by).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

SAME_WIDTH: dict[str, str] = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ",
    "\u2003": " ", "\u2008": " ", "\u200a": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u2027": "·", "\u2022": "·", "\u22c5": "·",
}  # fmt: skip
"""Typographic characters and their plain twins (one character each)."""
_PAIRS = tuple(SAME_WIDTH.items())


def plain(text: str) -> str:
    """Plain apostrophes, quotes, dashes and spaces; same length."""
    if text.isascii():
        return text
    # str.translate is slow on non-ASCII text; a few replace() calls are not
    for char, mapped in _PAIRS:
        if char in text:
            text = text.replace(char, mapped)
    return text


def lower(text: str) -> str:
    """Lower case, one character for one ("İ".lower() is two characters: it stays as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def fold(text: str) -> str:
    """Lower case with plain punctuation; accents kept. Same length."""
    return plain(lower(text))


@lru_cache(maxsize=4096)
def _bare(char: str) -> str:
    base = unicodedata.normalize("NFD", char)
    if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return char


_ACCENT_TABLE: dict[int, str] | None = None


def _accent_table() -> dict[int, str]:
    """Latin letters with marks -> bare letters, for the Latin-1 and Latin Extended-A blocks
    (built on first use, not at import)."""
    global _ACCENT_TABLE
    if _ACCENT_TABLE is None:
        table: dict[int, str] = {}
        for code in range(0xC0, 0x250):
            bare = _bare(chr(code))
            if bare != chr(code):
                table[code] = bare
        _ACCENT_TABLE = table
    return _ACCENT_TABLE


def fold_accents(text: str) -> str:
    """Plain punctuation and no accents ("Désolée" -> "Desolee"); case kept. Same length."""
    text = plain(text)
    if text.isascii():
        return text
    text = text.translate(_accent_table())
    if text.isascii():
        return text
    return "".join(c if c.isascii() else _bare(c) for c in text)


def key(text: str) -> str:
    """How words are compared: lower case, plain punctuation, no accents. Same length."""
    return fold_accents(lower(text))


def strip_accents(text: str) -> str:
    """The text without its accents and other combining marks: 'Écrivez' -> 'Ecrivez'
    (decomposed marks are dropped too, so the length may change)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
