"""When to follow up: the thank-you window, the status-inquiry window, and the state of a round."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from tactful.models import (
    Application,
    Channel,
    Interview,
    RoundState,
    StepKind,
    StepState,
)
from tactful.policy import article
from tactful.policy.business_days import BusinessCalendar

THANK_YOU_HOURS = 24
"""'immediately after your job interview': the note goes out within a day of it."""
STATUS_AFTER_CLOSING = timedelta(days=7)
"""'between a week to ten days following the job closing date': the window opens at a week…"""
STATUS_WINDOW_DAYS = 3
"""…and closes three days later, at ten days."""
STATUS_AFTER_INTERVIEW = timedelta(days=7)
"""With no date given: 'a reasonable amount of time after the interview' — the same week."""
MANY_CANDIDATES_DELAY = timedelta(days=7)
"""'it will likely take longer for you to get a response.'"""
CLOSE_AFTER_STATUS = timedelta(days=14)
"""After the last follow-up, two weeks of silence end the round: 'don't take it personally.'"""
END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    state: StepState
    earliest: datetime
    latest: datetime
    reason: str
    channel: Channel = Channel.EMAIL

    @property
    def pending(self) -> bool:
        return self.state in _PENDING


@dataclass(frozen=True, slots=True)
class RoundPlan:
    interview: Interview
    application: Application
    state: RoundState
    steps: tuple[Step, ...]
    advice: str

    def step(self, kind: StepKind) -> Step:
        return next(s for s in self.steps if s.kind is kind)


_PENDING = frozenset({StepState.UPCOMING, StepState.DUE, StepState.LATE})


def thank_you_window(interview: Interview) -> tuple[datetime, datetime]:
    """Opens when the interview ends, closes 24 hours later.

    Article: "The first follow-up should be the thank you note that you send – probably by
    email – immediately after your job interview."
    """
    ends = interview.starts_at + timedelta(minutes=interview.duration_minutes)
    return ends, ends + timedelta(hours=THANK_YOU_HOURS)


def status_window(
    interview: Interview, application: Application, calendar: BusinessCalendar
) -> tuple[date, date, list[str]]:
    """The days the optional status inquiry may go out, and why.

    Article: "If you still haven't heard from the employer in the time they indicated they would
    make a decision – or in what seems like a reasonable amount of time after the interview, it
    is okay to follow up a second time. This is usually between a week to ten days following the
    job closing date." — and "following up before that period would not be productive."
    """
    why: list[str] = []
    candidates: list[date] = []
    if interview.decision_date is not None:
        candidates.append(calendar.next_business_day_after(interview.decision_date))
        said = f" ('{interview.timeline}')" if interview.timeline else ""
        why.append(
            f"the business day after the decision date the employer gave, "
            f"{interview.decision_date.isoformat()}{said}"
        )
    if application.closing_date is not None:
        candidates.append(application.closing_date + STATUS_AFTER_CLOSING)
        why.append(f"a week after the posting closed on {application.closing_date.isoformat()}")
    if not candidates:
        candidates.append(interview.starts_at.date() + STATUS_AFTER_INTERVIEW)
        why.append("a week after the interview (no decision date or closing date known)")
    opens = max(candidates)
    if interview.many_candidates:
        opens += MANY_CANDIDATES_DELAY
        why.append("one more week: the employer is seeing many candidates")
    # Never inside the thank-you window, never on or before the closing date.
    floor = thank_you_window(interview)[1].date() + timedelta(days=1)
    if application.closing_date is not None:
        floor = max(floor, application.closing_date + timedelta(days=1))
    opens = max(opens, floor)
    opens, moved = calendar.roll_forward(opens)
    closes, moved_close = calendar.roll_forward(opens + timedelta(days=STATUS_WINDOW_DAYS))
    if moved or moved_close:
        why.append("moved to a business day: " + "; ".join(moved + moved_close))
    return opens, closes, why


def _timed_state(now: datetime, earliest: datetime, latest: datetime) -> StepState:
    if now < earliest:
        return StepState.UPCOMING
    if now <= latest:
        return StepState.DUE
    return StepState.LATE


def plan_round(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    now: datetime,
    *,
    superseded_by: int | None = None,
) -> RoundPlan:
    """The follow-up plan of one interview round at `now`.

    `superseded_by` is the number of a later round of the same application: it starts its own
    sequence, so this round's status inquiry is no longer needed.
    """
    sent = {f.kind: f for f in interview.follow_ups}
    reply = min(interview.replies, key=lambda r: r.received_at) if interview.replies else None
    tz = interview.starts_at.tzinfo

    ty_open, ty_close = thank_you_window(interview)
    ty = _step_state(
        StepKind.THANK_YOU, now, ty_open, ty_close, interview, sent, reply, None
    )
    ty_reason = _thank_you_reason(ty, ty_close, sent)

    st_open_day, st_close_day, why = status_window(interview, application, calendar)
    st_open = datetime.combine(st_open_day, time(), tz)
    st_close = datetime.combine(st_close_day, END_OF_DAY, tz)
    st = _step_state(
        StepKind.STATUS_INQUIRY, now, st_open, st_close, interview, sent, reply, superseded_by
    )
    st_reason = _status_reason(st, st_open_day, st_close_day, why, sent, superseded_by)

    steps = (
        Step(StepKind.THANK_YOU, ty, ty_open, ty_close, ty_reason),
        Step(StepKind.STATUS_INQUIRY, st, st_open, st_close, st_reason),
    )
    state, advice = _round_state(interview, steps, now, st_close, reply, superseded_by)
    return RoundPlan(interview, application, state, steps, advice)


def _step_state(
    kind: StepKind,
    now: datetime,
    earliest: datetime,
    latest: datetime,
    interview: Interview,
    sent: dict[StepKind, object],
    reply: object | None,
    superseded_by: int | None,
) -> StepState:
    """Sent and skipped are facts; a reply, a cancelled interview or a later round cancel the rest.

    Article: the employer's answer is what the follow-up asks for, so once it comes nothing
    else is sent ("It can get you information about your candidacy sooner").
    """
    if kind in sent:
        return StepState.SENT
    if kind in interview.skipped:
        return StepState.SKIPPED
    if reply is not None or interview.cancelled or superseded_by is not None:
        return StepState.CANCELLED
    return _timed_state(now, earliest, latest)


def _thank_you_reason(
    state: StepState, closes: datetime, sent: dict[StepKind, object]
) -> str:
    if state is StepState.SENT:
        return "Sent. " + article.THANK_YOU_CONTENT
    if state is StepState.UPCOMING:
        return (
            "Essential: email a thank-you within 24 hours after the interview ends. "
            + article.THANK_YOU_IMMEDIATELY
        )
    if state is StepState.DUE:
        return (
            f"Send it now, before {closes.isoformat(timespec='minutes')}. "
            + article.THANK_YOU_CONTENT
        )
    if state is StepState.LATE:
        return (
            "Late: the 24 hours have passed, but a thank-you is still worth sending once, "
            "as soon as you can."
        )
    if state is StepState.SKIPPED:
        return "Skipped by you. " + article.TWICE
    return "Cancelled: the employer already answered, or the interview was cancelled."


def _status_reason(
    state: StepState,
    opens: date,
    closes: date,
    why: list[str],
    sent: dict[StepKind, object],
    superseded_by: int | None,
) -> str:
    when = f"{opens.isoformat()} to {closes.isoformat()}"
    basis = "Opens at " + "; ".join(why) + "."
    if state is StepState.SENT:
        return "Sent. Now wait for the employer's answer. " + article.DONT_TAKE_IT_PERSONALLY
    if state is StepState.SKIPPED:
        return "Skipped by you: it is optional. " + article.SHORT_AND_FRIENDLY
    if state is StepState.CANCELLED:
        if superseded_by is not None:
            return f"Not needed: the employer invited you to round {superseded_by}."
        return "Cancelled: the employer already answered, or the interview was cancelled."
    if state is StepState.UPCOMING:
        return f"Optional, by email, {when}. {basis} {article.WEEK_TO_TEN_DAYS}"
    if state is StepState.DUE:
        return f"Optional: you may send one short, friendly status email until {closes}. {basis}"
    return (
        f"Optional and past its window ({when}): send it once if you still have heard nothing, "
        "or skip it. " + article.SHORT_AND_FRIENDLY
    )


def _round_state(
    interview: Interview,
    steps: tuple[Step, ...],
    now: datetime,
    status_close: datetime,
    reply: object | None,
    superseded_by: int | None,
) -> tuple[RoundState, str]:
    """active: something to send now; waiting: nothing to do until a date or a reply; closed."""
    if interview.cancelled:
        return RoundState.CLOSED, "The interview was cancelled."
    if reply is not None:
        return RoundState.CLOSED, "The employer answered: no more follow-ups for this round."
    if any(s.state in (StepState.DUE, StepState.LATE) for s in steps):
        return RoundState.ACTIVE, "Something is ready to send: see the steps due."
    if superseded_by is not None:
        return RoundState.CLOSED, f"Round {superseded_by} carries on from here."
    status = steps[1]
    if status.state is StepState.SENT:
        last = max(f.sent_at for f in interview.follow_ups)
        if now >= last + CLOSE_AFTER_STATUS:
            return RoundState.CLOSED, _move_on()
    elif status.state is StepState.SKIPPED and now >= status_close + CLOSE_AFTER_STATUS:
        return RoundState.CLOSED, _move_on()
    if any(s.state is StepState.UPCOMING for s in steps):
        return RoundState.WAITING, "Nothing to send yet: tactful will tell you when."
    return RoundState.WAITING, "Both follow-ups are done: wait for the employer's answer."


def _move_on() -> str:
    return (
        "Two weeks without an answer after your last email: move on to other applications, "
        "and don't take it personally. " + article.DONT_TAKE_IT_PERSONALLY
    )


def due_steps(plans: Iterable[RoundPlan]) -> list[tuple[RoundPlan, Step]]:
    """Steps to act on now, most urgent first: due before late, soonest deadline first."""
    found = [(p, s) for p in plans for s in p.steps if s.state in (StepState.DUE, StepState.LATE)]
    found.sort(key=lambda ps: (ps[1].state is StepState.LATE, ps[1].latest, ps[1].kind))
    return found
