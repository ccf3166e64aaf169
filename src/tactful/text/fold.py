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
_PAIRS_ASCII = tuple((char, mapped, char.isascii()) for char, mapped in _PAIRS)


def plain(text: str) -> str:
    """Plain apostrophes, quotes, dashes and spaces; same length."""
    if text.isascii():  # "`" is the one typographic character in ASCII
        return text.replace("`", "'") if "`" in text else text
    return _plain(text, outside_ascii(text))


def _plain(text: str, others: str) -> str:
    """`plain(text)`, where `others` is `outside_ascii(text)`: each typographic character is
    looked for among those few characters, not in the whole text."""
    # str.translate is slow on non-ASCII text; a few replace() calls are not
    for char, mapped, ascii in _PAIRS_ASCII:
        if char in (text if ascii else others):  # "`" is ASCII: looked for in the text
            text = text.replace(char, mapped)
    return text


_ASCII_BYTES = bytes(range(128))


def outside_ascii(text: str) -> str:
    """The characters of `text` outside ASCII, in order (what
    `"".join(c for c in text if not c.isascii())` gives): its UTF-8 form without its ASCII
    bytes (a non-ASCII character's bytes are none of them), read back, a few C passes."""
    if text.isascii():
        return ""
    return _outside_ascii(_utf8(text))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate too, one for one


def _outside_ascii(data: bytes) -> str:
    return data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def lower(text: str) -> str:
    """Lower case, one character for one ("İ".lower() is two characters: it stays as it is).

    When no character outside ASCII changes in lower case (the usual ad: "€", "–", "é"),
    lowering the UTF-8 form's ASCII bytes (bytes.lower) is text.lower(), twice as fast on such
    a text as str.lower reading each character's case (tests/checks/test_fold_bytes.py holds it
    to `_lower_plainly`)."""
    if not text.isascii():
        data = _utf8(text)
        others = _outside_ascii(data)
        if others.lower() == others:  # then each lowers to itself (a capital sigma does not)
            return data.lower().decode("utf-8", "surrogatepass")
    return _lower_plainly(text)


def _lower_plainly(text: str) -> str:
    """`lower`'s definition, read character by character by str.lower."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def fold(text: str) -> str:
    """Lower case with plain punctuation; accents kept. Same length."""
    return fold_and_others(text)[0]


def fold_and_others(text: str) -> tuple[str, str]:
    """`fold(text)`, that is `plain(lower(text))`, and `outside_ascii(text)`, reading the text's
    UTF-8 form once for all three when `lower` takes its bytes' way (then the lowered text's
    characters outside ASCII are the text's, those `plain` looks among)."""
    if text.isascii():
        return plain(_lower_plainly(text)), ""
    data = _utf8(text)
    others = _outside_ascii(data)
    if others.lower() == others:
        return _plain(data.lower().decode("utf-8", "surrogatepass"), others), others
    return plain(_lower_plainly(text)), others


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
