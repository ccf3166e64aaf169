"""The stream regexes led by a lookahead of initials (tactful.ads.detect._after_space) find
what they find without it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads import detect
from tactful.ads.lexicon import stream
from tactful.text.fold import fold

LED = [
    detect.PAY_WORD_SCAN_RE,
    detect.BENEFITS_SCAN_RE,
    detect.DEADLINE_SCAN_RE,
    detect.REMOTE_SCAN_RE,
    detect.PROCESS_SCAN_RE,
    detect.TIMELINE_SCAN_RE,
    detect.REPLY_TRIGGER_SCAN_RE,
]
_LOOKAHEAD_RE = re.compile(r"^ \(\?=\[(?:[^\]\\]|\\.)*\]\)")


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert _LOOKAHEAD_RE.match(pattern.pattern)
    return re.compile(_LOOKAHEAD_RE.sub(" ", pattern.pattern, count=1))


PLAIN = [_plain(pattern) for pattern in LED]
# words the regexes look for, in pieces, so generated texts hit and nearly hit them
PIECES = [
    *"0123456789",
    " ",
    "  ",
    "\n",
    "-",
    "'",
    "salary",
    "pay",
    "k",
    "000",
    "health",
    "insurance",
    "401",
    "pto",
    "closing",
    "date",
    "apply",
    "by",
    "before",
    "until",
    "through",
    "avant",
    "le",
    "jusqu'au",
    "1er",
    "march",
    "mar",
    "15th",
    "remote",
    "à",
    "distance",
    "interview",
    "interviews",
    "process",
    "next",
    "steps",
    "étapes",
    "entretiens",
    "two",
    "weeks",
    "deux",
    "semaines",
    "business",
    "days",
    "d'ici",
    "fin",
    "de",
    "juin",
    "the",
    "end",
    "of",
    "timeline",
    "reply",
    "respond",
    "répondons",
    "quelle",
    "que",
    "soit",
    "x",
    "é",
]


def _same(scan: str) -> None:
    for fast, plain in zip(LED, PLAIN, strict=True):
        assert [m.span() for m in fast.finditer(scan)] == [m.span() for m in plain.finditer(scan)]


def test_corpus_texts_give_the_same_matches() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        _same(stream(fold(path.read_text(encoding="utf-8"))))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_texts_give_the_same_matches(pieces: list[str]) -> None:
    _same(stream(fold(" ".join(pieces))))
    _same(stream(fold("".join(pieces))))
