"""AdDocument.read drops the invisible format characters only when the text holds one, found
among its characters outside ASCII (tactful.ads.document): the document it reads is the one
that dropping them unconditionally (drop_characters with _FORMAT_RE, the plain reading) gives,
on generated ads made of format characters, markup and typographic characters."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tactful.ads.document import _FORMAT_RE, _INLINE_TAG_RE, AdDocument, detect_format
from tactful.markup.text import MappedText, drop_characters, html_to_mapped_text, identity
from tactful.text.fold import fold

_FORMAT = "\u00ad\u200b\u200f\u202a\u202e\u2060\u2064\u2066\u2069\ufeff"
_PIECES = ["a", "É", " ", "\n", "# ", "- ", "<b>", "</b>", "<p>", "€", "–", "\u2019", "&amp;"]
texts = st.lists(st.sampled_from([*_PIECES, *_FORMAT]) | st.text(max_size=3), max_size=30).map(
    "".join
)


def _read_plainly(source: str) -> MappedText:
    """What AdDocument.read maps, format characters dropped whether or not the text has any."""
    kind = detect_format(source)
    mapped = html_to_mapped_text(source) if kind == "html" else identity(source)
    if kind != "html" and "<" in source:
        mapped = drop_characters(mapped, _INLINE_TAG_RE)
    return drop_characters(mapped, _FORMAT_RE)


@settings(max_examples=800, deadline=None)
@given(texts)
@example("rock\u200bstar €")
@example("<p>a\u00adb</p>")
@example("plain ascii")
def test_read_drops_format_characters_as_the_plain_reading_does(source: str) -> None:
    doc = AdDocument.read(source)
    plainly = _read_plainly(source)
    assert doc.text == plainly.text
    assert doc.folded == fold(plainly.text)
    assert doc.mapped.starts == plainly.starts
    assert doc.mapped.wide == plainly.wide
    for start in range(len(doc.text) + 1):
        assert doc.source_span(start, start) == plainly.source_span(start, start)
