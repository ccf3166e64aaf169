"""When to follow up: the thank-you window, the status-inquiry window, and the state of a round."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from tactful.kinds import Channel, RoundState, StepKind, StepState
from tactful.policy.business_days import BusinessCalendar
from tactful.policy.wording import say, weekday
from tactful.text.values import Record

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from datetime import tzinfo

    from tactful.models import Application, Interview, Reply
    from tactful.policy.notes import NoteStatus

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

    __slots__ = ("_explain", "_reasons", "channel", "earliest", "kind", "latest", "state")

    def __init__(
        self,
        kind: StepKind,
        state: StepState,
        earliest: datetime,
        latest: datetime,
        reason: str | Callable[[str], str],
        channel: Channel = Channel.EMAIL,
    ) -> None:
        self.kind = kind
        self.state = state
        self.earliest = earliest
        self.latest = latest
        self.channel = channel
        self._reasons: dict[str, str] = {}
        if isinstance(reason, str):
            self._explain: Callable[[str], str] = lambda _lang: reason
        else:
            self._explain = reason

    @property
    def reason(self) -> str:
        """Why, in English."""
        return self.reason_in("en")

    def reason_in(self, lang: str) -> str:
        """Why, in English ("en") or French ("fr")."""
        if (found := self._reasons.get(lang)) is None:
            found = self._reasons[lang] = self._explain(lang)
        return found

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


class RoundPlan(Record):
    """The follow-up plan of one interview round at a moment: its steps, its state and advice.

    `advice_key` says which advice (see tactful.policy.wording): `advice` words it in English.
    `calendar` holds the business days the windows were computed with. A record over
    `tactful.text.values.Record` (compared by its fields, as the dataclass it was):
    `dataclasses` brings `inspect` and costs every command that plans about 10 ms of startup."""

    __slots__ = (
        "advice_key",
        "application",
        "calendar",
        "interview",
        "state",
        "steps",
        "superseded_by",
    )
    _fields = (
        "interview",
        "application",
        "state",
        "steps",
        "advice_key",
        "superseded_by",
        "calendar",
    )

    def __init__(
        self,
        interview: Interview,
        application: Application,
        state: RoundState,
        steps: tuple[Step, ...],
        advice_key: str,
        superseded_by: int | None = None,
        calendar: BusinessCalendar | None = None,
    ) -> None:
        self.interview = interview
        self.application = application
        self.state = state
        self.steps = steps
        self.advice_key = advice_key
        self.superseded_by = superseded_by
        self.calendar = calendar

    @property
    def advice(self) -> str:
        return self.advice_in("en")

    def advice_in(self, lang: str) -> str:
        return say(lang, f"advice.{self.advice_key}", round=self.superseded_by)

    def step(self, kind: StepKind) -> Step:
        return next(s for s in self.steps if s.kind is kind)

    @property
    def thank_you_notes(self) -> list[NoteStatus]:
        """Each interviewer's thank-you note and where it stands (see tactful.policy.notes)."""
        from tactful.policy.notes import note_statuses

        state = self.step(StepKind.THANK_YOU).state
        return note_statuses(self.interview, self.application, state)

    def window_basis(self, lang: str = "en") -> list[str]:
        """Why the status window opens when it does, one clause per reason."""
        calendar = self.calendar or BusinessCalendar()
        return _status_basis(self.interview, self.application, calendar, lang)


_PENDING = frozenset({StepState.UPCOMING, StepState.DUE, StepState.LATE})


def thank_you_window(interview: Interview) -> tuple[datetime, datetime]:
    """Opens when the interview ends, closes 24 hours later.

    Article: "The first follow-up should be the thank you note that you send – probably by
    email – immediately after your job interview."
    """
    return thank_you_bounds(interview.starts_at, interview.duration_minutes)


def thank_you_bounds(starts_at: datetime, minutes: int) -> tuple[datetime, datetime]:
    """The thank-you window of an interview that starts at `starts_at` and lasts `minutes`."""
    ends = starts_at + _minutes(minutes)
    return ends, ends + _THANK_YOU_SPAN


def status_bounds(
    edges: tuple[date, date, date, date], tz: tzinfo | None
) -> tuple[datetime, datetime]:
    """The status window's first and last moments, from its days (`status_edges`)."""
    return datetime.combine(edges[1], _MIDNIGHT, tz), datetime.combine(edges[3], END_OF_DAY, tz)


@lru_cache(maxsize=1024)
def _minutes(count: int) -> timedelta:
    return timedelta(minutes=count)


_THANK_YOU_SPAN = timedelta(hours=THANK_YOU_HOURS)


def status_window(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    lang: str = "en",
) -> tuple[date, date, list[str]]:
    """The days the optional status inquiry may go out, and why.

    Article: "If you still haven't heard from the employer in the time they indicated they would
    make a decision – or in what seems like a reasonable amount of time after the interview, it
    is okay to follow up a second time. This is usually between a week to ten days following the
    job closing date." — and "following up before that period would not be productive."
    """
    opens, closes = _status_days(interview, application, calendar)
    return opens, closes, _status_basis(interview, application, calendar, lang)


def _status_days(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    thank_you_closes: datetime | None = None,
) -> tuple[date, date]:
    _, opens, _, closes = _status_edges(interview, application, calendar, thank_you_closes)
    return opens, closes


def _status_edges(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    thank_you_closes: datetime | None = None,
) -> tuple[date, date, date, date]:
    """The window's first and last day before and after moving them to business days."""
    if thank_you_closes is None:
        thank_you_closes = thank_you_window(interview)[1]
    return status_edges(
        interview.decision_date,
        application.closing_date,
        interview.starts_at.date(),
        interview.many_candidates,
        thank_you_closes.date(),
        calendar,
    )


def status_edges(
    decision: date | None,
    closing: date | None,
    interview_day: date,
    many_candidates: bool,
    thank_you_close_day: date,
    calendar: BusinessCalendar,
) -> tuple[date, date, date, date]:
    """`_status_edges` from the values it reads (the day of the interview and the day its
    thank-you window closes, both in the round's zone): the status window's first and last
    day before and after moving them to business days."""
    opens = date.min
    if decision is not None:
        opens = calendar.next_business_day_after(decision)
    if closing is not None:
        opens = max(opens, closing + STATUS_AFTER_CLOSING)
    if decision is None:
        # No date stated: "a reasonable amount of time after the interview" — at least a week,
        # even when the posting closed long before the interview.
        opens = max(opens, interview_day + STATUS_AFTER_INTERVIEW)
    if many_candidates:
        opens += MANY_CANDIDATES_DELAY
    # Never inside the thank-you window, never on or before the closing date.
    opens = max(opens, thank_you_close_day + ONE_DAY)
    if closing is not None and opens <= closing:
        opens = closing + ONE_DAY
    raw_open = opens
    opens = calendar.first_on_or_after(opens)
    raw_close = opens + STATUS_WINDOW
    return raw_open, opens, raw_close, calendar.first_on_or_after(raw_close)


def _status_basis(
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    lang: str,
    edges: tuple[date, date, date, date] | None = None,
) -> list[str]:
    """The words behind _status_days, for the plan's reason (`edges`: _status_edges' answer,
    when the caller has it already)."""
    return status_basis(
        interview.decision_date,
        interview.timeline,
        application.closing_date,
        interview.starts_at.date(),
        interview.many_candidates,
        calendar,
        lang,
        edges or _status_edges(interview, application, calendar),
    )


def status_basis(
    decision: date | None,
    timeline: str,
    closing: date | None,
    interview_day: date,
    many_candidates: bool,
    calendar: BusinessCalendar,
    lang: str,
    edges: tuple[date, date, date, date],
) -> list[str]:
    """`_status_basis` from the values it reads (`edges`: status_edges' answer)."""
    why: list[str] = []
    candidates: list[date] = []
    if decision is not None:
        candidates.append(calendar.next_business_day_after(decision))
        said = say(lang, "why.said", said=timeline) if timeline else ""
        why.append(say(lang, "why.decision", date=decision.isoformat()) + said)
    if closing is not None:
        candidates.append(closing + STATUS_AFTER_CLOSING)
        why.append(say(lang, "why.closing", date=closing.isoformat()))
    if decision is None:
        week_after = interview_day + STATUS_AFTER_INTERVIEW
        if not candidates or week_after > max(candidates):
            why.append(say(lang, "why.interview"))
    if many_candidates:
        why.append(say(lang, "why.many"))
    raw_open, opens, raw_close, closes = edges
    # What the dates above give, before status_edges keeps the window out of the thank-you
    # window: a decision date on (or before) the interview's day is moved past it, and the
    # reason must say so rather than name a day the window does not open on.
    natural = max(candidates, default=date.min)
    if decision is None:
        natural = max(natural, interview_day + STATUS_AFTER_INTERVIEW)
    if many_candidates:
        natural += MANY_CANDIDATES_DELAY
    if raw_open > natural:
        why.append(say(lang, "why.after_thank_you"))
    moved: dict[date, str] = {}
    for day, edge in ((raw_open, opens), (raw_close, closes)):
        while day < edge:
            closed = calendar.why_closed(day) or ""
            name = closed if day in calendar.holidays else weekday(day, lang)
            moved[day] = say(lang, "why.closed_day", date=day.isoformat(), why=name)
            day += ONE_DAY
    if moved:
        why.append(say(lang, "why.moved", days="; ".join(moved[d] for d in sorted(moved))))
    return why


def local_time(now: datetime, tz: tzinfo | None) -> datetime:
    """`now` in a round's zone (the same instant), as the windows are compared with it."""
    return now.astimezone(tz) if tz is not None and now.tzinfo is not tz else now


def timed_state(
    now: datetime, local_now: datetime, earliest: datetime, latest: datetime
) -> StepState:
    """Where `now` stands in a window; `local_now` is the same instant in the window's zone."""
    if _order(now, local_now, earliest) < 0:
        return StepState.UPCOMING
    if _order(now, local_now, latest) <= 0:
        return StepState.DUE
    return StepState.LATE


_NEAR = timedelta(days=2)


def _order(now: datetime, local_now: datetime, moment: datetime) -> int:
    """-1, 0 or 1 as `now` is before, at or after `moment`, exactly as comparing them says.

    Comparing instants in two zones asks each zone for its offset, which costs more than the
    rest of planning a round. Two wall-clock times of one zone more than two days apart are in
    the order of the instants (no offset differs from another by more than 26 hours), so only
    near ones are compared as instants."""
    if moment.tzinfo is local_now.tzinfo:
        gap = local_now - moment  # one zone: wall-clock difference, no offsets asked
        if gap > _NEAR:
            return 1
        if gap < -_NEAR:
            return -1
    return (now > moment) - (now < moment)


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
    local_now = local_time(now, tz)

    ty_open, ty_close = thank_you_window(interview)
    if StepKind.THANK_YOU in sent:
        ty = StepState.SENT
    elif skipped and StepKind.THANK_YOU in skipped:
        ty = StepState.SKIPPED
    elif ended:
        ty = StepState.CANCELLED
    else:
        ty = timed_state(now, local_now, ty_open, ty_close)

    edges = _status_edges(interview, application, calendar, ty_close)
    st_open, st_close = status_bounds(edges, tz)
    if StepKind.STATUS_INQUIRY in sent:
        st = StepState.SENT
    elif skipped and StepKind.STATUS_INQUIRY in skipped:
        st = StepState.SKIPPED
    elif ended or superseded_by is not None:
        st = StepState.CANCELLED
    else:
        st = timed_state(now, local_now, st_open, st_close)

    # Reasons are worded only when read: planning thousands of rounds should not format prose.
    steps = (
        Step(
            StepKind.THANK_YOU,
            ty,
            ty_open,
            ty_close,
            lambda lang: _thank_you_reason(ty, ty_close, lang),
        ),
        Step(
            StepKind.STATUS_INQUIRY,
            st,
            st_open,
            st_close,
            lambda lang: _status_reason(
                st,
                edges,
                interview,
                application,
                calendar,
                superseded_by,
                lang,
            ),
        ),
    )
    state, advice = _round_state(interview, ty, st, now, st_close, reply, superseded_by)
    return RoundPlan(interview, application, state, steps, advice, superseded_by, calendar)


_NOTHING: frozenset[StepKind] = frozenset()


def _received(reply: Reply) -> datetime:
    return reply.received_at


_MIDNIGHT = time()


def _thank_you_reason(state: StepState, closes: datetime, lang: str) -> str:
    if state is StepState.DUE:
        return say(lang, "ty.due", closes=closes.isoformat(timespec="minutes"))
    if state is StepState.CANCELLED:
        return say(lang, "cancelled")
    return say(lang, f"ty.{state}")


def _status_reason(
    state: StepState,
    edges: tuple[date, date, date, date],
    interview: Interview,
    application: Application,
    calendar: BusinessCalendar,
    superseded_by: int | None,
    lang: str,
) -> str:
    return status_reason(
        state,
        edges,
        interview.decision_date,
        interview.timeline,
        application.closing_date,
        interview.starts_at.date(),
        interview.many_candidates,
        calendar,
        superseded_by,
        lang,
    )


def status_reason(
    state: StepState,
    edges: tuple[date, date, date, date],
    decision: date | None,
    timeline: str,
    closing: date | None,
    interview_day: date,
    many_candidates: bool,
    calendar: BusinessCalendar,
    superseded_by: int | None,
    lang: str,
) -> str:
    """Why the status inquiry is in `state`, from the values the reason reads (`edges`:
    status_edges' answer)."""
    if state is StepState.CANCELLED:
        if superseded_by is not None:
            return say(lang, "st.superseded", round=superseded_by)
        return say(lang, "cancelled")
    if state in (StepState.SENT, StepState.SKIPPED):
        return say(lang, f"st.{state}")
    basis = "; ".join(
        status_basis(
            decision, timeline, closing, interview_day, many_candidates, calendar, lang, edges
        )
    )
    opens, closes = edges[1].isoformat(), edges[3].isoformat()
    return say(
        lang, f"st.{state}", opens=opens, closes=closes, basis=say(lang, "basis", items=basis)
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
    """`round_state` of a round's model."""
    last_sent = None
    if status is StepState.SENT:
        last_sent = max(f.sent_at for f in interview.follow_ups)
    return round_state(
        interview.cancelled,
        reply is not None,
        thank_you,
        status,
        now,
        status_close,
        last_sent,
        superseded_by is not None,
    )


def round_state(
    cancelled: bool,
    answered: bool,
    thank_you: StepState,
    status: StepState,
    now: datetime,
    status_close: datetime,
    last_sent: datetime | None,
    superseded: bool,
) -> tuple[RoundState, str]:
    """active: something to send now; waiting: nothing to do until a date or a reply; closed.

    From the values it reads (`last_sent`: the latest follow-up's instant, needed when the
    status inquiry is sent), so that `tactful list` can state rounds without building their
    plans (tactful.policy.states). The advice is a key of tactful.policy.wording.
    """
    if cancelled:
        return RoundState.CLOSED, "cancelled"
    if answered:
        return RoundState.CLOSED, "answered"
    if thank_you in _ACTIONABLE or status in _ACTIONABLE:
        return RoundState.ACTIVE, "active"
    if superseded:
        return RoundState.CLOSED, "superseded"
    if status is StepState.SENT:
        if last_sent is not None and now >= last_sent + CLOSE_AFTER_STATUS:
            return RoundState.CLOSED, "move_on"
    elif status is StepState.SKIPPED and now >= status_close + CLOSE_AFTER_STATUS:
        return RoundState.CLOSED, "move_on"
    if thank_you is StepState.UPCOMING or status is StepState.UPCOMING:
        return RoundState.WAITING, "wait_date"
    return RoundState.WAITING, "wait_reply"


_ACTIONABLE = frozenset({StepState.DUE, StepState.LATE})


def due_steps(plans: Iterable[RoundPlan]) -> list[tuple[RoundPlan, Step]]:
    """Steps to act on now, most urgent first: due before late, soonest deadline first."""
    found = [(p, s) for p in plans for s in p.steps if s.state in (StepState.DUE, StepState.LATE)]
    found.sort(key=lambda ps: (ps[1].state is StepState.LATE, ps[1].latest, ps[1].kind))
    return found
