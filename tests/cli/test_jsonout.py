"""`write_object` writes exactly what `json.dumps` writes for the same object, compact and
indented, with its list's items as values or as their texts, across the chunks it encodes
the items in (512 at a time)."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.cli.jsonout import write_object

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(
    item=values,
    count=st.sampled_from([0, 1, 2, 511, 512, 513, 1100]),
    indent=st.sampled_from([None, 2]),
    encoded=st.booleans(),
    before=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_write_object_writes_what_json_dumps_writes(
    item: Any, count: int, indent: int | None, encoded: bool, before: bool
) -> None:
    items = [[item, n] for n in range(count)]
    members: list[tuple[str, Any]] = [("first", {"a": [1, 2]})] if before else []
    members += [("items", None), ("last", "é")]
    out = io.StringIO()
    given_items = [json.dumps(i, ensure_ascii=False) for i in items] if encoded else items
    write_object(out.write, members, "items", iter(given_items), indent=indent, encoded=encoded)
    whole = {key: (items if key == "items" else value) for key, value in members}
    assert out.getvalue() == json.dumps(whole, indent=indent, ensure_ascii=False) + "\n"
