"""The few pieces of iCalendar syntax (RFC 5545) the follow-up feed is written with, as plain
string functions: building an object per property (the `icalendar` library) cost a second of CPU
per 1,000 rounds.

- Content lines end in CRLF and are folded so that no line is longer than 75 octets: at most 74
  octets of content per line, a continuation starts with one space (section 3.1). A fold never
  splits a UTF-8 sequence, nor a backslash escape (nor a `^`) from the character it escapes, as
  `icalendar` does, so the two write the same lines.
- TEXT values escape `\\`, `;`, `,` and line breaks (section 3.3.11); a CRLF, LF or lone CR
  becomes `\\n`.
- DATE is `YYYYMMDD`; a UTC DATE-TIME is `YYYYMMDDTHHMMSSZ` (sections 3.3.4 and 3.3.5).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

CRLF = "\r\n"
FOLD = b"\r\n "
LIMIT = 74
"""Octets of content per physical line: with the leading space of a continuation, 75."""
_BACKSLASH, _CARET, _CONTINUATION = 0x5C, 0x5E, 0x80


def escape_text(value: str) -> str:
    """A TEXT value as RFC 5545 writes it (section 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line (without its CRLF), folded at 75 octets (section 3.1)."""
    if line.isascii():  # one octet per character: cut the string itself
        if len(line) <= LIMIT:
            return line
        pieces, start, size = [], 0, len(line)
        while size - start > LIMIT:
            end = start + LIMIT
            if line[end - 1] in "\\^":
                end -= 1  # keep an escape with what it escapes
            pieces.append(line[start:end])
            start = end
        pieces.append(line[start:])
        return "\r\n ".join(pieces)
    data = line.encode()
    size = len(data)
    if size <= LIMIT:
        return line
    parts = []
    start = 0
    while size - start > LIMIT:
        end = start + LIMIT
        while data[end] & 0xC0 == _CONTINUATION:  # never inside a UTF-8 sequence
            end -= 1
        if end - start > 1 and data[end - 1] in (_BACKSLASH, _CARET):
            end -= 1  # keep an escape with what it escapes
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return FOLD.join(parts).decode()


def line(name: str, value: str) -> str:
    """`NAME:value` folded, with its CRLF; `value` already in its iCalendar form."""
    return fold(f"{name}:{value}") + CRLF


def text_line(name: str, value: str) -> str:
    """A property whose value is TEXT."""
    return line(name, escape_text(value))


def utc_datetime(moment: datetime) -> str:
    """A DATE-TIME in UTC form (`20261125T140000Z`), seconds kept, fractions dropped."""
    u = moment.astimezone(UTC)
    return f"{u.year:04d}{u.month:02d}{u.day:02d}T{u.hour:02d}{u.minute:02d}{u.second:02d}Z"


def date_value(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"
