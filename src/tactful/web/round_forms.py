"""Reading an interview round, a reply and a follow-up sent: each problem named by its field.

Dates that cannot be true are refused here with a reason, in the page and the API alike: a reply
before the interview it answers, a second reply to one round, a follow-up or a reply dated in
the future. The core's rules (one follow-up of each kind, the status window) still decide what
may be recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from tactful.errors import BadInput
from tactful.models import Interview, Outcome, Person
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
    from tactful.clock import zone_named

    errors: Errors = {}
    out: dict[str, Any] = {}
    tz = line(raw, "timezone", errors, required=False)
    if tz and "timezone" not in errors:
        try:
            zone = zone_named(tz)
            out["timezone"] = tz
        except BadInput:
            errors["timezone"] = Problem("unknown-timezone", {"value": tz})
    if not partial or "at" in raw:
        if not text_of(raw.get("at")) and not isinstance(raw.get("at"), datetime):
            errors["at"] = Problem("required-at")
        elif (at := instant(raw, "at", errors, zone=zone)) is not None:
            out["at"] = at
    if not partial or "duration_minutes" in raw:
        try:
            minutes = int(text_of(raw.get("duration_minutes")) or 60)
            if not 1 <= minutes <= 24 * 60:
                raise ValueError
            out["duration_minutes"] = minutes
        except ValueError:
            errors["duration_minutes"] = Problem("duration-range")
    people = _people(raw, errors)
    if people is not None:
        out["interviewers"] = people
    if not partial or "decision_date" in raw:
        out["decision_date"] = day_value(raw, "decision_date", errors)
    if not partial or "timeline" in raw:
        out["timeline"] = line(raw, "timeline", errors, required=False)
        if "timeline" not in errors:
            at = out.get("at")
            _timeline(out["timeline"], at.date() if at else None, errors)
    if out.get("decision_date") and out.get("timeline"):
        errors["timeline"] = Problem("decision-or-timeline")
    if not partial or "many_candidates" in raw:
        out["many_candidates"] = flag(raw.get("many_candidates"))
    for name in ("detail", "selling_point", "forgot"):
        if not partial or name in raw:
            out[name] = long_text(raw, name, errors)
    if errors:
        raise FieldErrors(errors)
    return out


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


def _not_future(at: datetime, now: datetime, errors: Errors) -> None:
    if at > now:
        errors["at"] = Problem("in-the-future", {"when": at})


def reply_values(
    raw: Mapping[str, Any], *, zone: tzinfo, interview: Interview, now: datetime
) -> dict[str, Any]:
    """Keyword arguments for `Tactful.record_reply`: their answer, when it came, a note.

    A round has one reply; it cannot come before the interview, nor after now."""
    errors: Errors = {}
    out: dict[str, Any] = {}
    if interview.replies:
        first = min(interview.replies, key=lambda r: r.received_at)
        errors["outcome"] = Problem("already-replied", {"when": first.received_at})
    outcome = text_of(raw.get("outcome"))
    if not outcome:
        errors.setdefault("outcome", Problem("choose-outcome"))
    elif outcome not in OUTCOMES:
        errors.setdefault("outcome", Problem("unknown-outcome", {"value": outcome}))
    else:
        out["outcome"] = Outcome(outcome)
    at = instant(raw, "at", errors, zone=zone)
    when = at or now
    if at is not None:
        out["at"] = at
    if "at" not in errors:
        if when < interview.starts_at:
            errors["at"] = Problem("reply-before-interview", {"when": interview.starts_at})
        else:
            _not_future(when, now, errors)
    out["note"] = long_text(raw, "note", errors)
    if errors:
        raise FieldErrors(errors)
    return out


def sent_at(raw: Mapping[str, Any], *, zone: tzinfo, interview: Interview, now: datetime) -> Any:
    """When a follow-up went out (None: now); never before the interview, nor in the future."""
    errors: Errors = {}
    at = instant(raw, "at", errors, zone=zone)
    if at is not None and "at" not in errors:
        if at < interview.starts_at:
            errors["at"] = Problem("sent-before-interview", {"when": interview.starts_at})
        else:
            _not_future(at, now, errors)
    if errors:
        raise FieldErrors(errors)
    return at
