"""tactful.jsonstream against the json module: the same values from a stream read in pieces of
any size, and the same error at the same place for a damaged document."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.jsonstream import STREAMED, TooLarge, members

STREAMED_KEYS = frozenset({"applications", "profile"})

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
values = st.recursive(
    scalars | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=8,
)
documents = st.dictionaries(
    st.sampled_from(["applications", "profile", "format", "version", 'é"x', ""]),
    st.lists(values, max_size=4) | values,
)


def reader(text: str, sizes: list[int]) -> Callable[[int], str]:
    """`read(n)` that hands the text out in the given piece sizes (then the rest at once)."""
    position = 0
    pieces = iter(sizes)

    def read(n: int) -> str:
        nonlocal position
        size = min(n, next(pieces, n))
        piece = text[position : position + size]
        position += len(piece)
        return piece

    return read


def rebuilt(text: str, sizes: list[int], limit: int = 1 << 20) -> Any:
    """The document `members` reads, put back together."""
    out: dict[str, Any] = {}
    for event in members(reader(text, sizes), streamed=STREAMED_KEYS, limit=limit):
        if event[0] is None:
            return event[1]
        if len(event) == 2:
            out[event[0]] = [] if event[1] is STREAMED else event[1]
        else:
            key, index, element = event
            assert index == len(out[key])
            out[key].append(element)
    return out


@settings(max_examples=150, deadline=None)
@given(documents, st.lists(st.integers(1, 7), max_size=40), st.sampled_from([None, 0, 2]))
def test_any_object_reads_as_json_loads_reads_it(
    document: dict[str, Any], sizes: list[int], indent: int | None
) -> None:
    text = json.dumps(document, indent=indent)
    assert rebuilt(text, sizes) == json.loads(text)


@settings(max_examples=200, deadline=None)
@given(documents, st.data())
def test_a_damaged_document_fails_where_json_loads_fails(
    document: dict[str, Any], data: st.DataObject
) -> None:
    text = json.dumps(document, indent=1)
    cut = data.draw(st.integers(0, len(text)))
    damage = data.draw(st.sampled_from(["", "}", "]", ",", '"', "x", "{", "[1,"]))
    broken = text[:cut] + damage + text[cut + 1 :]
    assert outcome(lambda: rebuilt(broken, [3, 5, 2])) == outcome(lambda: json.loads(broken))


def outcome(decode: Callable[[], Any]) -> tuple[str, Any]:
    """("value", the value) or ("error", json's message with its line, column and char)."""
    try:
        return ("value", decode())
    except json.JSONDecodeError as exc:
        return ("error", str(exc))


def test_a_value_that_is_not_an_object_comes_whole() -> None:
    assert rebuilt("  [1, 2, 3]  ", [2]) == [1, 2, 3]
    assert rebuilt('"text"', [1]) == "text"


def test_an_element_larger_than_the_limit_is_refused_with_its_offset() -> None:
    text = json.dumps({"format": "x", "applications": [{"a": 1}, {"big": "y" * 500}]})
    with pytest.raises(TooLarge) as raised:
        rebuilt(text, [16] * 100, limit=100)
    assert text[raised.value.where] == "{"
    assert text.index('{"big"') == raised.value.where


def test_a_long_document_read_in_big_pieces_keeps_its_line_numbers() -> None:
    """Past a whole read size, what was consumed is dropped: errors still say the right line."""
    applications = [{"company": f"Company {n}", "notes": "n" * 200} for n in range(12_000)]
    text = json.dumps({"applications": applications}, indent=1)
    broken = text[:-3] + "?" + text[-2:]
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    with pytest.raises(json.JSONDecodeError) as raised:
        rebuilt(broken, [])
    assert str(raised.value) == str(expected.value)
    assert len(rebuilt(text, [])["applications"]) == 12_000
