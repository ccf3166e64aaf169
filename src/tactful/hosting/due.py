"""Every member's due steps, found in one pass (the worker's scan).

The worker's role reads every member's rounds (read-only; `Scope.worker()`). A round can only
need a follow-up while it has no reply, is not cancelled and has fewer than two follow-ups, so
the scan first names the applications with such a round, then reads only those applications
(all their rounds: a later round changes an earlier one's plan) through the same loader as
everything else, each table seen through a CTE that keeps those applications' rows. The plans
are the ones every other command computes (`tactful.policy`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tactful.holiday_calendar import HolidayCalendars
from tactful.models import Application, StepKind
from tactful.policy import BusinessCalendar, due_steps, plan_all
from tactful.store.database import Database
from tactful.store.loader import load_applications, load_interviews
from tactful.store.scope import Scope

OPEN_APPLICATIONS = """
    SELECT DISTINCT i.application_id FROM public.interviews i
    WHERE NOT i.cancelled
      AND NOT EXISTS (SELECT 1 FROM public.replies r WHERE r.interview_id = i.id)
      AND (SELECT count(*) FROM public.follow_ups f WHERE f.interview_id = i.id) < 2
      AND (SELECT count(*) FROM public.reminders m WHERE m.interview_id = i.id) < 2
"""
"""Applications with a round that may still need a follow-up not reminded yet."""

VIEWS = {
    "applications": "SELECT * FROM public.applications WHERE id IN (SELECT * FROM open_apps)",
    "interviews": (
        "SELECT * FROM public.interviews WHERE application_id IN (SELECT * FROM open_apps)"
    ),
}
CHILDREN = ("interviewers", "follow_ups", "replies")


@dataclass(frozen=True)
class DueStep:
    """A member's step that is due now and was never reminded."""

    owner_id: int
    interview_id: int
    kind: StepKind
    company: str
    role: str
    latest: datetime


def _rows(database: Database) -> Callable[[str], Sequence[Sequence[Any]]]:
    """Run the loader's SQL over the open applications only."""

    def rows(sql: str) -> Sequence[Sequence[Any]]:
        ctes = [f"open_apps AS ({OPEN_APPLICATIONS})"]
        lowered = sql.lower()
        if "from applications" in lowered:
            ctes.append(f"applications AS ({VIEWS['applications']})")
        if "from interviews" in lowered:
            ctes.append(f"interviews AS ({VIEWS['interviews']})")
        for child in CHILDREN:
            if f"from {child}" in lowered:
                ctes.append(
                    f"{child} AS (SELECT * FROM public.{child} WHERE interview_id IN "
                    "(SELECT id FROM public.interviews WHERE application_id IN "
                    "(SELECT * FROM open_apps)))"
                )
        return database.rows(f"WITH {', '.join(ctes)} {sql}")

    return rows


def find_due(database: Database, now: datetime, holidays: HolidayCalendars) -> list[DueStep]:
    """Every member's steps due now that no reminder went out for."""
    scan = database.scoped(Scope.worker())
    with scan.transaction():
        rows = _rows(scan)
        applications = load_applications(rows)
        interviews = load_interviews(rows)
        owners = {
            int(a): int(o)
            for a, o in scan.rows(
                "SELECT id, owner_id FROM applications WHERE id IN "
                f"(SELECT application_id FROM ({OPEN_APPLICATIONS}) AS open_apps)"
            )
        }
        reminded = {
            (int(i), str(k)) for i, k in scan.rows("SELECT interview_id, kind FROM reminders")
        }

    def calendar_for(application: Application, around: date) -> BusinessCalendar:
        years = range(around.year - 1, around.year + 2)
        return holidays.calendar(application.country, application.subdivision, years)

    plans = plan_all(applications, interviews, now, calendar_for)
    apps = {a.id: a for a in applications}
    found = []
    for plan, step in due_steps(plans):
        iv = plan.interview
        assert iv.id is not None
        if (iv.id, str(step.kind)) in reminded:
            continue
        app = apps[iv.application_id]
        found.append(
            DueStep(owners[iv.application_id], iv.id, step.kind, app.company, app.role, step.latest)
        )
    return found
