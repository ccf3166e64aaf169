"""Page-shaped views of plans: pure functions of values (no I/O), easy to test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tactful.models import Application, RoundState, StepKind, StepState
from tactful.policy import RoundPlan, Step

APPLICATION_STATES = ("active", "waiting", "closed", "new")
"""An application's state: its most pressing round's, or `new` with no round yet."""
COMING_DAYS = 30


def application_state(plans: list[RoundPlan]) -> str:
    states = {p.state for p in plans}
    for state in (RoundState.ACTIVE, RoundState.WAITING, RoundState.CLOSED):
        if state in states:
            return str(state)
    return "new"


@dataclass(frozen=True)
class ApplicationRow:
    application: Application
    state: str
    plans: list[RoundPlan]


def plans_by_application(plans: list[RoundPlan]) -> dict[int | None, list[RoundPlan]]:
    """Each application's round plans, in the order of `plans`."""
    by_app: dict[int | None, list[RoundPlan]] = {}
    for p in plans:
        by_app.setdefault(p.application.id, []).append(p)
    return by_app


def application_rows(
    applications: list[Application], plans: list[RoundPlan], state: str | None = None
) -> list[ApplicationRow]:
    """Applications with their rounds' plans, newest first, filtered by state."""
    by_app = plans_by_application(plans)
    rows = [
        ApplicationRow(a, application_state(by_app.get(a.id, [])), by_app.get(a.id, []))
        for a in applications
    ]
    rows.sort(key=lambda r: -(r.application.id or 0))
    return [r for r in rows if state in (None, "", r.state)]


def state_counts(rows: list[ApplicationRow]) -> dict[str, int]:
    counts = dict.fromkeys(APPLICATION_STATES, 0)
    for r in rows:
        counts[r.state] += 1
    return counts


def coming_next(
    plans: list[RoundPlan], now: datetime, days: int = COMING_DAYS
) -> list[tuple[RoundPlan, Step]]:
    """Steps still to come in the next `days` days, soonest first."""
    horizon = now + timedelta(days=days)
    found = [
        (p, s)
        for p in plans
        for s in p.steps
        if s.state is StepState.UPCOMING and s.earliest <= horizon
    ]
    found.sort(key=lambda ps: (ps[1].earliest, ps[0].interview.id or 0))
    return found


def kind_from_slug(slug: str) -> StepKind:
    """The follow-up a URL names ("thank-you", "status-inquiry"); NotFound for anything else."""
    from tactful.errors import NotFound

    try:
        return StepKind(slug)
    except ValueError:
        raise NotFound(f"unknown follow-up {slug!r}: thank-you or status-inquiry") from None
