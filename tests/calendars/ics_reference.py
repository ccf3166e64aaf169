"""The calendar feed as it was written with the `icalendar` library, an object per property,
before tactful wrote the text itself (`tactful.calendars.export.FeedWriter`): the reference the
fast writer is held to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tactful.calendars.export import (
    _MARK,
    _TITLES,
    SEQUENCE_EPOCH,
    STATUS_REMINDER,
    _description,
    event_uid,
)
from tactful.models import StepKind, StepState
from tactful.policy import RoundPlan, Step


def reference_ics(plans: list[RoundPlan], now: datetime) -> str:
    """The feed as tactful wrote it with icalendar before `FeedWriter`."""
    from icalendar import Calendar, vText

    from tactful import __version__

    calendar = Calendar()
    calendar.add("prodid", f"-//tactful//tactful {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Unknown X- properties are not escaped unless given as TEXT.
    calendar.add("x-wr-calname", vText("tactful follow-ups"))
    calendar.add(
        "x-wr-caldesc", vText("When to follow up after your job interviews, from tactful.")
    )
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - SEQUENCE_EPOCH).total_seconds() // 60))
    for plan in sorted(plans, key=lambda p: (p.interview.starts_at, p.interview.id or 0)):
        for step in plan.steps:
            calendar.add_component(_event(plan, step, stamp, sequence))
    return str(calendar.to_ical().decode("utf-8"))


def _event(plan: RoundPlan, step: Step, stamp: datetime, sequence: int) -> Any:
    from icalendar import Alarm, Event

    interview, app = plan.interview, plan.application
    what = _TITLES[step.kind]
    mark = _MARK.get(step.state, "")
    title = f"{mark}{what.lower() if mark else what} to {app.company} ({app.role})"
    event = Event()
    event.add("uid", event_uid(interview.id, step.kind))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("summary", title)
    if step.kind is StepKind.THANK_YOU:
        event.add("dtstart", step.earliest.astimezone(UTC))
        event.add("dtend", step.latest.astimezone(UTC))
    else:
        event.add("dtstart", step.earliest.date())
        event.add("dtend", step.latest.date() + timedelta(days=1))
    event.add("description", _description(plan, step))
    closed = step.state in (StepState.SKIPPED, StepState.CANCELLED)
    event.add("status", "CANCELLED" if closed else "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["tactful"])
    if app.url.startswith(("http://", "https://")):
        event.add("url", app.url)
    if step.pending:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        trigger = timedelta(0) if step.kind is StepKind.THANK_YOU else STATUS_REMINDER
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event
