"""The usual sections and required bullets read heading by heading (tactful.ads.rules.clarity.
_sections, which searches each heading's folded line in place) are what the line-by-line reading
finds (_sections_line_by_line, which searches `heading_text`), on the corpora (whole, cut, with
their blank lines taken away) and on generated ads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import AdDocument
from tactful.ads.rules.clarity import NICE_RE, SECTIONS, _sections
from tactful.text.tokens import WORD_RE


def _sections_line_by_line(doc: AdDocument) -> tuple[dict[str, int], int, int | None]:
    """What `_sections` finds, read line by line (its definition)."""
    found: dict[str, int] = {}
    title_seen = False
    prose_before_first_heading = 0
    first_heading = True
    count = 0
    anchor: int | None = None
    inside = False
    bring = SECTIONS["bring"][1]
    for index, line in enumerate(doc.lines):
        start, end, is_heading, bullet, blank = line
        if is_heading:
            heading = doc.heading_text(line)
            brings = bring.search(heading) is not None
            inside = brings and not NICE_RE.search(heading)
            if inside and anchor is None:
                anchor = start
        elif inside and bullet:
            count += 1
        if blank:
            continue
        if not title_seen:  # the title line heads no section (required bullets: read above)
            title_seen = True
            continue
        if is_heading:
            first_heading = False
            for kind, (_, pattern) in SECTIONS.items():
                if kind not in found and (brings if kind == "bring" else pattern.search(heading)):
                    found[kind] = index
        elif first_heading and not bullet:
            prose_before_first_heading += len(WORD_RE.findall(doc.text[start:end]))
    if "role" not in found and prose_before_first_heading >= 25:
        found["role"] = -1
    return found, count, anchor


def test_corpus_texts() -> None:
    paths = corpus_files()
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
    # markup around the words of a heading: _sections reads the folded line as it stands, its
    # markup holding no word character; "_" is one ("__Skills__", "skills_x"): read cleaned
    "__Requirements__",
    "## skills_and_tools",
    "**Benefits**:",
    "####### Benefits",
    "#Requirements:",
    "  ## Nice to have  :",
    "_What you bring_",
    "**Requirements**",
    "__Skills:",
    "## __Benefits__",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=14))
def test_generated_ads(lines: list[str]) -> None:
    doc = AdDocument.read("\n".join(lines), "markdown")
    assert _sections(doc) == _sections_line_by_line(doc)
