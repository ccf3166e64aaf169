"""JSON output written as it is made: an object whose one big list is written item by item.

`write_object` gives exactly the characters `json.dumps(obj, indent=indent,
ensure_ascii=False)` would give for the same object (compact with `indent=None`, as a pipe
gets it; indented by 2 for a terminal or a file), without ever holding the whole list: a
hundred thousand plans are printed with the memory of one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import islice

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any


def _dumps(value: Any, indent: int | None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False)


def _shifted(text: str, by: str) -> str:
    return text.replace("\n", "\n" + by)


def write_object(
    write: Callable[[str], object],
    members: list[tuple[str, Any]],
    streamed: str,
    items: Iterable[Any],
    *,
    indent: int | None,
    encoded: bool = False,
) -> None:
    """Write the object made of `members` in order, where the member named `streamed` is the
    list of `items` (each a value, or its compact JSON text when `encoded`), then a newline."""
    if not members:
        write("{}\n")
        return
    pad = "" if indent is None else " " * indent
    separator = ", " if indent is None else ",\n" + pad
    write("{" if indent is None else "{\n" + pad)
    for position, (key, value) in enumerate(members):
        if position:
            write(separator)
        write(json.dumps(key, ensure_ascii=False) + ": ")
        if key != streamed:
            write(_dumps(value, indent) if indent is None else _shifted(_dumps(value, indent), pad))
            continue
        _write_list(write, items, indent, pad, encoded)
    write("}\n" if indent is None else "\n}\n")


def _write_list(
    write: Callable[[str], object],
    items: Iterable[Any],
    indent: int | None,
    pad: str,
    encoded: bool,
) -> None:
    if indent is None:
        # Compact: a few hundred items at a time, as one write each. Texts ready to print are
        # joined; values are encoded by one `json.dumps` of the chunk, whose text is theirs
        # joined by ", " inside brackets (one call instead of one per item: half the time).
        iterator = iter(items)
        opening = "["
        while chunk := list(islice(iterator, 512)):
            write(opening + (", ".join(chunk) if encoded else _dumps(chunk, None)[1:-1]))
            opening = ", "
        write("[]" if opening == "[" else "]")
        return
    inner = pad * 2
    first = True
    for item in items:
        text = _dumps(json.loads(item) if encoded else item, indent)
        write(("[\n" + inner if first else ",\n" + inner) + _shifted(text, inner))
        first = False
    write("[]" if first else "\n" + pad + "]")
