"""An ad as the rules see it: clean text mapped back to the source, lines, title and sections.

Reading: HTML is turned into text with an offset map (tactful.markup); invisible format
characters (right-to-left marks, zero-width spaces, soft hyphens, BOM) are taken out of the
analysed text, also through the map, so "rock\u200bstar" is still found and its span still
covers the mark in the source. Rules scan `folded` (same length as `text`, lower case, plain
punctuation) and report offsets into `text`; `source_span` turns them into offsets as read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, namedtuple

from tactful.ads.lexicon import stream
from tactful.markup.text import MappedText, drop_characters, html_to_mapped_text, identity
from tactful.text.fold import fold, fold_and_others
from tactful.text.lines import LineIndex
from tactful.text.tokens import WORD_RE, sentence_spans
from tactful.text.values import Record, cached  # cached_property without its lock

_FORMAT_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_HTML_RE = re.compile(
    r"<(?:!doctype\s+html|html|body|head|p|div|h[1-6]|ul|ol|li|br|section|article|span|strong|"
    r"em|b|i|a|table|script|style)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_PAGE_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)\b", re.I | re.S)
_HTML_BLOCK_RE = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|table|tr|section|article|header|footer|main)\b[^>]*>", re.I
)
# Inline HTML inside Markdown or text ("<a href=…>", "<!--more-->", "<br>"): taken out of the
# analysed text through the offset map, so its attributes are not read as words.
_INLINE_TAG_RE = re.compile(
    r"<!--.*?-->|</?(?:a|abbr|b|br|code|del|div|em|font|hr|i|img|ins|kbd|mark|p|s|small|span|"
    r"strong|sub|sup|u)\b(?:\s[^<>]{0,300})?/?>",
    re.S | re.I,
)
# The white space before a list mark stays on its line: `\s*` there would read on through every
# blank line that follows each line start, and a run of blank lines would cost its square.
_MARKDOWN_RE = re.compile(
    r"^(?:#{1,6}\s|[^\S\n]*[-*+]\s|[^\S\n]*\d+[.)]\s)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\(",
    re.MULTILINE,
)
BULLET_RE = re.compile(r"^\s*(?:\\?[-*+]|[•·◦▪–]|\d{1,2}[.)])\s+")
_BULLET_MARKS = "\\-*+•·◦▪–0123456789"
"""What a line that BULLET_RE matches starts with after its white space, or a decimal digit of
any script (what \\d matches, and str.isdecimal tests)."""
_SINGLE_MARKS = "-*+•·◦▪–"
"""The marks BULLET_RE takes alone (not "\\-", nor a number)."""
_HEADING_MARKUP_RE = re.compile(r"^\s*#{1,6}\s*|^\s*\*\*|\*\*\s*:?\s*$|^\s*__|__\s*$")
_LABEL_VALUE_RE = re.compile(r"^[^\W\d_][^:]{0,30}\s?:\s*\S")
_TERMINAL_MARKS = ".!?;,…"
"""Punctuation that ends a sentence or a clause: a line that ends with one is no heading."""
_EDGE = "'-$€£%"


def detect_format(source: str) -> str:
    """HTML for a page, or when HTML blocks outnumber Markdown's; Markdown that holds a link
    or a comment in HTML stays Markdown (and keeps its headings)."""
    head = source[:20_000]
    if _HTML_PAGE_RE.match(head):
        return "html"
    blocks = len(_HTML_BLOCK_RE.findall(head))
    if blocks:
        if blocks >= len(_MARKDOWN_RE.findall(head)):
            return "html"
        return "markdown"
    # No HTML block: one piece of Markdown decides, there is nothing to count it against
    # (the search stops at the first; counting them all reads the whole ad).
    if _MARKDOWN_RE.search(head):
        return "markdown"
    return "html" if _HTML_RE.search(head) else "text"


TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import NamedTuple

    class Line(NamedTuple):
        """One line of the ad's text: where it is and what it looks like (a heading, a
        bullet). A tuple: an ad has one per line, and a tuple is the cheapest record to
        build (a read-only record with `__init__` costs five attribute sets per line)."""

        start: int
        end: int
        """Offsets of the line in `text` (without its line break)."""
        heading: bool
        bullet: bool
        blank: bool

else:
    # The same class as typing.NamedTuple makes, without importing typing.
    Line = namedtuple("Line", ("start", "end", "heading", "bullet", "blank"))


class AdDocument(Record):
    """An ad as the rules read it: its source, its plain text (folded and mapped back to the
    source), its lines and sentences."""

    _fields = ("source", "source_format", "mapped", "text", "folded")

    def __init__(
        self, source: str, source_format: str, mapped: MappedText, text: str, folded: str
    ) -> None:
        self.source = source
        self.source_format = source_format
        self.mapped = mapped
        self.text = text
        self.folded = folded

    @classmethod
    def read(cls, source: str, source_format: str | None = None) -> AdDocument:
        kind = source_format or detect_format(source)
        mapped = html_to_mapped_text(source) if kind == "html" else identity(source)
        if kind != "html" and "<" in source:
            mapped = drop_characters(mapped, _INLINE_TAG_RE)
        folded, others = fold_and_others(mapped.text)
        # every format character is outside ASCII: searched among those characters alone (a
        # handful in most ads), the regex rules most texts out without reading them whole
        if _FORMAT_RE.search(others) is not None:
            mapped = drop_characters(mapped, _FORMAT_RE)
            folded = fold(mapped.text)
        return cls(source, kind, mapped, mapped.text, folded)

    # --- words and sentences ---------------------------------------------------------------

    @cached
    def scan(self) -> str:
        """The scanning stream of the folded text (see tactful.ads.lexicon.stream)."""
        return stream(self.folded)

    @cached
    def word_counts(self) -> Counter[str]:
        """How often each word (folded, punctuation at its edges removed) occurs."""
        counts = Counter(self._tokens)
        for token in _edged(counts):
            number = counts.pop(token)
            word = token.strip(_EDGE)
            if word:
                counts[word] += number
        return counts

    @cached
    def word_list(self) -> list[str]:
        """The first 3,000 words, in order (what the language vote reads)."""
        return self._tokens[:3000]

    @cached
    def _tokens(self) -> list[str]:
        """The scanning stream split at white space, once for the counts and the vote."""
        return self.scan.split()

    @cached
    def word_total(self) -> int:
        return sum(self.word_counts.values())

    @cached
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (tactful.text.tokens: a line break ends one too, ads are lists)."""
        return sentence_spans(self.text)

    def sentence_index(self, offset: int) -> int:
        """Which of `sentences` `sentence_around(offset)` reads (-1: none, it reads ""): offsets
        with the same index read the same sentence."""
        return bisect_right(self.sentences, (offset, len(self.text) + 1)) - 1

    def sentence_around(self, offset: int) -> str:
        """The folded sentence that holds `offset`."""
        index = self.sentence_index(offset)
        if index < 0:
            return ""
        start, end = self.sentences[index]
        return self.folded[start:end]

    def sentence_matches(self, pattern: re.Pattern[str], offset: int) -> bool:
        """Whether `pattern` matches in `sentence_around(offset)`, searched once per sentence:
        a rule that asks it at each of its matches would read a long sentence full of them
        once per match, the square of its length."""
        key = (pattern, self.sentence_index(offset))
        known = self._sentence_matches.get(key)
        if known is None:
            found = pattern.search(self.sentence_around(offset)) is not None
            known = self._sentence_matches[key] = found
        return known

    @cached
    def _sentence_matches(self) -> dict[tuple[re.Pattern[str], int], bool]:
        return {}

    # --- lines, title, headings ----------------------------------------------------------

    @cached
    def lines(self) -> list[Line]:
        out: list[Line] = []
        append = out.append
        # what Line(...) does, without its Python-level __new__: it runs once per line
        new = tuple.__new__
        position = 0
        previous_blank = True
        for raw in self.text.split("\n"):
            start, end = position, position + len(raw)
            position = end + 1
            stripped = raw.strip()
            if not stripped:
                append(new(Line, (start, end, False, False, True)))
                previous_blank = True
                continue
            # a bullet's first visible character is its marker: most lines need no regex, nor
            # do most bullets (a mark at the line's start, then a space: BULLET_RE matches)
            first = stripped[0]
            if (first in _BULLET_MARKS or first.isdecimal()) and (
                (raw[1:2] == " " and raw[0] in _SINGLE_MARKS) or BULLET_RE.match(raw)
            ):
                append(new(Line, (start, end, False, True, False)))
            else:
                append(new(Line, (start, end, _is_heading(stripped, previous_blank), False, False)))
            previous_blank = False
        return out

    @cached
    def title(self) -> tuple[int, int] | None:
        """Span of the title: the first non-blank line, without Markdown markup."""
        for line in self.lines:
            if not line.blank:
                raw = self.text[line.start : line.end]
                cleaned = _HEADING_MARKUP_RE.sub("", raw)
                inner = cleaned.strip()
                if not inner:
                    continue
                offset = raw.find(inner)
                start = line.start + max(offset, 0)
                return start, start + len(inner)
        return None

    def title_text(self) -> str:
        span = self.title
        return "" if span is None else self.text[span[0] : span[1]]

    def heading_text(self, line: Line) -> str:
        """The folded words of a heading line, without its markup (kept: two rules read it)."""
        known = self._heading_texts.get(line.start)
        if known is None:
            raw = self.folded[line.start : line.end]
            if "**" in raw or "__" in raw:
                raw = _HEADING_MARKUP_RE.sub("", raw)
            else:  # then only its first branch can match: up to six "#" after white space
                raw = raw.lstrip()
                raw = raw[min(len(raw) - len(raw.lstrip("#")), 6) :]
            known = raw.strip().rstrip(":").strip()
            self._heading_texts[line.start] = known
        return known

    @cached
    def _heading_texts(self) -> dict[int, str]:
        return {}

    # --- mapping back to the source ------------------------------------------------------

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.mapped.source_span(start, end)

    @cached
    def _lines(self) -> LineIndex:
        return LineIndex(self.source)

    def line_column(self, source_offset: int) -> tuple[int, int]:
        return self._lines.line_column(source_offset)


def _edged(words: Counter[str]) -> list[str]:
    """The words that start or end with an _EDGE character, in order: what
    `[w for w in words if w[0] in _EDGE or w[-1] in _EDGE]` finds (the tests hold it to that),
    read from the words joined, where str.find goes from one such character to the next (most
    words hold none: the Python loop reads only those that do)."""
    joined = " ".join(words)  # a word holds no white space: one space ends each
    found: dict[int, str] = {}  # by offset in `joined`: the words' order
    for edge in _EDGE:
        at = joined.find(edge)
        while at >= 0:
            start = joined.rfind(" ", 0, at) + 1
            end = joined.find(" ", at)
            if end < 0:
                end = len(joined)
            word = joined[start:end]
            if word[0] in _EDGE or word[-1] in _EDGE:
                found[start] = word
            at = joined.find(edge, end)
    return [found[start] for start in sorted(found)]


def _is_heading(stripped: str, previous_blank: bool) -> bool:
    """Whether a line (not blank, no bullet; `stripped` of its white space) is a heading: a
    Markdown heading, a short line that ends with a colon or is set in bold, or a short line
    after a blank one that starts with a capital or a digit and ends without punctuation."""
    first = stripped[0]
    if first == "#":
        return True
    # more than 8 words is prose: split no further than the ninth word to know it
    if len(stripped.split(None, 8)) > 8:
        return False
    # a line that starts with a letter or a digit holds a word (WORD_RE's [^\W_] is isalnum)
    if not first.isalnum() and not WORD_RE.search(stripped):
        return False
    # _LABEL_VALUE_RE's colon comes within its first 33 characters
    if ":" in stripped[:33] and _LABEL_VALUE_RE.match(stripped):
        return False  # "Location: Paris", "Salary: €40,000" are facts, not headings
    if stripped.endswith(":") or (
        stripped.startswith("**") and stripped.rstrip(":").endswith("**")
    ):
        return True
    if stripped[-1] in _TERMINAL_MARKS:
        return False
    return previous_blank and (first.isupper() or first.isdigit())
