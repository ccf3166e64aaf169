"""A strict first reading of an iCalendar file: content lines, their line numbers, nesting.

`icalendar` parses values well but does not say where a file is broken; this pass does, so a
malformed invitation gives one error that names the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tactful.errors import BadInput

_NAME = r"[A-Za-z0-9-]+"
_PARAM_VALUE = r'(?:"[^"]*"|[^";:,]*)'
_CONTENT_LINE = re.compile(
    rf"^(?P<name>{_NAME})(?P<params>(?:;{_NAME}={_PARAM_VALUE}(?:,{_PARAM_VALUE})*)*):(?P<value>.*)$",
    re.DOTALL,
)
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class ContentLine:
    name: str
    """Upper case."""
    params: str
    value: str
    line: int
    """Physical line (1-based) where the content line starts."""
    path: tuple[str, ...]
    """The components it sits in, outermost first: ("VCALENDAR", "VEVENT")."""


def decode(data: bytes, source: str) -> str:
    """Text of an iCalendar file: UTF-8 (a BOM is allowed); say so when it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            f"{source} line {line}: the file is not UTF-8 text; export the invitation again "
            "as an .ics file",
            code="invite-not-utf8",
            values={"source": source, "line": line},
        ) from None


def unfold(text: str) -> list[tuple[int, str]]:
    """Logical content lines with the physical line number each starts on (CRLF or LF)."""
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t") and logical:
            start, previous = logical[-1]
            logical[-1] = (start, previous + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    return logical


def scan(text: str, source: str) -> list[ContentLine]:
    """Every content line of a calendar, checked for syntax and BEGIN/END nesting."""
    logical = unfold(text)
    _check_start(logical, source)
    found: list[ContentLine] = []
    stack: list[tuple[str, int]] = []
    for number, raw in logical:
        where = f"{source} line {number}"
        match = _CONTENT_LINE.match(raw)
        if match is None:
            raise BadInput(
                f"{where}: cannot read {_show(raw)}: a calendar line is NAME;PARAM=value:value"
            )
        name, value = match["name"].upper(), match["value"]
        if not stack and found:
            raise BadInput(f"{where}: {_show(raw)} comes after END:VCALENDAR")
        if name == "BEGIN":
            _open(stack, value, number, where, raw)
        elif name == "END":
            _close(stack, value, where)
        found.append(ContentLine(name, match["params"], value, number, tuple(c for c, _ in stack)))
    _check_closed(stack, logical, source)
    return found


def _check_start(logical: list[tuple[int, str]], source: str) -> None:
    """The file has content and that content is a calendar."""
    if not logical:
        raise BadInput(
            f"{source} is empty: export the invitation again as an .ics file",
            code="invite-empty",
            values={"source": source},
        )
    first_line, first = logical[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise BadInput(
            f"{source} line {first_line}: {_show(first)} — an invitation (.ics) starts with "
            "BEGIN:VCALENDAR; is it the calendar file?",
            code="not-an-invite",
            values={"source": source},
        )


def _open(stack: list[tuple[str, int]], value: str, number: int, where: str, raw: str) -> None:
    """A BEGIN line: push the component it names, within the nesting limit."""
    component = value.strip().upper()
    if not re.fullmatch(_NAME, component):
        raise BadInput(f"{where}: BEGIN names no component: {_show(raw)}")
    if len(stack) >= MAX_DEPTH:
        raise BadInput(f"{where}: components nested too deep")
    stack.append((component, number))


def _close(stack: list[tuple[str, int]], value: str, where: str) -> None:
    """An END line: pop the component it closes, which must be the one opened last."""
    component = value.strip().upper()
    if not stack:
        raise BadInput(f"{where}: END:{component} closes nothing")
    opened, opened_at = stack.pop()
    if opened != component:
        raise BadInput(
            f"{where}: END:{component} does not match BEGIN:{opened} on line {opened_at}"
        )


def _check_closed(
    stack: list[tuple[str, int]], logical: list[tuple[int, str]], source: str
) -> None:
    """Every component opened was closed: a file cut short says so."""
    if stack:
        opened, opened_at = stack[-1]
        raise BadInput(
            f"{source} line {logical[-1][0]}: the file ends inside BEGIN:{opened} of line "
            f"{opened_at}; it was cut short — export the invitation again"
        )


def event_lines(lines: list[ContentLine]) -> list[dict[str, int]]:
    """For each VEVENT in order, the line of each of its own properties (first occurrence)."""
    events: list[dict[str, int]] = []
    for item in lines:
        if item.name == "BEGIN" and item.value.strip().upper() == "VEVENT":
            events.append({"BEGIN": item.line})
        elif events and item.path and item.path[-1] == "VEVENT":
            events[-1].setdefault(item.name, item.line)
    return events


def _show(raw: str) -> str:
    text = raw if len(raw) <= 60 else raw[:57] + "..."
    return repr(text)
