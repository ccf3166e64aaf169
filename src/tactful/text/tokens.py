"""Words and sentences with their character offsets, so every finding can point at an exact span."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters (any script), digits, and inner apostrophes or hyphens: "don't", "aujourd'hui", "co-op".
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? … (one or more), then space or end of text; line breaks between
# paragraphs end sentences too, since emails and ads use them as full stops (bullets, greetings).
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”»)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-*•·]\s)")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def words(text: str) -> list[Token]:
    """Every word in `text` with its offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def sentences(text: str) -> list[Token]:
    """Sentences with their offsets; blank and punctuation-only pieces are dropped."""
    out: list[Token] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        _append_sentence(text, start, match.end(), out)
        start = match.end()
    _append_sentence(text, start, len(text), out)
    return out


def _append_sentence(text: str, start: int, end: int, out: list[Token]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not WORD_RE.search(stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    begin = start + lead
    out.append(Token(stripped, begin, begin + len(stripped)))


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
