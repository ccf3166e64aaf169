"""Reading a JSON object whose big arrays are read one element at a time (an export of any size).

`members(read)` yields the object's members in the file's order: `(key, value)` for a plain
member, and for a key in `streamed` whose value is an array, `(key, STREAMED)` then each element
as `(key, index, element)`. Only one element (or one plain value) is held at a time, so memory
stays that of the largest element, which `limit` bounds. Each element is decoded by the `json`
module itself (`raw_decode`), and the structure around the elements is read here with the
`json` module's own error messages and positions (line, column and character of the whole
document), so a damaged file is reported exactly as `json.loads` would report it.

A value that is not an object at the top is decoded whole (within `limit`) and yielded as
`(None, value)`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

CHUNK = 1 << 20
_SPACE_RE = re.compile(r"[ \t\n\r]*")
STREAMED = object()
"""Marks the start of a streamed array in `members`' output."""


class TooLarge(Exception):
    """One element (or plain value) is larger than the limit; `where` is its absolute offset."""

    def __init__(self, where: int) -> None:
        super().__init__(where)
        self.where = where


class _Text:
    """A window on the text read so far, with absolute positions for error messages."""

    def __init__(self, read: Callable[[int], str]) -> None:
        self._read = read
        self.buf = ""
        self.i = 0
        self.base = 0
        self.lines = 0
        """Line breaks before `base`."""
        self.last_break = -1
        """Absolute offset of the last line break before `base`."""
        self.eof = False

    def more(self) -> bool:
        """Read another chunk (dropping what was consumed); False at the end of the text."""
        if self.eof:
            return False
        chunk = self._read(CHUNK)
        if not chunk:
            self.eof = True
            return False
        if self.i > CHUNK:
            dropped = self.buf[: self.i]
            breaks = dropped.count("\n")
            if breaks:
                self.lines += breaks
                self.last_break = self.base + dropped.rfind("\n")
            self.base += self.i
            self.buf = self.buf[self.i :]
            self.i = 0
        self.buf += chunk
        return True

    def skip_space(self) -> str:
        """Move past white space; the next character, or "" at the end."""
        while True:
            i = _SPACE_RE.match(self.buf, self.i).end()  # type: ignore[union-attr]
            self.i = i
            if i < len(self.buf):
                return self.buf[i]
            if not self.more():
                return ""

    def error(self, message: str, at: int) -> json.JSONDecodeError:
        """`json`'s error for a position in `buf`, with the whole document's line and column."""
        position = self.base + at
        before = self.buf[:at]
        line = self.lines + before.count("\n") + 1
        found = before.rfind("\n")
        last = self.base + found if found >= 0 else self.last_break
        error = json.JSONDecodeError(message, "", 0)
        error.msg, error.pos, error.lineno, error.colno = message, position, line, position - last
        error.args = (f"{message}: line {line} column {position - last} (char {position})",)
        return error

    def value(self, decoder: json.JSONDecoder, limit: int) -> Any:
        """The JSON value starting here, decoded by `json` (reading more text as needed)."""
        start = self.i
        while True:
            try:
                found, end = decoder.raw_decode(self.buf, self.i)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(self.buf) - 16
                if cut and len(self.buf) - start <= limit and self.more():
                    start = self.i
                    continue
                if cut and not self.eof:
                    raise TooLarge(self.base + start) from None
                raise self.error(exc.msg, exc.pos) from None
            whole = end < len(self.buf) and not _number_cut(found, self.buf, end)
            if whole or self.eof or not self.more():
                if end - start > limit:
                    raise TooLarge(self.base + start)
                self.i = end
                return found
            start = self.i  # a number may go on in the next chunk: decode it again


_NUMBER_TAIL_RE = re.compile(r"\.[0-9]*|[eE][+\-]?[0-9]*")


def _number_cut(found: Any, buf: str, end: int) -> bool:
    """Whether a number decoded at the end of what was read may go on ("0." then "5")."""
    number = isinstance(found, int | float) and not isinstance(found, bool)
    return number and _NUMBER_TAIL_RE.fullmatch(buf, end) is not None


def members(
    read: Callable[[int], str], *, streamed: frozenset[str], limit: int
) -> Iterator[tuple[Any, ...]]:
    """The members of the JSON object `read` gives (see the module's docstring)."""
    text = _Text(read)
    decoder = json.JSONDecoder()
    text.more()
    first = text.skip_space()
    if first != "{":
        whole = text.value(decoder, limit)
        _end(text)
        yield (None, whole)
        return
    text.i += 1
    following = text.skip_space()
    if following == "}":
        text.i += 1
        _end(text)
        return
    while True:
        if following != '"':
            raise text.error("Expecting property name enclosed in double quotes", text.i)
        key = _key(text)
        if text.skip_space() != ":":
            raise text.error("Expecting ':' delimiter", text.i)
        text.i += 1
        if text.skip_space() == "[" and key in streamed:
            text.i += 1
            yield (key, STREAMED)
            yield from _elements(text, decoder, key, limit)
        else:
            yield (key, text.value(decoder, limit))
        after = text.skip_space()
        if after == "}":
            text.i += 1
            _end(text)
            return
        if after != ",":
            raise text.error("Expecting ',' delimiter", text.i)
        text.i += 1
        following = text.skip_space()


def _key(text: _Text) -> str:
    """The member name starting at the quote here."""
    while True:
        try:
            key, end = scanstring(text.buf, text.i + 1)
        except json.JSONDecodeError as exc:
            # A name cut by the end of what was read (inside a \uXXXX escape, say) is read on.
            cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(text.buf) - 6
            if cut and text.more():
                continue
            raise text.error(exc.msg, exc.pos) from None
        text.i = end
        return str(key)


def _elements(
    text: _Text, decoder: json.JSONDecoder, key: str, limit: int
) -> Iterator[tuple[str, int, Any]]:
    if text.skip_space() == "]":
        text.i += 1
        return
    index = 0
    while True:
        text.skip_space()
        yield (key, index, text.value(decoder, limit))
        index += 1
        after = text.skip_space()
        if after == "]":
            text.i += 1
            return
        if after != ",":
            raise text.error("Expecting ',' delimiter", text.i)
        text.i += 1


def _end(text: _Text) -> None:
    if text.skip_space():
        raise text.error("Extra data", text.i)
