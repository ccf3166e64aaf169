"""Page-shaped views of plans: pure functions of values (no I/O), easy to test."""

from __future__ import annotations

import math
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


SORTS = ("next", "newest", "oldest", "company", "closing")
"""How the applications list is ordered: the next thing to do first (the default), the newest
or oldest, by company, or by closing date."""
PER_PAGE = 25
MAX_PER_PAGE = 200


def _folded(text: str) -> str:
    from tactful.text import strip_accents

    return strip_accents(text).casefold()


def search_rows(rows: list[ApplicationRow], query: str) -> list[ApplicationRow]:
    """Rows whose company, role, contact or notes hold every word of `query` (accents and case
    ignored)."""
    words = _folded(query).split()
    if not words:
        return rows
    found = []
    for row in rows:
        app = row.application
        haystack = _folded(f"{app.company} {app.role} {app.contact or ''} {app.notes}")
        if all(word in haystack for word in words):
            found.append(row)
    return found


def _next_moment(row: ApplicationRow) -> datetime | None:
    pending = [s.latest for p in row.plans for s in p.steps if s.pending]
    return min(pending) if pending else None


def sort_rows(rows: list[ApplicationRow], sort: str) -> list[ApplicationRow]:
    """`rows` in the order `sort` names (see SORTS); ties keep the newest first."""
    newest = sorted(rows, key=lambda r: -(r.application.id or 0))
    if sort == "oldest":
        return newest[::-1]
    if sort == "company":
        return sorted(
            newest, key=lambda r: (_folded(r.application.company), _folded(r.application.role))
        )
    if sort == "closing":
        far = datetime.max.date()
        return sorted(newest, key=lambda r: r.application.closing_date or far)
    if sort == "next":
        dated = [(m, r) for r in newest if (m := _next_moment(r)) is not None]
        dated.sort(key=lambda mr: mr[0])
        return [r for _, r in dated] + [r for r in newest if _next_moment(r) is None]
    return newest


@dataclass(frozen=True)
class Paged:
    rows: list[ApplicationRow]
    total: int
    page: int
    pages: int
    per_page: int


def paginate(rows: list[ApplicationRow], page: int, per_page: int = PER_PAGE) -> Paged:
    """One page of `rows` (pages count from 1; a page past the end shows the last one)."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    pages = max(1, math.ceil(len(rows) / per_page))
    page = max(1, min(page, pages))
    start = (page - 1) * per_page
    return Paged(rows[start : start + per_page], len(rows), page, pages, per_page)


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
    """The follow-up a URL names ("thank-you", "status-inquiry" or "status"); a 404 for
    anything else."""
    from tactful.web.problems import Problem, WebError

    if slug == "status":
        return StepKind.STATUS_INQUIRY
    try:
        return StepKind(slug)
    except ValueError:
        raise WebError(404, Problem("unknown-kind", {"value": slug[:40]})) from None
