"""The findings built in one walk (tactful.ads.analysis._findings, line_columns) are those the
plain reading builds (_finding for each hit, LineIndex for the line and column)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads import analyse_ad
from tactful.ads.analysis import _finding, _findings
from tactful.ads.document import AdDocument
from tactful.ads.rules.base import Hit
from tactful.text.lines import LineIndex, line_columns


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab\n\r ", max_size=60),
    st.lists(st.integers(min_value=0, max_value=60), max_size=12),
)
def test_line_columns_are_those_of_the_line_index(text: str, offsets: list[int]) -> None:
    offsets = [min(offset, len(text)) for offset in offsets]
    index = LineIndex(text)
    assert line_columns(text, offsets) == {o: index.line_column(o) for o in offsets}


def test_a_megabyte_line_with_many_offsets() -> None:
    text = "a" * 1_000_000 + "\n" + "b" * 10
    offsets = list(range(0, len(text) + 1, 97))
    index = LineIndex(text)
    assert line_columns(text, offsets) == {o: index.line_column(o) for o in offsets}


def _same(source: str) -> None:
    doc = AdDocument.read(source)
    size = len(doc.text)
    hits = [
        Hit("pay-missing"),
        Hit("empty-superlative", 0, min(3, size), message="“x”: {message}", replacement="y"),
        Hit("meritocracy", size // 2, None, severity="error", suggestion="s"),
        Hit("drama-free", size, size),
        Hit("empty-superlative", size // 3, size // 2),
    ]
    assert _findings(doc, hits) == [_finding(doc, hit) for hit in hits]


def test_corpus_findings_are_the_plain_ones() -> None:
    texts = corpus_files(".md", ".txt", ".html")
    assert texts
    for path in texts:
        source = path.read_text(encoding="utf-8")
        _same(source)
        doc = AdDocument.read(source)
        report = analyse_ad(source, today=date(2026, 7, 1))
        for finding in report.findings:
            if finding.start is not None:
                assert (finding.line, finding.column) == doc.line_column(finding.start)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab <p>\n&amp;\u200b", max_size=80))
def test_generated_findings_are_the_plain_ones(source: str) -> None:
    _same(source)
