"""The state of many rounds (active, waiting, closed), from the few values it depends on.

`tactful list` prints each round's state and nothing else of its plan. `plan_round` builds
both steps with their reasons to get it; this planner takes a round's values as one tuple
(`StateValues`, as `tactful.store.state_reading` reads them) and computes the same state with
the same rules: the same windows (`thank_you_bounds`, `status_edges`, `status_bounds`), the
same step states (`timed_state`) and the same round state (`round_state`, which
`plan_round` calls too). Tests hold it to `plan_all` (tests/policy/test_state_planner.py).
"""

from __future__ import annotations

from datetime import date, datetime

from tactful.kinds import RoundState, StepState
from tactful.policy.plan import (
    local_time,
    round_state,
    status_bounds,
    status_edges,
    thank_you_bounds,
    timed_state,
)
from tactful.text.values import keep

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from datetime import tzinfo
    from typing import TypeAlias

    from tactful.policy.business_days import BusinessCalendar
    from tactful.policy.due import CalendarOf

    StateValues: TypeAlias = tuple[
        int,  # 0 interview id
        int,  # 1 application id
        int,  # 2 round
        datetime,  # 3 starts at, in the round's zone
        int,  # 4 duration in minutes
        date | None,  # 5 the employer's decision date
        bool,  # 6 many candidates
        date | None,  # 7 the posting's closing date
        str,  # 8 country (holidays)
        str,  # 9 subdivision
        bool,  # 10 cancelled
        bool,  # 11 answered (a reply is recorded)
        bool,  # 12 a thank-you is recorded as sent
        bool,  # 13 the thank-you is skipped
        bool,  # 14 a status inquiry is recorded as sent
        bool,  # 15 the status inquiry is skipped
        datetime | None,  # 16 the latest follow-up's instant, when a status inquiry is sent
    ]
    """A round, with what its state depends on."""


class StatePlanner:
    """States rounds at `now`: `state(values, superseded)`."""

    def __init__(self, now: datetime, calendar_of: CalendarOf) -> None:
        self.now = now
        self._calendar_of = calendar_of
        self._calendars: dict[tuple[str, str, int], BusinessCalendar] = {}
        self._local_now: dict[tzinfo | None, datetime] = {}
        self._states: dict[tuple[object, ...], RoundState] = {}

    def state(self, r: StateValues, superseded: bool) -> RoundState:
        """The round's state, as `plan_round` gives it; `superseded`: a later round of the
        application is not cancelled."""
        if r[10] or r[11]:
            # Cancelled or answered: closed, whatever its steps (`round_state`'s first rules).
            return RoundState.CLOSED
        # Rounds that start together with the same dates share their state: everything after
        # the ids and the round's number is what it depends on, and the zone (equal instants
        # in two zones compare equal, but their days and windows differ).
        key = (r[3:], r[3].tzinfo, superseded)
        if (found := self._states.get(key)) is None:
            found = self._state(r, superseded)
            keep(self._states, key, found)
        return found

    def _state(self, r: StateValues, superseded: bool) -> RoundState:
        now = self.now
        starts_at = r[3]
        tz = starts_at.tzinfo
        local_now = self._local_now.get(tz)
        if local_now is None:
            local_now = local_time(now, tz)
            self._local_now[tz] = local_now
        ty_open, ty_close = thank_you_bounds(starts_at, r[4])
        if r[12]:
            ty = StepState.SENT
        elif r[13]:
            ty = StepState.SKIPPED
        else:
            ty = timed_state(now, local_now, ty_open, ty_close)
        day = starts_at.date()
        calendar = self._calendar(r[8], r[9], day)
        edges = status_edges(r[5], r[7], day, r[6], ty_close.date(), calendar)
        st_open, st_close = status_bounds(edges, tz)
        if r[14]:
            st = StepState.SENT
        elif r[15]:
            st = StepState.SKIPPED
        elif superseded:
            st = StepState.CANCELLED
        else:
            st = timed_state(now, local_now, st_open, st_close)
        return round_state(False, False, ty, st, now, st_close, r[16], superseded)[0]

    def _calendar(self, country: str, subdivision: str, day: date) -> BusinessCalendar:
        """As `plan_all` asks for them: one calendar per country, subdivision and year."""
        key = (country, subdivision, day.year)
        if (calendar := self._calendars.get(key)) is None:
            calendar = self._calendars[key] = self._calendar_of(country, subdivision, day)
        return calendar


def superseded_rounds(rounds: list[StateValues]) -> list[bool]:
    """For each round, whether a later round of its application that is not cancelled
    supersedes it (all of each application's rounds together, as `plan_all` reads them)."""
    last: dict[int, int] = {}
    for r in rounds:
        if not r[10] and r[2] > last.get(r[1], 0):
            last[r[1]] = r[2]
    return [last.get(r[1], 0) > r[2] for r in rounds]
