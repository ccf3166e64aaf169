"""Follow-up reminders as an iCalendar file (RFC 5545) for Google Calendar, Outlook, Apple Calendar.

One event per follow-up window of every round:

- thank-you: a timed event over its window (the interview's end to 24 hours later);
- status inquiry: an all-day span (DTSTART/DTEND;VALUE=DATE, DTEND exclusive).

UIDs are stable (`tactful-<interview id>-<kind>@tactful.local`), so importing a newer file or
refreshing a subscription updates the same events instead of adding copies. SEQUENCE grows with
the export time (minutes since 2025-01-01 UTC), so a later export always wins; DTSTAMP is the
export time.

What each step state becomes:

- upcoming, due, late: a confirmed event with a reminder (VALARM) — 0 min before the thank-you
  window opens, 09:00 on the first day of the status window;
- sent: kept, titled "Sent: …", without a reminder (so an earlier import stops ringing and the
  calendar keeps the history);
- skipped and cancelled: STATUS:CANCELLED, titled "Skipped: …" / "Cancelled: …", no reminder.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tactful.models import COMMAND_WORDS, StepKind, StepState
from tactful.policy import RoundPlan, Step, article

UID_DOMAIN = "tactful.local"
SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
STATUS_REMINDER = timedelta(hours=9)
"""The status reminder rings at 09:00 on the day its window opens."""
DRAFT_NAMES = COMMAND_WORDS
_TITLES = {
    StepKind.THANK_YOU: "Thank-you email",
    StepKind.STATUS_INQUIRY: "Status email (optional)",
}
_WHAT = {
    StepKind.THANK_YOU: article.THANK_YOU_CONTENT,
    StepKind.STATUS_INQUIRY: f"{article.STATUS_CONTENT} {article.REFER_TO_INTERVIEW}",
}
_MARK = {
    StepState.SENT: "Sent: ",
    StepState.SKIPPED: "Skipped: ",
    StepState.CANCELLED: "Cancelled: ",
}


def event_uid(interview_id: int | None, kind: StepKind) -> str:
    return f"tactful-{interview_id}-{kind}@{UID_DOMAIN}"


def draft_command(interview_id: int | None, kind: StepKind) -> str:
    return f"tactful draft {interview_id} {DRAFT_NAMES[kind]}"


def calendar_ics(plans: list[RoundPlan], now: datetime) -> str:
    """The iCalendar text (CRLF lines, folded at 75 octets) of the follow-ups of `plans`."""
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


def _description(plan: RoundPlan, step: Step) -> str:
    interview, app = plan.interview, plan.application
    to = ", ".join(str(p) for p in interview.interviewers) or "the people who interviewed you"
    when = interview.starts_at.strftime("%Y-%m-%d %H:%M")
    lines = []
    if step.pending:
        lines += [
            f"What to send: {_WHAT[step.kind]}",
            f"To: {to}",
            f"Draft it: {draft_command(interview.id, step.kind)}",
            f"Once sent, record it: tactful sent {interview.id} {DRAFT_NAMES[step.kind]}",
        ]
    lines += [
        f"Why now: {step.reason}",
        f"Interview: {app.company}, {app.role}, round {interview.round}, {when} "
        f"({interview.timezone or 'local time'}).",
        f"See the plan: tactful plan {interview.id}",
    ]
    return "\n".join(lines)
