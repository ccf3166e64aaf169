"""`tactful due --json`: every due step, most urgent first, written as it is read.

The steps come a batch of rounds at a time (`Tactful.iter_due`); their order is `due_steps`'
(due before late, soonest deadline first, the status inquiry before the thank-you at the same
moment, then the plans' order). Each step's order is one integer (`_order`), so sorting them
all costs little; their JSON texts wait in memory for one batch, and in a temporary file when
there are more (read back through `mmap` in the sorted order), so that memory stays that of
one batch whatever the size of the store.
"""

from __future__ import annotations

import os
import sys
from array import array
from datetime import UTC, datetime, timedelta

from tactful.cli.jsonout import write_object
from tactful.cli.state import State
from tactful.kinds import StepKind, StepState

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import IO

    from tactful.policy import Step


def write_due_json(state: State, indent: int | None) -> None:
    """`{"due": [...]}` as `json.dumps` writes it (`indent` as `print_json` chooses it)."""
    from tactful.serialize import due_round_json_head, due_step_json_tail

    tactful = state.api
    lang = tactful.lang
    orders: list[int] = []
    texts = _Texts()
    # Rounds share their steps (tactful.policy.due): a step's order and JSON are made once.
    # The cache holds each step, so that no other object takes its id while it is cached.
    tails: dict[int, tuple[Step, int, str]] = {}
    for steps in tactful.iter_due():
        heads: list[str] = []
        parts: list[str] = []
        new_chars = 0
        head_of: object = None
        head = ""
        number = len(orders)
        add_order, add_head, add_part = orders.append, heads.append, parts.append
        for r, step in steps:
            if r is not head_of:
                head_of, head = r, due_round_json_head(r[0], r[1], r[2], r[3], r[4])
            # A step held by the cache keeps its id: an id found there is this step's.
            if (cached := tails.get(id(step))) is None:
                cached = (step, _order(step) << _NUMBER_BITS, due_step_json_tail(step, lang))
                new_chars += len(cached[2])
                if len(tails) >= _KEPT:
                    tails.clear()
                tails[id(step)] = cached
            add_order(cached[1] | number)
            add_head(head)
            add_part(cached[2])
            number += 1
        texts.extend(heads, parts, new_chars)
    orders.sort()
    try:
        items = texts.in_order(order & _NUMBER_MASK for order in orders)
        write_object(sys.stdout.write, [("due", None)], "due", items, indent=indent, encoded=True)
    finally:
        texts.close()


_KEPT = 20_000
"""Steps whose JSON is kept: rounds share them, not without end."""
_NUMBER_BITS = 40
"""Bits of a step's number in its order: its place among the steps read (ties keep it)."""
_NUMBER_MASK = (1 << _NUMBER_BITS) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_SHIFT = 1 << 61
"""Added to microseconds since 1970, so that every datetime's count is positive."""


def _order(step: Step) -> int:
    """`due_steps`' key (late, latest, kind) as one integer: late, then the deadline's
    microseconds since 1970 (instants in any zone compare as these do), then the kind
    ("status-inquiry" sorts before "thank-you")."""
    late = int(step.state is StepState.LATE)
    instant = (step.latest - _EPOCH) // _MICROSECOND + _SHIFT
    return (late << 62 | instant) << 1 | (step.kind is StepKind.THANK_YOU)


class _Texts:
    """The steps' JSON texts by number, each its round's part and its step's: in memory
    (the steps' parts shared, as rounds share steps) up to `_IN_MEMORY` characters, then
    in a temporary file."""

    def __init__(self) -> None:
        self._heads: list[str] = []
        self._tails: list[str] = []
        self._size = 0
        self._file: IO[bytes] | None = None
        self._offsets = array("q", [0])

    def extend(self, heads: list[str], tails: list[str], new_chars: int) -> None:
        """Keep the texts `heads[i] + tails[i]`; `new_chars`: the characters of the tails
        not kept before."""
        if self._file is None:
            self._heads += heads
            self._tails += tails
            self._size += sum(map(len, heads)) + new_chars
            if self._size <= _IN_MEMORY:
                return
            import tempfile

            # Closed by close(), which the writer calls in a finally.
            self._file = tempfile.TemporaryFile(prefix="tactful-due-")  # noqa: SIM115
            heads, tails = self._heads, self._tails
            self._heads, self._tails = [], []
        for text in map(str.__add__, heads, tails):
            self._write(text)

    def _write(self, text: str) -> None:
        assert self._file is not None
        data = text.encode()
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def in_order(self, numbers: Iterable[int]) -> Iterator[str]:
        if self._file is None:
            heads, tails = self._heads, self._tails
            for number in numbers:
                yield heads[number] + tails[number]
            return
        self._file.flush()
        # Read back one text at a time (a mapping of the file would count every page read
        # in the process's memory).
        offsets, descriptor, pread = self._offsets, self._file.fileno(), os.pread
        for number in numbers:
            start = offsets[number]
            yield pread(descriptor, offsets[number + 1] - start, start).decode()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


_IN_MEMORY = 48_000_000
"""Characters of JSON kept in memory (about 50 MB) before the rest goes to a file."""
