"""Reading an interview round, a reply and a follow-up sent: each problem named by its field.

What can be read is read here; what may be recorded is the core's to say (a reply before the
interview, a second reply to one round, a date in the future, one follow-up of each kind, the
status window), for the command line, the API and the pages alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from tactful.errors import BadInput
from tactful.models import Outcome, Person
from tactful.web.forms import (
    Errors,
    FieldErrors,
    Problem,
    day_value,
    flag,
    line,
    long_text,
    person_of,
    text_of,
)

OUTCOMES = tuple(str(o) for o in Outcome)


def _people(raw: Mapping[str, Any], errors: Errors) -> list[Person] | None:
    value = raw.get("interviewers")
    if value is None:
        return None
    items: list[Any] = value if isinstance(value, list) else text_of(value).splitlines()
    people: list[Person] = []
    for item in items:
        text = (
            str(Person(text_of(item.get("name")), text_of(item.get("email"))))
            if isinstance(item, Mapping)
            else text_of(item)
        )
        if not text:
            continue
        try:
            people.append(person_of(text))
        except BadInput:
            errors["interviewers"] = Problem("not-a-person", {"value": text})
    return people


def instant(raw: Mapping[str, Any], name: str, errors: Errors, *, zone: tzinfo) -> datetime | None:
    """An aware date-time field ("YYYY-MM-DD HH:MM", the browser's "…T…", offset optional)."""
    from tactful.clock import parse_datetime

    value = raw.get(name)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    text = text_of(value)
    if not text:
        return None
    try:
        return parse_datetime(text, zone=zone, what=name)
    except BadInput:
        errors[name] = Problem("not-a-datetime", {"value": text})
        return None


def _timeline(text: str, said_on: date | None, errors: Errors) -> None:
    """What they said must read as a date; the core works the date out with the holidays."""
    from tactful.policy import parse_timeline

    if not text:
        return
    try:
        parse_timeline(text, said_on or date.today())
    except BadInput:
        errors["timeline"] = Problem("unreadable-timeline", {"value": text})


def round_values(raw: Mapping[str, Any], *, zone: tzinfo, partial: bool = False) -> dict[str, Any]:
    """Keyword arguments for `Tactful.add_interview` (or the changes of `edit_interview`).

    `at` is "YYYY-MM-DD HH:MM" (or the browser's "YYYY-MM-DDTHH:MM") in `timezone`, else `zone`.
    """
    errors: Errors = {}
    out: dict[str, Any] = {}

    def wanted(name: str) -> bool:
        return not partial or name in raw

    zone = _zone(raw, zone, out, errors)
    if wanted("at"):
        _when(raw, zone, out, errors)
    if wanted("duration_minutes"):
        _duration(raw, out, errors)
    people = _people(raw, errors)
    if people is not None:
        out["interviewers"] = people
    _decision(raw, out, errors, date_wanted=wanted("decision_date"), said=wanted("timeline"))
    if wanted("many_candidates"):
        out["many_candidates"] = flag(raw.get("many_candidates"))
    for name in ("detail", "selling_point", "forgot"):
        if wanted(name):
            out[name] = long_text(raw, name, errors)
    if errors:
        raise FieldErrors(errors)
    return out


def _decision(
    raw: Mapping[str, Any], out: dict[str, Any], errors: Errors, *, date_wanted: bool, said: bool
) -> None:
    """The employer's decision: a date, or what they said ("two weeks"), not both."""
    if date_wanted:
        out["decision_date"] = day_value(raw, "decision_date", errors)
    if said:
        out["timeline"] = line(raw, "timeline", errors, required=False)
        if "timeline" not in errors:
            at = out.get("at")
            _timeline(out["timeline"], at.date() if at else None, errors)
    if out.get("decision_date") and out.get("timeline"):
        errors["timeline"] = Problem("decision-or-timeline")


def _zone(raw: Mapping[str, Any], zone: tzinfo, out: dict[str, Any], errors: Errors) -> tzinfo:
    """The round's own time zone when the form names one (kept in `out`), else `zone`."""
    from tactful.clock import zone_named

    tz = line(raw, "timezone", errors, required=False)
    if not tz or "timezone" in errors:
        return zone
    try:
        named = zone_named(tz)
    except BadInput:
        errors["timezone"] = Problem("unknown-timezone", {"value": tz})
        return zone
    out["timezone"] = tz
    return named


def _when(raw: Mapping[str, Any], zone: tzinfo, out: dict[str, Any], errors: Errors) -> None:
    if not text_of(raw.get("at")) and not isinstance(raw.get("at"), datetime):
        errors["at"] = Problem("required-at")
    elif (at := instant(raw, "at", errors, zone=zone)) is not None:
        out["at"] = at


def _duration(raw: Mapping[str, Any], out: dict[str, Any], errors: Errors) -> None:
    try:
        minutes = int(text_of(raw.get("duration_minutes")) or 60)
    except ValueError:
        minutes = 0
    if 1 <= minutes <= 24 * 60:
        out["duration_minutes"] = minutes
    else:
        errors["duration_minutes"] = Problem("duration-range")


def round_changes(values: dict[str, Any]) -> dict[str, Any]:
    """`round_values` turned into the changes `Tactful.edit_interview` takes."""
    changes = dict(values)
    if "timezone" in changes and "at" not in changes:
        changes.pop("timezone")
    if "decision_date" in changes or "timeline" in changes:
        timeline = changes.get("timeline", "")
        decision = changes.get("decision_date")
        if timeline:
            changes["decision_date"] = None  # the core works it out from what they said
        else:
            changes["timeline"] = ""
            changes["decision_date"] = decision
    return changes


def reply_values(raw: Mapping[str, Any], *, zone: tzinfo) -> dict[str, Any]:
    """Keyword arguments for `Tactful.record_reply`: their answer, when it came, a note.

    Only read here: whether it may be recorded (one reply per round, not before the interview,
    not in the future) is the core's rule, worded by `tactful.web.refusals.dated_problem`."""
    errors: Errors = {}
    out: dict[str, Any] = {}
    outcome = text_of(raw.get("outcome"))
    if not outcome:
        errors["outcome"] = Problem("choose-outcome")
    elif outcome not in OUTCOMES:
        errors["outcome"] = Problem("unknown-outcome", {"value": outcome})
    else:
        out["outcome"] = Outcome(outcome)
    at = instant(raw, "at", errors, zone=zone)
    if at is not None:
        out["at"] = at
    out["note"] = long_text(raw, "note", errors)
    if errors:
        raise FieldErrors(errors)
    return out


def sent_at(raw: Mapping[str, Any], *, zone: tzinfo) -> datetime | None:
    """When a follow-up went out (None: now), read; the core checks it is not before the
    interview nor in the future."""
    errors: Errors = {}
    at = instant(raw, "at", errors, zone=zone)
    if errors:
        raise FieldErrors(errors)
    return at
