"""able_to_hits, which runs its regex only when "able" is a word of the ad, finds what the plain
loop over every match of ABLE_TO_SCAN_RE finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.detect import ABLE_TO_SCAN_RE, NEED_RE
from tactful.ads.document import AdDocument
from tactful.ads.rules.inclusion import able_to_hits

_PIECES = st.sampled_from(
    [
        "must", "should", "need", "needs", "to", "have", "be", "able", "lift", "stand", "drive",
        "available", "capable", "able-bodied", "-able", "able'", "'able", "because", "since",
        " ", "  ", "\n", ".", ",", "-", "'", "x", "é", "Able", "BE", "tables",
    ]
)  # fmt: skip


def _able_to_by_every_match(doc: AdDocument) -> list[tuple[int, int]]:
    spans = []
    for match in ABLE_TO_SCAN_RE.finditer(doc.scan):
        start, end = match.start(1) - 1, match.end(1) - 1
        if not NEED_RE.search(doc.sentence_around(start)):
            spans.append((start, end))
    return spans


def _same(text: str) -> None:
    doc = AdDocument.read(text)
    assert [(h.start, h.end) for h in able_to_hits(doc)] == _able_to_by_every_match(doc)


def test_corpus_texts() -> None:
    texts = corpus_files()
    assert texts
    for path in texts:
        _same(path.read_text(encoding="utf-8"))


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_generated_texts(pieces: list[str]) -> None:
    _same(" ".join(pieces))
    _same("".join(pieces))


def test_a_need_to_be_able_is_found() -> None:
    assert len(able_to_hits(AdDocument.read("You must be able to lift 20 kg."))) == 1
    assert able_to_hits(AdDocument.read("Must be available; comfortable tables.")) == []
