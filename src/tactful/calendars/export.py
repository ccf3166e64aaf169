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

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tactful.calendars.ics_text import (
    date_value,
    escape_text,
    line,
    text_line,
    utc_datetime,
)
from tactful.models import COMMAND_WORDS, StepKind, StepState
from tactful.policy import RoundPlan, Step, article
from tactful.policy.rounds import without_cyclic_gc

UID_DOMAIN = "tactful.local"
SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
STATUS_REMINDER = timedelta(hours=9)
"""The status reminder rings at 09:00 on the day its window opens."""
_STATUS_TRIGGER = "PT9H"
"""STATUS_REMINDER as an iCalendar DURATION."""
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
    return FeedWriter().build(plans, now)


def _header() -> str:
    from tactful import __version__

    return "".join(
        [
            "BEGIN:VCALENDAR\r\n",
            line("VERSION", "2.0"),
            text_line("PRODID", f"-//tactful//tactful {__version__}//EN"),
            line("CALSCALE", "GREGORIAN"),
            line("METHOD", "PUBLISH"),
            text_line("X-WR-CALDESC", "When to follow up after your job interviews, from tactful."),
            text_line("X-WR-CALNAME", "tactful follow-ups"),
            line("REFRESH-INTERVAL;VALUE=DURATION", "PT1H"),
            line("X-PUBLISHED-TTL", "PT1H"),
        ]
    )


_FOOTER = "END:VCALENDAR\r\n"
PAUSE_EVERY = 4
"""Rounds written between two calls of `build`'s `pause` (a tenth of a millisecond at most)."""


class FeedWriter:
    """Writes the feed, keeping the text of each round's events from one build to the next.

    A round's two events depend only on what `_round_key` gathers (its data, the business days
    its windows were computed with, and its steps' states), never on the minute except through
    DTSTAMP and SEQUENCE, which every event shares and which are put in between the kept
    pieces. So a build after a minute turns or one round changes writes only what changed.
    Not thread-safe: one build at a time.
    """

    def __init__(self) -> None:
        self._rounds: dict[tuple[Any, ...], list[str]] = {}
        self._calendars: dict[tuple[Any, ...] | None, int] = {}
        self._next_calendar = 0
        self._header = _header()

    def build(
        self, plans: list[RoundPlan], now: datetime, pause: Callable[[], None] | None = None
    ) -> str:
        """The feed of `plans` at `now`; `pause()` is called every `PAUSE_EVERY` rounds."""
        moment = now.astimezone(UTC).replace(microsecond=0)
        sequence = max(0, int((moment - SEQUENCE_EPOCH).total_seconds() // 60))
        stamp, seq = f"DTSTAMP:{utc_datetime(moment)}\r\n", f"SEQUENCE:{sequence}\r\n"
        known, kept = self._rounds, {}
        calendars: dict[int, int] = {}
        parts = [self._header]
        with without_cyclic_gc():  # many small tuples, no cycles (see plan_all)
            for count, plan in enumerate(sorted(plans, key=_start_and_id), 1):
                key = self._round_key(plan, calendars)
                p = known.get(key)
                if p is None:
                    p = [piece for step in plan.steps for piece in _event(plan, step)]
                kept[key] = p
                if len(p) == 6:  # the two events of a round, unrolled
                    parts += (p[0], stamp, p[1], seq, p[2], p[3], stamp, p[4], seq, p[5])
                else:
                    for i in range(0, len(p), 3):
                        parts += (p[i], stamp, p[i + 1], seq, p[i + 2])
                if pause is not None and count % PAUSE_EVERY == 0:
                    pause()
        parts.append(_FOOTER)
        self._rounds = kept  # rounds gone from the data are forgotten
        return "".join(parts)

    def _round_key(self, plan: RoundPlan, calendars: dict[int, int]) -> tuple[Any, ...]:
        """Everything a round's events are written from (their windows follow from it)."""
        iv, app, calendar = plan.interview, plan.application, plan.calendar
        # Calendars are new objects at every planning: one number per distinct content. The
        # plans hold them for the whole build, so their ids stay theirs meanwhile.
        number = calendars.get(id(calendar))
        if number is None:
            content = None if calendar is None else (
                frozenset(calendar.holidays.items()), calendar.weekend
            )  # fmt: skip
            number = self._calendars.get(content)
            if number is None:  # numbers are never reused: kept rounds may carry old ones
                number = self._calendars[content] = self._next_calendar
                self._next_calendar += 1
            calendars[id(calendar)] = number
        start = iv.starts_at
        return (
            iv.id, iv.round, start, start.tzinfo, iv.duration_minutes, iv.timezone,
            tuple([(p.name, p.email) for p in iv.interviewers]), iv.decision_date, iv.timeline,
            iv.many_candidates,
            app.company, app.role, app.url, app.closing_date, plan.superseded_by, number,
            *[(step.kind, step.state) for step in plan.steps],
        )  # fmt: skip


def _start_and_id(plan: RoundPlan) -> tuple[float, int]:
    # A timestamp compares in one step; aware datetimes of distinct zones call utcoffset().
    return plan.interview.starts_at.timestamp(), plan.interview.id or 0


def _event(plan: RoundPlan, step: Step) -> tuple[str, str, str]:
    """One event in three pieces: its lines before DTSTAMP, its UID line (between DTSTAMP and
    SEQUENCE), and the rest; the order of properties is icalendar's."""
    interview, app = plan.interview, plan.application
    what = _TITLES[step.kind]
    mark = _MARK.get(step.state, "")
    title = escape_text(f"{mark}{what.lower() if mark else what} to {app.company} ({app.role})")
    if step.kind is StepKind.THANK_YOU:
        start = line("DTSTART", utc_datetime(step.earliest))
        end = line("DTEND", utc_datetime(step.latest))
    else:
        start = line("DTSTART;VALUE=DATE", date_value(step.earliest.date()))
        end = line("DTEND;VALUE=DATE", date_value(step.latest.date() + timedelta(days=1)))
    closed = step.state in (StepState.SKIPPED, StepState.CANCELLED)
    rest = [
        "CATEGORIES:tactful\r\n",
        text_line("DESCRIPTION", _description(plan, step)),
        "STATUS:CANCELLED\r\n" if closed else "STATUS:CONFIRMED\r\n",
        "TRANSP:TRANSPARENT\r\n",
    ]
    if app.url.startswith(("http://", "https://")):
        rest.append(line("URL", app.url))
    if step.pending:
        trigger = "P0D" if step.kind is StepKind.THANK_YOU else _STATUS_TRIGGER
        rest += [
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            line("DESCRIPTION", title),
            f"TRIGGER:{trigger}\r\nEND:VALARM\r\n",
        ]
    rest.append("END:VEVENT\r\n")
    uid = f"UID:{event_uid(interview.id, step.kind)}\r\n"
    return f"BEGIN:VEVENT\r\n{line('SUMMARY', title)}{start}{end}", uid, "".join(rest)


def _description(plan: RoundPlan, step: Step) -> str:
    interview, app = plan.interview, plan.application
    to = ", ".join(str(p) for p in interview.interviewers) or "the people who interviewed you"
    at = interview.starts_at  # as strftime("%Y-%m-%d %H:%M") would, at a tenth of its cost
    when = f"{at.year:04d}-{at.month:02d}-{at.day:02d} {at.hour:02d}:{at.minute:02d}"
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
