"""tactful.cli.plain writes what Rich itself prints to a pipe: tables, wrapped lines and padded
text, compared character for character with Rich on generated cells and widths (the read
commands print through plain when they can, so this is what keeps their output Rich's)."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tactful.cli import plain

# Words of one-cell characters, without brackets or colons (plain leaves markup to Rich).
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-.,#’—é", min_size=1)
_CELL = st.lists(_WORD, max_size=8).map(" ".join) | st.sampled_from(
    ["", "due", "late", "2026-11-25", "a" * 60, "Data engineer, platform and analytics team"]
)


def _rich(size: int) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=size, highlight=False, soft_wrap=False, color_system=None), out


@settings(max_examples=300, deadline=None)
@given(
    headers=st.lists(_WORD, min_size=1, max_size=6),
    data=st.data(),
    size=st.integers(min_value=20, max_value=140),
    title=st.none() | _CELL.filter(bool),
    justify=st.sampled_from(["left", "center"]),
)
def test_tables_are_rich_tables(
    headers: list[str], data: st.DataObject, size: int, title: str | None, justify: str
) -> None:
    rows = data.draw(st.lists(st.lists(_CELL, min_size=len(headers), max_size=len(headers))))
    try:
        ours = plain.table(headers, rows, size, title=title, title_justify=justify)
    except plain.Unsupported:
        return
    console, out = _rich(size)
    table = Table(title=title, title_justify=justify)  # type: ignore[arg-type]
    for header in headers:
        table.add_column(header)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    assert ours == out.getvalue()


@settings(max_examples=300, deadline=None)
@given(text=_CELL, size=st.integers(min_value=20, max_value=140), left=st.integers(0, 6))
def test_lines_and_padded_text_are_rich_lines(text: str, size: int, left: int) -> None:
    console, out = _rich(size)
    console.print(text, markup=False)
    assert plain.printed(text, size, markup=False) == out.getvalue()
    try:
        ours = plain.padded(text, left, size)
    except plain.Unsupported:
        return
    console, out = _rich(size)
    console.print(Padding(Text(text), (0, 0, 0, left), expand=False))
    assert ours == out.getvalue()
