"""Plans for many rounds at once: a later round of the same application supersedes the earlier
ones (pure: values and "now" in, plans out)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

from tactful.models import Application, Interview
from tactful.policy.business_days import BusinessCalendar
from tactful.policy.plan import RoundPlan, plan_round

CalendarFor = Callable[[Application, date], BusinessCalendar]


def plan_all(
    applications: list[Application],
    interviews: list[Interview],
    now: datetime,
    calendar_for: CalendarFor,
) -> list[RoundPlan]:
    """Plans for many rounds: a later round of the same application supersedes earlier ones."""
    by_id = {a.id: a for a in applications}
    last_round: dict[int, int] = {}
    for iv in interviews:
        if not iv.cancelled:
            last_round[iv.application_id] = max(last_round.get(iv.application_id, 0), iv.round)
    plans: list[RoundPlan] = []
    calendars: dict[tuple[str, str, int], BusinessCalendar] = {}
    with without_cyclic_gc():
        for iv in interviews:
            app = by_id[iv.application_id]
            later = last_round.get(iv.application_id, 0)
            day = iv.starts_at.date()
            key = (app.country, app.subdivision, day.year)
            calendar = calendars.get(key)
            if calendar is None:
                calendar = calendars[key] = calendar_for(app, day)
            plans.append(
                plan_round(
                    iv, app, calendar, now, superseded_by=later if later > iv.round else None
                )
            )
    return plans


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while plans are built: they form no cycles (reference
    counting frees them), and its passes over a heap of 100,000 new plans cost twice the
    planning itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
