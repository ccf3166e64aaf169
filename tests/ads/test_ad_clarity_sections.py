"""The usual sections and required bullets read heading by heading (tactful.ads.rules.clarity.
_sections) are what the line-by-line reading finds (_sections_line_by_line), on the corpora
(whole, cut, with their blank lines taken away) and on generated ads."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.document import AdDocument
from tactful.ads.rules.clarity import _sections, _sections_line_by_line

DATA = Path(__file__).resolve().parent.parent / "data"


def test_corpus_texts() -> None:
    paths = sorted(DATA.rglob("*.md")) + sorted(DATA.rglob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text[len(text) // 3 :], "\n\n" + text.replace("\n\n", "\n")):
            doc = AdDocument.read(variant)
            assert _sections(doc) == _sections_line_by_line(doc)


_LINES = [
    "",
    "  ",
    "Data Analyst",
    "## About the role",
    "What you bring:",
    "**Nice to have**",
    "What we offer",
    "How to apply",
    "Requirements",
    "- SQL",
    "* Python, every day",
    "1. five years",
    "We are a small team that builds tools for clinics, and we like it a lot.",
    "Location: Paris",
    " ".join(["word"] * 26),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=14))
def test_generated_ads(lines: list[str]) -> None:
    doc = AdDocument.read("\n".join(lines), "markdown")
    assert _sections(doc) == _sections_line_by_line(doc)
