"""AdDocument.lines tells headings and bullets without most of its regexes (the last mark
by index, the label's colon by position, the words counted up to the ninth), and heading_text
takes off "#" marks with str methods: the lines and heading texts must be those of the
regex-based reading they replaced (kept below as the reference), on generated texts of
headings, labels, bullets, punctuation and white space of every kind."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.document import _HEADING_MARKUP_RE, _LABEL_VALUE_RE, BULLET_RE, AdDocument, Line
from tactful.text.tokens import WORD_RE

_TERMINAL_RE = re.compile(r"[.!?;,…]\s*$")


def _is_heading(stripped: str, bullet: bool, previous_blank: bool) -> bool:
    if not stripped or bullet:
        return False
    if stripped.startswith("#"):
        return True
    words = len(stripped.split())
    if words == 0 or words > 8 or not WORD_RE.search(stripped):
        return False
    if _LABEL_VALUE_RE.match(stripped):
        return False
    if stripped.endswith(":") or (
        stripped.startswith("**") and stripped.rstrip(":").endswith("**")
    ):
        return True
    if _TERMINAL_RE.search(stripped):
        return False
    return previous_blank and (stripped[0].isupper() or stripped[0].isdigit())


def _reference(text: str) -> list[Line]:
    out: list[Line] = []
    position = 0
    previous_blank = True
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        stripped = raw.strip()
        bullet = bool(stripped) and BULLET_RE.match(raw) is not None
        heading = _is_heading(stripped, bullet, previous_blank)
        out.append(Line(start, end, heading, bullet, not stripped))
        previous_blank = not stripped
    return out


_PIECES = st.sampled_from(
    [
        "About the role", "Salary", ":", " : ", "Location: Paris", "**", "__", "#", "## ", "- ",
        "• ", "1. ", "2) ", "٣. ", "x", "É", "é", "_", "-", "—", "…", ".", "!", "?", ";", ",",
        " ", "  ", "\t", "\u00a0", "\u2028", "\n", "\n\n", "one two three four five",
        "six seven eight", " nine", "a" * 31, "9", "(", "€40,000", "######", "#", "*", " #",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_lines_as_the_regexes_say(text: str) -> None:
    doc = AdDocument.read(text, "text")
    assert doc.lines == _reference(doc.text)
    assert all(type(line) is Line for line in doc.lines)
    for line in doc.lines:  # heading_text takes off "#" marks without the regex
        raw = doc.folded[line.start : line.end]
        expected = _HEADING_MARKUP_RE.sub("", raw).strip().rstrip(":").strip()
        assert doc.heading_text(line) == expected


def test_lines_on_every_character() -> None:
    # each character of the Basic Multilingual Plane at a line's start and end, after a label
    text = "\n".join(f"{chr(c)}Word two{chr(c)}\nName{chr(c)}: x\n" for c in range(0x10000))
    assert AdDocument.read(text, "text").lines == _reference(AdDocument.read(text, "text").text)
