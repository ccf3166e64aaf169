"""Line and column of an offset, by bisection over the line starts (built once per text)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class LineIndex:
    """1-based line and column of character offsets of one text.

    The line starts are found once, so each lookup costs a bisection: a 5 MB ad with thousands
    of findings stays fast."""

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # each line starts one past the end of the one before: running sums of the lines'
        # lengths plus one, all in C (a loop of str.find costs a Python step per line)
        starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
        starts.pop()  # one past the end of the last line: no line starts there
        self._starts = starts

    def line_column(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def line_span(self, offset: int) -> tuple[int, int]:
        """Start and end (before its line break) of the line holding `offset`."""
        index = bisect_right(self._starts, offset) - 1
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self.text)
        return start, end


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of one offset (for many, keep one `LineIndex`, or call
    `line_columns`)."""
    return LineIndex(text).line_column(offset)


def line_columns(text: str, offsets: list[int]) -> dict[int, tuple[int, int]]:
    """1-based line and column of each offset (0 to len(text)), as LineIndex.line_column gives
    them: the line breaks before each are counted from the one before, in order, so the text is
    read once whatever the number of offsets (for a few offsets in a long text, cheaper than
    the index of every line)."""
    out: dict[int, tuple[int, int]] = {}
    line, line_start, position = 1, 0, 0
    for offset in sorted(set(offsets)):
        line += text.count("\n", position, offset)
        last_break = text.rfind("\n", position, offset)
        if last_break >= 0:
            line_start = last_break + 1
        position = offset
        out[offset] = (line, offset - line_start + 1)
    return out
