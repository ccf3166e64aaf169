"""What Rich prints to a pipe or a file, computed without importing Rich.

Read commands print tables and wrapped text through Rich (tactful.cli.render). Importing Rich
costs more than the whole of `tactful due` on a thousand rounds, and Rich lays out a table of a
thousand rows in seconds, so when Rich would write plain text (stdout is not a terminal, no
FORCE_COLOR or TTY_COMPATIBLE), these functions give the same characters: the same width
(COLUMNS, else the terminal of stdin, stdout or stderr, else 80), the same word wrapping
(rich._wrap.divide_line, rich.text.Text.wrap), the same table layout (rich.table.Table:
measuring, collapsing wide columns, wrapping cells, HEAVY_HEAD box) and the same padding.

Only text whose every character takes one cell and holds no Rich markup or emoji code is laid
out here; anything else raises `Unsupported`, and the caller lets Rich print it. Tests compare
both on many inputs (tests/cli/test_plain_output.py). Rich is MIT-licensed; the functions below
follow its code (version 13 to 15).
"""

from __future__ import annotations

import itertools
import os
import re
import sys
from collections.abc import Sequence

_SINGLE_CELL_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2500, 0x25FC))
# Characters outside Rich's single-cell ranges that tactful prints often and that take one cell
# in every Unicode version Rich knows (a test checks each against rich.cells.cell_len).
_ALSO_SINGLE = "—–‐‑’‘“”„…→←·•€£−′″«»"
SINGLE_CELL = frozenset(
    [chr(c) for low, high in _SINGLE_CELL_RANGES for c in range(low, high + 1)] + list(_ALSO_SINGLE)
)
_MARKUP_TAG_RE = re.compile(r"((\\*)\[([a-z#/@][^[]*?)])")
_EMOJI_CODE_RE = re.compile(r"(:(\S*?)(?:(?:\-)(emoji|text))?:)")
_WORD_RE = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE_RE = re.compile(r"\s+$")
_EDGE: dict[str, tuple[str, str, str, str]] = {
    kind: (chars[0], chars[1], chars[2], chars[3])
    for kind, chars in {
        "top": "┏━┳┓", "head": "┃ ┃┃", "head_row": "┡━╇┩", "row": "│ ││", "bottom": "└─┴┘"
    }.items()
}  # fmt: skip
"""Rich's HEAVY_HEAD box: left edge, line, divider, right edge of each kind of row."""


class Unsupported(Exception):
    """Text this module does not lay out exactly as Rich would: let Rich print it."""


def width() -> int | None:
    """The width Rich uses when it prints plain text to stdout; None when Rich would print to a
    terminal (styles and colours), or anything else this module does not reproduce."""
    environ = os.environ
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible == "1":
        return None
    if compatible != "0":
        force = environ.get("FORCE_COLOR")
        if force is not None:
            if force != "":
                return None
        else:
            try:
                if sys.stdout.isatty():
                    return None
            except (AttributeError, ValueError):
                pass
    encoding = (getattr(sys.stdout, "encoding", "utf-8") or "utf-8").lower()
    if not encoding.startswith("utf"):
        return None  # Rich would draw the table in ASCII
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        size = int(columns)
    else:
        size = 0
        for descriptor in (0, 1, 2):
            try:
                size = os.get_terminal_size(descriptor).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
        size = size or 80
    return size if size >= 20 else None


def check(text: str, *, markup: bool = True) -> str:
    """`text` itself when Rich would print its characters unchanged, one cell each."""
    if not SINGLE_CELL.issuperset(text):
        raise Unsupported(text)
    if ":" in text and _EMOJI_CODE_RE.search(text):
        raise Unsupported(text)
    if markup and "[" in text and _MARKUP_TAG_RE.search(text):
        raise Unsupported(text)
    return text


# --- text: rich._wrap.divide_line and rich.text.Text.wrap -----------------------------------


def divide_line(text: str, size: int, fold: bool = True) -> list[int]:
    breaks: list[int] = []
    offset = 0
    match = _WORD_RE.match(text, 0)
    while match is not None:
        start, end = match.span()
        word = match.group(0)
        word_length = len(word.rstrip())
        if size - offset >= word_length:
            offset += len(word)
        elif word_length > size:
            if fold:
                pieces = [word[i : i + size] for i in range(0, len(word), size)]
                for index, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if index == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
        match = _WORD_RE.match(text, end)
    return breaks


def _truncate(line: str, size: int, overflow: str, pad: bool = False) -> str:
    length = len(line)
    if length > size:
        line = line[: size - 1] + "…" if overflow == "ellipsis" else line[:size]
    if pad and length < size:
        line += " " * (size - length)
    return line


def wrap(text: str, size: int, *, justify: str = "default", overflow: str = "fold") -> list[str]:
    """The lines Rich prints for a one-line `text` at `size` cells (Text.wrap)."""
    if "\n" in text or "\t" in text:
        raise Unsupported(text)
    offsets = divide_line(text, size, fold=overflow == "fold")
    bounds = [0, *offsets, len(text)]
    lines = [text[a:b] for a, b in itertools.pairwise(bounds)]
    out: list[str] = []
    for line in lines:
        if len(line) > size:  # Text.rstrip_end
            found = _TRAILING_SPACE_RE.search(line)
            if found is not None:
                line = line[: len(line) - min(len(found.group(0)), len(line) - size)]
        if justify == "left":
            line = _truncate(line, size, overflow, pad=True)
        elif justify == "center":
            line = _truncate(line.rstrip(), size, overflow)
            line = " " * ((size - len(line)) // 2) + line
            line += " " * (size - len(line))
        elif justify != "default":
            raise Unsupported(justify)
        out.append(_truncate(line, size, overflow))
    return out


def printed(text: str, size: int, *, markup: bool = True) -> str:
    """What `Console.print(text)` writes (no style, soft wrap off)."""
    return "".join(line + "\n" for line in wrap(check(text, markup=markup), size))


def padded(text: str, left: int, size: int) -> str:
    """What `Console.print(Padding(Text(text), (0, 0, 0, left), expand=False))` writes."""
    check(text, markup=False)
    inner = min(len(text) + left, size) - left
    if inner < 1:
        raise Unsupported(text)
    return "".join(
        " " * left + line + " " * (inner - len(line)) + "\n" for line in wrap(text, inner)
    )


# --- tables: rich.table.Table with the default HEAVY_HEAD box and (0, 1) padding --------------


def _column_width(cells: Sequence[str], size: int) -> int:
    """The widest cell's maximum (Measurement.get of Padding(text, (0, 1)) within `size` cells,
    its upper bound): the text's length plus the padding, capped at `size`. Rich's minimum (the
    longest word) never changes the maximum, so it is not computed; every cell was `check`ed,
    so one character is one cell."""
    if size < 1:
        return 0
    return min(max(map(len, cells), default=size - 2) + 2, size)


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out: list[int] = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            given = min(most, round(ratio * remaining / total_ratio))
            out.append(value - given)
            remaining -= given
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], size: int) -> list[int]:
    total = sum(widths)
    excess = total - size
    while total and excess > 0:
        widest = max(widths)
        second = max(w if w != widest else 0 for w in widths)
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not widest - second:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        total = sum(widths)
        excess = total - size
    return widths


def _widths(columns: list[list[str]], size: int) -> list[int]:
    widths = [_column_width(cells, size) or 1 for cells in columns]
    if sum(widths) > size:
        widths = _collapse(widths, size)
        if sum(widths) > size:
            widths = _ratio_reduce(sum(widths) - size, [1] * len(widths), widths, widths)
        widths = [_column_width(cells, w) for cells, w in zip(columns, widths, strict=True)]
    return widths


def _cell_lines(text: str, size: int) -> list[str]:
    inner = size - 2
    if inner < 1:
        raise Unsupported(text)
    if len(text) <= inner:  # no break can fall inside: one line, padded (wrap gives the same)
        return [" " + text + " " * (inner - len(text)) + " "]
    return [" " + line + " " for line in wrap(text, inner, justify="left", overflow="ellipsis")]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    size: int,
    *,
    title: str | None = None,
    title_justify: str = "center",
) -> str:
    """What `Console.print(Table(title=…))` writes, its columns added with `add_column(header)`
    and its rows with `add_row(*cells)` (every cell checked with `check`)."""
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    for column in columns:
        for text in set(column):
            check(text)
    extra = 2 + len(headers) - 1
    widths = _widths(columns, size - extra)
    out: list[str] = []
    if title is not None:
        out += [
            line + "\n" for line in wrap(check(title), sum(widths) + extra, justify=title_justify)
        ]

    def border(kind: str) -> str:
        left, line, cross, right = _EDGE[kind]
        return left + cross.join(line * w for w in widths) + right + "\n"

    out.append(border("top"))
    # Cells repeat (states, steps, dates): each column lays out each distinct text once.
    laid_out = []
    for column, w in zip(columns, widths, strict=True):
        known = {text: _cell_lines(text, w) for text in set(column)}
        laid_out.append(list(map(known.__getitem__, column)))
    blanks = [" " * w for w in widths]
    left, _, divider, right = _EDGE["head"]
    header = [column[0] for column in laid_out]
    height = max(map(len, header))
    # The header sits low: its shorter cells padded above.
    lowered = [
        [blank] * (height - len(cell)) + cell for cell, blank in zip(header, blanks, strict=True)
    ]
    out += [left + divider.join(parts) + right + "\n" for parts in zip(*lowered, strict=True)]
    out.append(border("head_row"))
    out += _body([column[1:] for column in laid_out], blanks)
    out.append(border("bottom"))
    return "".join(out)


def _body(columns: list[list[list[str]]], blanks: list[str]) -> list[str]:
    """The body's lines, from each column's cells (each a list of lines): a row is as tall as
    its tallest cell, its shorter cells padded below with blank lines of their width.

    Rows of a thousand steps: the first two lines of every row are joined column by column
    (a list per column, then one `join` per row), which is what almost every row is; a row
    taller than two lines is laid out alone."""
    left, _, divider, right = _EDGE["row"]
    rows = list(zip(*columns, strict=True))
    heights = [max(map(len, cells)) for cells in rows]
    firsts = [[cell[0] for cell in column] for column in columns]
    first = [left + line + right + "\n" for line in map(divider.join, zip(*firsts, strict=True))]
    if max(heights, default=1) == 1:
        return first
    seconds = [
        [cell[1] if len(cell) > 1 else blank for cell in column]
        for column, blank in zip(columns, blanks, strict=True)
    ]
    second = [left + line + right + "\n" for line in map(divider.join, zip(*seconds, strict=True))]
    out: list[str] = []
    for index, height in enumerate(heights):
        out.append(first[index])
        if height == 2:
            out.append(second[index])
        elif height > 2:
            padded = [
                cell[1:] + [blank] * (height - max(len(cell), 1))
                for cell, blank in zip(rows[index], blanks, strict=True)
            ]
            out += [
                left + divider.join(parts) + right + "\n" for parts in zip(*padded, strict=True)
            ]
    return out
