"""Typed reads of parsed icalendar properties.

icalendar types `component[name]` as any of its thirty value classes; these say which one a
test expects, and fail the test if the file holds another."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import icalendar


def when(component: icalendar.Component, name: str) -> date | timedelta:
    """The date, date-time or duration of DTSTART, DTEND, DTSTAMP or TRIGGER."""
    value = component[name]
    assert isinstance(value, icalendar.vDDDTypes), f"{name} is {value!r}"
    assert isinstance(value.dt, date | timedelta), f"{name} is {value.dt!r}"
    return value.dt


def instant(component: icalendar.Component, name: str) -> datetime:
    moment = when(component, name)
    assert isinstance(moment, datetime), f"{name} is {moment!r}, not a date-time"
    return moment


def sequence(component: icalendar.Component) -> int:
    value = component["SEQUENCE"]
    assert isinstance(value, int), f"SEQUENCE is {value!r}"
    return value
