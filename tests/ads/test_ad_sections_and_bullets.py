"""The one pass over the lines that finds the usual sections and the required bullets gives
what the two passes as first written gave, on ads made of headings, bullets and prose."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.document import AdDocument
from tactful.ads.rules.clarity import NICE_RE, SECTIONS, required_bullets, section_kinds
from tactful.text.tokens import WORD_RE

_LINES = st.sampled_from(
    [
        "", "## About the role", "What you bring:", "Requirements", "Nice to have",
        "**What we offer**", "How to apply", "- Python", "* SQL and dbt", "1. Apply online",
        "We are a small team building tools for clinics in Denver and beyond.",
        "You will work with analysts, nurses and product people every day of the week.",
        "Data Analyst", "# Senior Engineer", "Skills (bonus)", "   ", "Salary: €40,000",
    ]
)  # fmt: skip


def _section_kinds_as_first_written(doc: AdDocument) -> dict[str, int]:
    found: dict[str, int] = {}
    title_seen = False
    prose = 0
    first_heading = True
    for index, line in enumerate(doc.lines):
        if line.blank:
            continue
        if not title_seen:
            title_seen = True
            continue
        if line.heading:
            first_heading = False
            heading = doc.heading_text(line)
            for kind, (_, pattern) in SECTIONS.items():
                if kind not in found and pattern.search(heading):
                    found[kind] = index
        elif first_heading and not line.bullet:
            prose += len(WORD_RE.findall(doc.text[line.start : line.end]))
    if "role" not in found and prose >= 25:
        found["role"] = -1
    return found


def _required_bullets_as_first_written(doc: AdDocument) -> tuple[int, int | None]:
    count = 0
    anchor: int | None = None
    inside = False
    for line in doc.lines:
        if line.heading:
            heading = doc.heading_text(line)
            inside = bool(SECTIONS["bring"][1].search(heading)) and not NICE_RE.search(heading)
            if inside and anchor is None:
                anchor = line.start
        elif inside and line.bullet:
            count += 1
    return count, anchor


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=30).map("\n".join), st.sampled_from(["text", "markdown"]))
def test_sections_and_required_bullets_as_first_written(text: str, kind: str) -> None:
    doc = AdDocument.read(text, kind)
    assert section_kinds(doc) == _section_kinds_as_first_written(doc)
    assert required_bullets(doc) == _required_bullets_as_first_written(doc)
