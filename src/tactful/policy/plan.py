"""When to follow up: the thank-you window, the status-inquiry window, and the state of a round."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from tactful.models import (
    Application,
    Channel,
    Interview,
    Reply,
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
STATUS_WINDOW = timedelta(days=STATUS_WINDOW_DAYS)
ONE_DAY = timedelta(days=1)
STATUS_AFTER_INTERVIEW = timedelta(days=7)
"""With no date given: 'a reasonable amount of time after the interview' — the same week."""
MANY_CANDIDATES_DELAY = timedelta(days=7)
"""'it will likely take longer for you to get a response.'"""
CLOSE_AFTER_STATUS = timedelta(days=14)
"""After the last follow-up, two weeks of silence end the round: 'don't take it personally.'"""
END_OF_DAY = time(23, 59, 59)


class Step:
    """One follow-up of a round: its window, its state, and why (worded only when read)."""

    __slots__ = ("_explain", "_reason", "channel", "earliest", "kind", "latest", "state")

    def __init__(
        self,
        kind: StepKind,
        state: StepState,
        earliest: datetime,
        latest: datetime,
        reason: str | Callable[[], str],
        channel: Channel = Channel.EMAIL,
    ) -> None:
        self.kind = kind
        self.state = state
        self.earliest = earliest
        self.latest = latest
        self.channel = channel
        self._reason = reason if isinstance(reason, str) else None
        self._explain = None if isinstance(reason, str) else reason

    @property
    def reason(self) -> str:
        if self._reason is None:
            assert self._explain is not None
            self._reason = self._explain()
        return self._reason

    @property
    def pending(self) -> bool:
        return self.state in _PENDING

    def __repr__(self) -> str:
        return (
            f"Step({self.kind}, {self.state}, {self.earliest.isoformat()} → "
            f"{self.latest.isoformat()})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Step):
            return NotImplemented
        return (self.kind, self.state, self.earliest, self.latest, self.channel) == (
            other.kind, other.state, other.earliest, other.latest, other.channel
        )  # fmt: skip

    __hash__ = None  # type: ignore[assignment]


@dataclass(slots=True)
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
    ends = interview.starts_at + _minutes(interview.duration_minutes)
    return ends, ends + _THANK_YOU_SPAN


@lru_cache(maxsize=1024)
def _minutes(count: int) -> timedelta:
    return timedelta(minutes=count)


_THANK_YOU_SPAN = timedelta(hours=THANK_YOU_HOURS)


def status_window(
    interview: Interview, application: Application, calendar: BusinessCalendar
) -> tuple[date, date, list[str]]:
    """The days the optional status inquiry may go out, and why.

    Article: "If you still haven't heard from the employer in the time they indicated they would
    make a decision – or in what seems like a reasonable amount of time after the interview, it
    is okay to follow up a second time. This is usually between a week to ten days following the
    job closing date." — and "following up before that period would not be productive."
    """
    opens, closes = _status_days(interview, application, calendar)
    return opens, closes, _status_basis(interview, application, calendar)


def _status_days(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    thank_you_closes: datetime | None = None,
) -> tuple[date, date]:
    decision, closing = interview.decision_date, application.closing_date
    opens = date.min
    if decision is not None:
        opens = calendar.next_business_day_after(decision)
    if closing is not None:
        opens = max(opens, closing + STATUS_AFTER_CLOSING)
    if decision is None:
        # No date stated: "a reasonable amount of time after the interview" — at least a week,
        # even when the posting closed long before the interview.
        opens = max(opens, interview.starts_at.date() + STATUS_AFTER_INTERVIEW)
    if interview.many_candidates:
        opens += MANY_CANDIDATES_DELAY
    # Never inside the thank-you window, never on or before the closing date.
    if thank_you_closes is None:
        thank_you_closes = thank_you_window(interview)[1]
    opens = max(opens, thank_you_closes.date() + ONE_DAY)
    if closing is not None and opens <= closing:
        opens = closing + ONE_DAY
    opens = calendar.first_on_or_after(opens)
    return opens, calendar.first_on_or_after(opens + STATUS_WINDOW)


def _status_basis(
    interview: Interview, application: Application, calendar: BusinessCalendar
) -> list[str]:
    """The words behind _status_days, for the plan's reason."""
    why: list[str] = []
    decision, closing = interview.decision_date, application.closing_date
    candidates: list[date] = []
    if decision is not None:
        candidates.append(calendar.next_business_day_after(decision))
        said = f" ('{interview.timeline}')" if interview.timeline else ""
        why.append(
            "the business day after the decision date the employer gave, "
            f"{decision.isoformat()}{said}"
        )
    if closing is not None:
        candidates.append(closing + STATUS_AFTER_CLOSING)
        why.append(f"a week after the posting closed on {closing.isoformat()}")
    if decision is None:
        week_after = interview.starts_at.date() + STATUS_AFTER_INTERVIEW
        if not candidates or week_after > max(candidates):
            why.append("a week after the interview (the employer gave no decision date)")
    if interview.many_candidates:
        why.append("one more week: the employer is seeing many candidates")
    opens, closes = _status_days(interview, application, calendar)
    moved: list[str] = []
    for edge in (opens, closes):
        day = edge - ONE_DAY
        while calendar.why_closed(day) is not None and day > date.min:
            moved.append(f"{day.isoformat()} is {calendar.why_closed(day)}")
            day -= ONE_DAY
    if moved:
        why.append("moved to a business day: " + "; ".join(sorted(set(moved))))
    return why


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
    follow_ups, skipped = interview.follow_ups, interview.skipped
    sent = {f.kind for f in follow_ups} if follow_ups else _NOTHING
    reply = min(interview.replies, key=_received) if interview.replies else None
    ended = reply is not None or interview.cancelled
    tz = interview.starts_at.tzinfo

    ty_open, ty_close = thank_you_window(interview)
    if StepKind.THANK_YOU in sent:
        ty = StepState.SENT
    elif skipped and StepKind.THANK_YOU in skipped:
        ty = StepState.SKIPPED
    elif ended:
        ty = StepState.CANCELLED
    else:
        ty = _timed_state(now, ty_open, ty_close)

    st_open_day, st_close_day = _status_days(interview, application, calendar, ty_close)
    st_open = datetime.combine(st_open_day, _MIDNIGHT, tz)
    st_close = datetime.combine(st_close_day, END_OF_DAY, tz)
    if StepKind.STATUS_INQUIRY in sent:
        st = StepState.SENT
    elif skipped and StepKind.STATUS_INQUIRY in skipped:
        st = StepState.SKIPPED
    elif ended or superseded_by is not None:
        st = StepState.CANCELLED
    else:
        st = _timed_state(now, st_open, st_close)

    # Reasons are worded only when read: planning thousands of rounds should not format prose.
    steps = (
        Step(StepKind.THANK_YOU, ty, ty_open, ty_close, lambda: _thank_you_reason(ty, ty_close)),
        Step(
            StepKind.STATUS_INQUIRY,
            st,
            st_open,
            st_close,
            lambda: _status_reason(
                st, st_open_day, st_close_day, interview, application, calendar, superseded_by
            ),
        ),
    )
    state, advice = _round_state(interview, ty, st, now, st_close, reply, superseded_by)
    return RoundPlan(interview, application, state, steps, advice)


_NOTHING: frozenset[StepKind] = frozenset()


def _received(reply: Reply) -> datetime:
    return reply.received_at


_MIDNIGHT = time()


def _thank_you_reason(state: StepState, closes: datetime) -> str:
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
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    superseded_by: int | None,
) -> str:
    when = f"{opens.isoformat()} to {closes.isoformat()}"
    if state in _PENDING:
        basis = "Opens at " + "; ".join(_status_basis(interview, application, calendar)) + "."
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
    thank_you: StepState,
    status: StepState,
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
    if thank_you in _ACTIONABLE or status in _ACTIONABLE:
        return RoundState.ACTIVE, "Something is ready to send: see the steps due."
    if superseded_by is not None:
        return RoundState.CLOSED, f"Round {superseded_by} carries on from here."
    if status is StepState.SENT:
        last = max(f.sent_at for f in interview.follow_ups)
        if now >= last + CLOSE_AFTER_STATUS:
            return RoundState.CLOSED, _move_on()
    elif status is StepState.SKIPPED and now >= status_close + CLOSE_AFTER_STATUS:
        return RoundState.CLOSED, _move_on()
    if thank_you is StepState.UPCOMING or status is StepState.UPCOMING:
        return RoundState.WAITING, "Nothing to send yet: tactful will tell you when."
    return RoundState.WAITING, "Both follow-ups are done: wait for the employer's answer."


_ACTIONABLE = frozenset({StepState.DUE, StepState.LATE})


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
