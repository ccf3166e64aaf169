"""The steps due now of many rounds, planned from the few values they depend on.

`due` on a large store needs, of each round, only its steps that are due or late. `plan_round`
builds a whole plan (both steps, the round's state, its advice) from model objects; this
planner takes a round's values as one tuple (`RoundValues`, as `tactful.store.due_reading`
reads them) and keeps only the due steps, with the same rules: the same windows
(`thank_you_window`'s arithmetic, `status_edges`), the same states (`timed_state`) and the
same reasons (`status_reason`, the thank-you's words from `say`). What many rounds share is
computed once: a status window and its step per (dates, zone, calendar), a late status step
per window (its reason gives only the window's days), a business calendar per (country,
subdivision, year); where rounds share nothing, the per-round caches are set aside while they
would not pay (`REVIEW`). Tests hold it to `due_steps(plan_all(...))`
(tests/policy/test_due_planner.py, tests/cli/test_due_fast_path.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from tactful.kinds import StepKind, StepState
from tactful.policy.business_days import BusinessCalendar
from tactful.policy.plan import (
    Step,
    local_time,
    status_bounds,
    status_edges,
    status_reason,
    thank_you_bounds,
    timed_state,
)
from tactful.policy.wording import MESSAGES, say
from tactful.text.values import keep

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from datetime import tzinfo
    from typing import TypeAlias

    RoundValues: TypeAlias = tuple[
        int,  # 0 interview id
        int,  # 1 application id
        str,  # 2 company
        str,  # 3 role
        int,  # 4 round
        datetime,  # 5 starts at, in the round's zone
        int,  # 6 duration in minutes
        date | None,  # 7 the employer's decision date
        str,  # 8 the timeline the employer gave
        bool,  # 9 many candidates
        date | None,  # 10 the posting's closing date
        str,  # 11 country (holidays)
        str,  # 12 subdivision
        bool,  # 13 answered (a reply is recorded)
        bool,  # 14 the thank-you is sent or skipped
        bool,  # 15 the status inquiry is sent or skipped
    ]
    """A round that is not cancelled, with what its due steps depend on."""

CalendarOf = Callable[[str, str, date], BusinessCalendar]
"""The business calendar of a country and subdivision around a day."""

_ACTING = (StepState.DUE, StepState.LATE)
REVIEW = (2_048, 30_000)
"""`DuePlanner`'s rounds with its caches, then without them when they did not pay."""


class DuePlanner:
    """Plans rounds at `now`, keeping their due steps: `steps(values, superseded)`."""

    def __init__(
        self,
        now: datetime,
        calendar_of: CalendarOf,
        *,
        review: tuple[int, int] | None = None,
    ) -> None:
        """`review`: rounds planned with the caches of status steps before asking whether
        they pay, and without them (when they did not) before asking again (`REVIEW`)."""
        review = review or REVIEW
        self.now = now
        self._calendar_of = calendar_of
        self._calendars: dict[tuple[str, str, int], BusinessCalendar] = {}
        self._local_now: dict[tzinfo | None, datetime] = {}
        self._edges: dict[tuple[object, ...], tuple[date, date, date, date]] = {}
        self._windows: dict[tuple[object, ...], tuple[StepState, Step | None]] = {}
        self._of_round: dict[tuple[object, ...], tuple[Step | None]] = {}
        self._thank_you: dict[tuple[object, ...], tuple[date, Step | None]] = {}
        # Where no two rounds share their dates, looking a status step up per round or its
        # window per set of dates misses every time and costs more than planning it; so the
        # planner counts what the caches find and plans without them while they would not pay.
        self._review = review
        self._sharing = True
        self._misses = 0
        self._countdown = review[0]

    def steps(self, r: RoundValues, superseded: bool) -> list[Step]:
        """The round's steps that are due or late (thank-you first), as `plan_round` plans
        them; `superseded`: a later round of the application is not cancelled."""
        if r[13] or (r[14] and (r[15] or superseded)):
            return []  # answered, or nothing left that can be due
        self._countdown -= 1
        if not self._countdown:
            self._reconsider()
        starts_at = r[5]
        tz = starts_at.tzinfo
        local_now = self._local_now.get(tz) or self._local(tz)
        thank_you_key = (starts_at, tz, r[6])
        if r[14]:
            # Sent or skipped: of its window, only the day it closes matters (to the status
            # window), and that costs less than a look-up in a cache that rarely hits.
            found = []
            ty_close_day = thank_you_bounds(starts_at, r[6])[1].date()
        else:
            if (thank_you := self._thank_you.get(thank_you_key)) is None:
                thank_you = self._thank_you_step(starts_at, r[6], local_now)
                keep(self._thank_you, thank_you_key, thank_you)
            found = [] if thank_you[1] is None else [thank_you[1]]
            ty_close_day = thank_you[0]
        if not r[15] and not superseded:
            step = self._status_step(r, tz, local_now, ty_close_day, thank_you_key)
            if step is not None:
                found.append(step)
        return found

    def _reconsider(self) -> None:
        """Use the caches of status steps for the next rounds, or not: with them while they
        served one round in four at least, else without them for a while, then again (only
        misses are counted: where rounds share, counting costs nothing)."""
        probe, pause = self._review
        if self._sharing and self._misses * 4 > probe * 3:
            self._sharing, self._countdown = False, pause
        else:
            self._sharing, self._countdown = True, probe
        self._misses = 0

    def _local(self, tz: tzinfo | None) -> datetime:
        """`now` in the zone of a round, as `plan_round` compares it."""
        now = self.now
        local = local_time(now, tz)
        self._local_now[tz] = local
        return local

    def _thank_you_step(
        self, starts_at: datetime, minutes: int, local_now: datetime
    ) -> tuple[date, Step | None]:
        """The day the thank-you window closes, and its step when it is due or late, shared
        by every round that starts at the same moment in the same zone for as long."""
        opens, closes = thank_you_bounds(starts_at, minutes)
        state = timed_state(self.now, local_now, opens, closes)
        if state not in _ACTING:
            return closes.date(), None
        return closes.date(), Step(
            StepKind.THANK_YOU, state, opens, closes, _thank_you_reason(state, closes)
        )

    def _status_step(
        self,
        r: RoundValues,
        tz: tzinfo | None,
        local_now: datetime,
        ty_close_day: date,
        thank_you_key: tuple[object, ...],
    ) -> Step | None:
        """The round's status step when it is due or late, shared by every round with the
        same window and the same reason (a Step is a value: no one changes it)."""
        decision, closing, many = r[7], r[10], r[9]
        # What the step depends on: when the round starts (its zone, its length), the
        # decision date and what was said, the closing date, many candidates, the holidays'
        # country and subdivision. Where rounds repeat these, one look-up plans the step.
        if sharing := self._sharing:
            key = (thank_you_key, decision, r[8], many, closing, r[11], r[12])
            if (known := self._of_round.get(key)) is not None:
                return known[0]
        day = r[5].date()
        calendar = self._calendar(r[11], r[12], day)
        edges_key = (decision, closing, day, many, ty_close_day, id(calendar))
        if not sharing or (edges := self._edges.get(edges_key)) is None:
            edges = status_edges(decision, closing, day, many, ty_close_day, calendar)
            if sharing:
                self._misses += 1
                keep(self._edges, edges_key, edges)
        if (window := self._windows.get((edges, tz))) is None:
            window = self._window(edges, tz, local_now)
            keep(self._windows, (edges, tz), window)
        state, step = window
        if state in _ACTING and step is None:
            timeline = r[8]

            def reason(lang: str) -> str:
                return status_reason(
                    state, edges, decision, timeline, closing, day, many, calendar, None, lang
                )

            opens, closes = status_bounds(edges, tz)
            step = Step(StepKind.STATUS_INQUIRY, state, opens, closes, reason)
        # Else `step` is the window's own (its reason reads only the window's days), or None.
        if sharing:
            keep(self._of_round, key, (step,))
        return step

    def _window(
        self, edges: tuple[date, date, date, date], tz: tzinfo | None, local_now: datetime
    ) -> tuple[StepState, Step | None]:
        """The state of a status window, and its step when every round with that window
        shares it: when it is due or late and the reason, in every language, reads only
        the window's first and last day (not why the window opens then)."""
        opens, closes = status_bounds(edges, tz)
        state = timed_state(self.now, local_now, opens, closes)
        if state not in _ACTING or reads_basis(state):
            return state, None
        first, last = edges[1].isoformat(), edges[3].isoformat()

        def reason(lang: str) -> str:
            return say(lang, f"st.{state}", opens=first, closes=last)

        return state, Step(StepKind.STATUS_INQUIRY, state, opens, closes, reason)

    def _calendar(self, country: str, subdivision: str, day: date) -> BusinessCalendar:
        """As `plan_all` asks for them: one calendar per country, subdivision and year."""
        key = (country, subdivision, day.year)
        if (calendar := self._calendars.get(key)) is None:
            found = self._calendar_of(country, subdivision, day)
            calendar = self._calendars[key] = _Remembering(found.holidays, found.weekend)
        return calendar


class _Remembering(BusinessCalendar):
    """A business calendar that remembers the first business day on or after each day it was
    asked about: every status window asks two or three times, and a store's windows fall on
    a few hundred days."""

    def __init__(self, holidays: Mapping[date, str], weekend: frozenset[int]) -> None:
        super().__init__(holidays, weekend)
        object.__setattr__(self, "_first", {})  # frozen: set as the dataclass sets fields

    def first_on_or_after(self, day: date) -> date:
        first: dict[date, date] = self._first  # type: ignore[attr-defined]
        if (found := first.get(day)) is None:
            found = first[day] = super().first_on_or_after(day)
        return found


_READS_BASIS: dict[StepState, bool] = {}


def reads_basis(state: StepState) -> bool:
    """Whether the status step's reason in `state` says why its window opens when it does,
    in any language (the late one does not: it gives only the window's days)."""
    if (found := _READS_BASIS.get(state)) is None:
        from string import Formatter

        found = _READS_BASIS[state] = any(
            field == "basis"
            for lang in MESSAGES
            for _, field, _, _ in Formatter().parse(MESSAGES[lang][f"st.{state}"])
        )
    return found


def _thank_you_reason(state: StepState, closes: datetime) -> Callable[[str], str]:
    """`plan._thank_you_reason` for a due or late step, worded when read."""
    if state is StepState.DUE:
        return lambda lang: say(lang, "ty.due", closes=closes.isoformat(timespec="minutes"))
    return lambda lang: say(lang, "ty.late")


def due_order(item: tuple[object, Step]) -> tuple[bool, datetime, str]:
    """`due_steps`' order of a step (the first of `item`, its round, is not read): due before
    late, soonest deadline first, then by kind; a stable sort keeps the plans' order."""
    step = item[1]
    return (step.state is StepState.LATE, step.latest, step.kind)
