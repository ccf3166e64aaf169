"""A strict RFC 5545 structural check of an iCalendar file, stricter than calendar apps are.

`problems(data)` returns what is wrong (an empty list means the file passes):

- every line ends with CRLF, no bare CR or LF, the file ends with CRLF (3.1);
- no physical line is longer than 75 octets, and folding never splits a UTF-8 character (3.1);
- content lines follow `name *(";" param) ":" value`, with quoted or plain parameter values and
  no control characters (3.1, 3.2);
- BEGIN/END nest properly inside exactly one VCALENDAR (3.4, 3.6);
- VCALENDAR has VERSION:2.0 and PRODID once each (3.7.3, 3.7.4);
- VEVENT has UID, DTSTAMP (in UTC) and DTSTART once each, not both DTEND and DURATION, DTEND
  after DTSTART and of the same value type, DATE and DATE-TIME values well formed (3.6.1, 3.3.4,
  3.3.5);
- VALARM has ACTION and TRIGGER once each, a DESCRIPTION for DISPLAY, a well-formed duration
  (3.6.6, 3.3.6);
- TEXT values escape backslash, semicolon, comma and newline (3.3.11);
- UIDs are unique.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_OCTETS = 75
_NAME = r"[A-Za-z0-9-]+"
_QSAFE = r'[^"\x00-\x08\x0a-\x1f\x7f]*'
_SAFE = r'[^";:,\x00-\x08\x0a-\x1f\x7f]*'
_PARAM_VALUE = rf'(?:"{_QSAFE}"|{_SAFE})'
_CONTENT = re.compile(
    rf"^(?P<name>{_NAME})(?P<params>(?:;{_NAME}={_PARAM_VALUE}(?:,{_PARAM_VALUE})*)*)"
    r":(?P<value>[^\x00-\x08\x0a-\x1f\x7f]*)$"
)
_PARAM = re.compile(rf";(?P<name>{_NAME})=(?P<value>{_PARAM_VALUE}(?:,{_PARAM_VALUE})*)")
_DATE = re.compile(r"^\d{8}$")
_DATE_TIME = re.compile(r"^\d{8}T\d{6}Z?$")
_DURATION = re.compile(r"^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$")
_TEXT_PROPS = frozenset(
    {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "UID", "X-WR-CALNAME", "X-WR-CALDESC",
     "PRODID"}
)  # fmt: skip
_MULTI_TEXT = frozenset({"CATEGORIES", "RESOURCES"})
_ONCE = {
    "VCALENDAR": ("VERSION", "PRODID", "CALSCALE", "METHOD"),
    "VEVENT": ("UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION",
               "STATUS", "SEQUENCE", "TRANSP", "URL", "CLASS", "LOCATION"),
    "VALARM": ("ACTION", "TRIGGER", "DESCRIPTION", "DURATION", "REPEAT"),
}  # fmt: skip
_REQUIRED = {
    "VCALENDAR": ("VERSION", "PRODID"),
    "VEVENT": ("UID", "DTSTAMP", "DTSTART"),
    "VALARM": ("ACTION", "TRIGGER"),
}


def problems(data: bytes) -> list[str]:
    found: list[str] = []
    if not data.endswith(b"\r\n"):
        found.append("the file does not end with CRLF")
    physical = data.split(b"\r\n")
    if physical and physical[-1] == b"":
        physical = physical[:-1]
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(physical, start=1):
        if b"\n" in raw or b"\r" in raw:
            found.append(f"line {number}: bare CR or LF (lines must end with CRLF)")
        if len(raw) > MAX_OCTETS:
            found.append(f"line {number}: {len(raw)} octets, more than {MAX_OCTETS}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            found.append(f"line {number}: not UTF-8 on its own (a fold split a character)")
            continue
        if text[:1] in (" ", "\t"):
            if not logical:
                found.append(f"line {number}: continuation line with nothing to continue")
                continue
            start, previous = logical[-1]
            logical[-1] = (start, previous + text[1:])
        elif text == "":
            found.append(f"line {number}: empty line")
        else:
            logical.append((number, text))
    found += _check_components(logical)
    return found


_Props = list[tuple[str, dict[str, str], str, int]]
"""A component's properties in order: name, parameters, value, line."""


@dataclass
class _Nesting:
    """What the walk over content lines has seen so far: open components, calendars, UIDs."""

    found: list[str] = field(default_factory=list)
    stack: list[tuple[str, _Props]] = field(default_factory=list)
    calendars: int = 0
    uids: list[str] = field(default_factory=list)

    def begin(self, value: str, number: int) -> None:
        if not self.stack:
            self.calendars += 1
            if value != "VCALENDAR":
                self.found.append(f"line {number}: top-level component {value}, not VCALENDAR")
        self.stack.append((value.upper(), []))

    def end(self, value: str, number: int) -> None:
        if not self.stack or self.stack[-1][0] != value.upper():
            self.found.append(f"line {number}: END:{value} does not close the open component")
            return
        component, props = self.stack.pop()
        self.found += _check_component(component, props)
        if component == "VEVENT":
            self.uids += [v for n, _, v, _ in props if n == "UID"]

    def property(self, name: str, params: str, value: str, number: int) -> None:
        if not self.stack:
            self.found.append(f"line {number}: property {name} outside any component")
            return
        parsed = {m["name"].upper(): m["value"] for m in _PARAM.finditer(params)}
        self.stack[-1][1].append((name, parsed, value, number))
        self.found += _check_text(name, value, number)

    def finish(self) -> list[str]:
        """Everything found, with what only the end of the file can tell."""
        if self.stack:
            self.found.append(f"BEGIN:{self.stack[-1][0]} is never closed")
        if self.calendars != 1:
            self.found.append(f"{self.calendars} VCALENDAR objects, expected exactly one")
        for uid, count in Counter(self.uids).items():
            if count > 1:
                self.found.append(f"UID {uid} is used by {count} events")
        return self.found


def _check_components(logical: list[tuple[int, str]]) -> list[str]:
    nesting = _Nesting()
    for number, text in logical:
        match = _CONTENT.match(text)
        if match is None:
            nesting.found.append(f"line {number}: not a content line: {text[:40]!r}")
            continue
        name, value = match["name"].upper(), match["value"]
        if name == "BEGIN":
            nesting.begin(value, number)
        elif name == "END":
            nesting.end(value, number)
        else:
            nesting.property(name, match["params"], value, number)
    return nesting.finish()


def _check_component(component: str, props: _Props) -> list[str]:
    counts = Counter(name for name, _, _, _ in props)
    found = [
        f"{component} without {name}" for name in _REQUIRED.get(component, ()) if counts[name] == 0
    ]
    found += [
        f"{component} has {name} {counts[name]} times"
        for name in _ONCE.get(component, ())
        if counts[name] > 1
    ]
    values = {name: (params, value, line) for name, params, value, line in props}
    check = _COMPONENT_CHECKS.get(component)
    if check is not None:
        found += check(values)
    return found


_Values = dict[str, tuple[dict[str, str], str, int]]
"""A component's properties by name (the last occurrence): parameters, value, line."""


def _check_calendar(values: _Values) -> list[str]:
    if "VERSION" in values and values["VERSION"][1] != "2.0":
        return [f"VERSION is {values['VERSION'][1]!r}, not 2.0"]
    return []


def _check_alarm(values: _Values) -> list[str]:
    found: list[str] = []
    action = values.get("ACTION", ({}, "", 0))[1].upper()
    if action == "DISPLAY" and "DESCRIPTION" not in values:
        found.append("VALARM with ACTION:DISPLAY has no DESCRIPTION")
    if "TRIGGER" in values:
        found += _check_trigger(*values["TRIGGER"])
    return found


def _check_trigger(params: dict[str, str], value: str, line: int) -> list[str]:
    if params.get("VALUE", "DURATION").upper() == "DURATION":
        if not _DURATION.match(value):
            return [f"line {line}: TRIGGER {value!r} is not a duration"]
    elif not re.fullmatch(r"\d{8}T\d{6}Z", value):
        return [f"line {line}: absolute TRIGGER {value!r} must be UTC"]
    return []


def _check_event(values: _Values) -> list[str]:
    found: list[str] = []
    if "DTEND" in values and "DURATION" in values:
        found.append("VEVENT has both DTEND and DURATION")
    kinds: dict[str, str] = {}
    for name in ("DTSTART", "DTEND", "DTSTAMP"):
        if name not in values:
            continue
        params, value, line = values[name]
        kind = params.get("VALUE", "DATE-TIME").upper()
        kinds[name] = kind
        pattern = _DATE if kind == "DATE" else _DATE_TIME
        if not pattern.match(value):
            found.append(f"line {line}: {name} {value!r} is not a {kind}")
        if name == "DTSTAMP" and not value.endswith("Z"):
            found.append(f"line {line}: DTSTAMP must be in UTC")
        if kind == "DATE-TIME" and "TZID" in params and value.endswith("Z"):
            found.append(f"line {line}: {name} has both TZID and Z")
    if "DTSTART" in values and "DTEND" in values:
        if kinds["DTSTART"] != kinds["DTEND"]:
            found.append("DTSTART and DTEND are not of the same value type")
        elif values["DTEND"][1] <= values["DTSTART"][1]:
            found.append("DTEND is not after DTSTART")
    if "STATUS" in values and values["STATUS"][1] not in ("TENTATIVE", "CONFIRMED", "CANCELLED"):
        found.append(f"VEVENT STATUS {values['STATUS'][1]!r} is not allowed")
    if "SEQUENCE" in values and not values["SEQUENCE"][1].isdigit():
        found.append("SEQUENCE is not a non-negative integer")
    return found


_COMPONENT_CHECKS: dict[str, Callable[[_Values], list[str]]] = {
    "VCALENDAR": _check_calendar,
    "VEVENT": _check_event,
    "VALARM": _check_alarm,
}
"""Checks of the values of one kind of component, beyond the counts every kind has."""


def _check_text(name: str, value: str, number: int) -> list[str]:
    if name not in _TEXT_PROPS and name not in _MULTI_TEXT:
        return []
    found: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            if i + 1 >= len(value) or value[i + 1] not in "\\;,nN":
                found.append(f"line {number}: {name} has a lone backslash")
            i += 2
            continue
        if char == ";" or (char == "," and name not in _MULTI_TEXT):
            found.append(f"line {number}: {name} has an unescaped {char!r}")
        i += 1
    return found
