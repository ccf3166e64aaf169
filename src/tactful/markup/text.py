"""HTML to readable text, with a map from every character of the text back to the HTML source.

The job-ad studio reports spans as offsets into the text *as read*; for an HTML ad that is the
HTML source, so the text it analyses keeps, for each character, where it came from. The scanner
is a small tag tokenizer rather than a tree builder: text extraction only needs to know which
tags break lines, which start list items and which hide their content, and a tokenizer knows
the exact source offset of everything it reads. Tag soup (unclosed or stray tags) is harmless.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

from tactful.text.values import Frozen, Record

_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_TEXT_PIECE_RE = re.compile(
    r"(&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)|([ \t\n\r\f]+)"
)
_HIDDEN = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "head",
        "title",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "select",
        "textarea",
    }
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})
_PARAGRAPH = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "form",
        "fieldset",
        "figure",
        "address",
        "details",
        "hr",
        "dl",
    }
)
_LINE = frozenset(
    {
        "div",
        "li",
        "tr",
        "dt",
        "dd",
        "figcaption",
        "summary",
        "caption",
        "legend",
        "body",
        "html",
        "option",
        "label",
    }
)
_LISTS = frozenset({"ul", "ol", "menu"})
_CELLS = frozenset({"td", "th"})


class MappedText(Frozen):
    """Text extracted from a source, and where each of its characters came from."""

    __slots__ = _fields = ("text", "source", "starts", "wide")
    _unshown = ("starts", "wide")
    text: str
    source: str
    starts: array[int] | None
    """Source offset of each character of `text`; None when `text` is the source itself."""
    wide: dict[int, int]
    """Source end of characters that stand for more than one source character (entities)."""

    def __init__(
        self,
        text: str,
        source: str,
        starts: array[int] | None = None,
        wide: dict[int, int] | None = None,
    ) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "text", text)
        setter(self, "source", source)
        setter(self, "starts", starts)
        setter(self, "wide", {} if wide is None else wide)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of text[start:end] (an empty span maps to an empty span)."""
        if self.starts is None:
            return start, end
        size = len(self.text)
        if size == 0:
            return 0, 0
        start = min(max(start, 0), size - 1)
        src_start = self.starts[start]
        if end <= start:
            return src_start, src_start
        last = min(end, size) - 1
        src_end = self.wide.get(last, self.starts[last] + 1)
        return src_start, max(src_end, src_start)


def identity(text: str) -> MappedText:
    """A text that is its own source (plain text and Markdown)."""
    return MappedText(text, text)


def drop_characters(mapped: MappedText, pattern: re.Pattern[str]) -> MappedText:
    """`mapped` without what `pattern` matches (every character of each match), every other
    character still mapped to where it came from in the source."""
    text = mapped.text
    removed = [i for m in pattern.finditer(text) for i in range(m.start(), m.end())]
    if not removed:
        return mapped
    old = mapped.starts
    starts: array[int] = array("q")
    pieces: list[str] = []
    position = 0
    for index in [*removed, len(text)]:
        if index > position:
            pieces.append(text[position:index])
            if old is None:
                starts.extend(range(position, index))
            else:
                starts.extend(old[position:index])
        position = index + 1
    wide: dict[int, int] = {}
    removed_set = set(removed)
    for index, end in mapped.wide.items():
        if index not in removed_set:
            wide[index - bisect_right(removed, index)] = end
    return MappedText("".join(pieces), mapped.source, starts, wide)


class _Builder:
    """Appends text while keeping the source offset of every character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: array[int] = array("q")
        self.wide: dict[int, int] = {}
        self.size = 0
        self.break_level = 0
        self.break_at = 0
        self.space_at: tuple[int, int] | None = None
        self.bullet: tuple[str, int] | None = None
        self.at_line_start = True

    def request_break(self, level: int, at: int) -> None:
        if level > self.break_level:
            self.break_level, self.break_at = level, at
        self.space_at = None

    def hard_break(self, at: int) -> None:
        """<br>: a line break even between two empty lines."""
        if self.size:
            self._emit_synthetic("\n", at, at)
            self.at_line_start = True
        self.space_at = None

    def space(self, start: int, end: int) -> None:
        if not self.at_line_start and self.space_at is None:
            self.space_at = (start, end)

    def _emit_synthetic(self, text: str, src_start: int, src_end: int) -> None:
        for offset in range(len(text)):
            self.starts.append(src_start)
            if src_end != src_start + 1:
                self.wide[self.size + offset] = max(src_end, src_start)
        self.parts.append(text)
        self.size += len(text)

    def _flush(self) -> None:
        if self.break_level and self.size:
            self._emit_synthetic("\n" * self.break_level, self.break_at, self.break_at)
            self.at_line_start = True
        elif self.space_at is not None and not self.at_line_start:
            start, end = self.space_at
            self._emit_synthetic(" ", start, end)
        self.break_level = 0
        self.space_at = None
        if self.bullet is not None:
            text, at = self.bullet
            self._emit_synthetic(text, at, at)
            self.bullet = None

    def verbatim(self, text: str, src_start: int) -> None:
        if not text:
            return
        self._flush()
        self.starts.extend(range(src_start, src_start + len(text)))
        self.parts.append(text)
        self.size += len(text)
        self.at_line_start = text.endswith("\n")

    def decoded(self, text: str, src_start: int, src_end: int) -> None:
        if not text:
            return
        self._flush()
        self._emit_synthetic(text, src_start, src_end)
        self.at_line_start = False

    def finish(self, source: str) -> MappedText:
        return MappedText("".join(self.parts), source, self.starts, self.wide)


def _text_run(builder: _Builder, source: str, start: int, end: int, pre: bool) -> None:
    """Decode entities and collapse white space (except in <pre>) in source[start:end]."""
    position = start
    for match in _TEXT_PIECE_RE.finditer(source, start, end):
        if match.start() > position:
            builder.verbatim(source[position : match.start()], position)
        entity, blank = match.group(1), match.group(2)
        if entity is not None:
            # Imported here: html's entity table costs startup to every ad, HTML or not.
            from html import unescape

            value = unescape(entity)
            if value == entity:
                builder.verbatim(entity, match.start())
            else:
                builder.decoded(value, match.start(), match.end())
        elif pre:
            builder.verbatim(blank.replace("\r\n", "\n").replace("\r", "\n"), match.start())
        else:
            builder.space(match.start(), match.end())
        position = match.end()
    if position < end:
        builder.verbatim(source[position:end], position)


def _skip_hidden(source: str, name: str, after: int) -> int:
    """Where scanning resumes after a hidden element that opened at `after`."""
    lowered_close = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE)
    found = lowered_close.search(source, after)
    if name == "head":
        body = re.compile(r"<body[\s>]", re.IGNORECASE).search(source, after)
        if body is not None and (found is None or body.start() < found.start()):
            return body.start()
    if found is None:
        return len(source) if name in _RAW_TEXT else after
    return found.end()


def html_to_mapped_text(source: str) -> MappedText:
    """Readable text from HTML, each character mapped back to its offset in `source`."""
    builder = _Builder()
    depths = _Depths()
    position = 0
    size = len(source)
    text_start = 0
    while position < size:
        lt = source.find("<", position)
        if lt < 0:
            break
        skipped_to = _comment_end(source, lt)
        if skipped_to is not None:
            _text_run(builder, source, text_start, lt, depths.pre > 0)
            position = text_start = skipped_to
            continue
        match = _TAG_RE.match(source, lt)
        if match is None:
            position = lt + 1
            continue
        _text_run(builder, source, text_start, lt, depths.pre > 0)
        position = text_start = match.end()
        closing, name = match.group(1) == "/", match.group(2).lower()
        self_closing = match.group(3).rstrip().endswith("/")
        if not closing and name in _HIDDEN and not self_closing:
            position = text_start = _skip_hidden(source, name, match.end())
            continue
        _tag(builder, depths, name, closing, lt, match.end())
    _text_run(builder, source, text_start, size, depths.pre > 0)
    return builder.finish(source)


class _Depths(Record):
    """How deep the scan is in lists (for bullets' indent) and in <pre> (white space kept)."""

    __slots__ = _fields = ("lists", "pre")
    lists: int
    pre: int

    def __init__(self, lists: int = 0, pre: int = 0) -> None:
        self.lists = lists
        self.pre = pre


def _comment_end(source: str, lt: int) -> int | None:
    """Where a comment, doctype or processing instruction at `lt` ends (the end of the source
    when it is never closed); None when `lt` starts none of them."""
    if source.startswith("<!--", lt):
        close = source.find("-->", lt + 4)
        return len(source) if close < 0 else close + 3
    if source.startswith(("<!", "<?"), lt):
        close = source.find(">", lt)
        return len(source) if close < 0 else close + 1
    return None


def _tag(builder: _Builder, depths: _Depths, name: str, closing: bool, lt: int, end: int) -> None:
    """What an opening or closing tag (source[lt:end]) does to the text: breaks, bullets."""
    if name == "br":
        builder.hard_break(lt)
    elif name in _LISTS:
        outer = depths.lists == 0 if not closing else depths.lists <= 1
        depths.lists = max(depths.lists + (-1 if closing else 1), 0)
        builder.request_break(2 if outer else 1, lt)
    elif name == "li":
        builder.request_break(1, lt)
        if not closing:
            builder.bullet = ("  " * max(depths.lists - 1, 0) + "- ", lt)
    elif name == "pre":
        depths.pre = max(depths.pre + (-1 if closing else 1), 0)
        builder.request_break(2, lt)
    elif name in _PARAGRAPH:
        builder.request_break(2, lt)
    elif name in _LINE:
        builder.request_break(1, lt)
    elif name in _CELLS:
        builder.space(lt, end)


def html_to_text(html: str) -> str:
    """Readable text: block elements become line breaks, list items "- " bullets, scripts and
    styles are dropped and entities decoded."""
    return html_to_mapped_text(html).text
