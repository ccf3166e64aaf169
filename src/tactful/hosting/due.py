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
from tactful.models import Application, StepKind, StepState
from tactful.policy import BusinessCalendar, due_steps, plan_all
from tactful.policy.plan import STATUS_AFTER_INTERVIEW
from tactful.store.database import Database
from tactful.store.loader import load_applications, load_interviews
from tactful.store.scope import Scope


def open_applications(now: datetime) -> str:
    """Applications with a round where a step may be due and was never reminded: the round has
    no reply, is not cancelled, has begun, and one of its two steps is neither sent, skipped
    nor reminded (the status email only once its window may have opened: never before the day
    after the employer's decision date, nor before a week after the interview when there is
    none; `tactful.policy.plan._status_edges`). One pass over each table (grouped, hashed),
    whatever the number of rounds; the plans then decide."""
    day = now.date().isoformat()
    after = STATUS_AFTER_INTERVIEW.days - 1  # a day of margin for time zones

    def open_step(kind: str) -> str:
        return (
            f"(position('{kind}' in coalesce(f.kinds, '')) = 0 "
            f"AND position('{kind}' in i.skipped) = 0 "
            f"AND position('{kind}' in coalesce(m.kinds, '')) = 0)"
        )

    status_may_open = (
        f"(CASE WHEN i.decision_date IS NOT NULL THEN i.decision_date::date <= '{day}'::date "
        f"ELSE (i.starts_at::timestamptz)::date + {after} <= '{day}'::date END)"
    )

    return f"""
    SELECT DISTINCT i.application_id FROM public.interviews i
    LEFT JOIN (SELECT interview_id, string_agg(kind, ',') AS kinds FROM public.follow_ups
               GROUP BY 1) f ON f.interview_id = i.id
    LEFT JOIN (SELECT DISTINCT interview_id FROM public.replies) r ON r.interview_id = i.id
    LEFT JOIN (SELECT interview_id, string_agg(kind, ',') AS kinds FROM public.reminders
               GROUP BY 1) m ON m.interview_id = i.id
    WHERE NOT i.cancelled AND r.interview_id IS NULL
      AND i.starts_at::timestamptz < '{now.isoformat()}'::timestamptz
      AND ({open_step("thank-you")}
           OR ({open_step("status-inquiry")} AND {status_may_open}))
    """


CHILDREN = ("interviewers", "follow_ups", "replies", "thank_you_notes")


@dataclass(frozen=True)
class DueStep:
    """A member's step that is due now and was never reminded."""

    owner_id: int
    interview_id: int
    kind: StepKind
    company: str
    role: str
    latest: datetime
    late: bool = False
    """Its window has closed (still worth sending: the reminder says so, not "due now")."""


def _rows(database: Database, apps: str) -> Callable[[str], Sequence[Sequence[Any]]]:
    """Run the loader's SQL over the applications `apps` (a PostgreSQL array literal) only.
    The loader reads the rounds before their children: the children are then read by the
    rounds' ids (a hashed array), not by joining the rounds again."""
    rounds: list[str] = []
    views = {
        "applications": f"SELECT * FROM public.applications WHERE id = ANY('{apps}'::integer[])",
        "interviews": (
            f"SELECT * FROM public.interviews WHERE application_id = ANY('{apps}'::integer[])"
        ),
    }

    def rows(sql: str) -> Sequence[Sequence[Any]]:
        lowered = sql.lower()
        ctes = [f"{name} AS ({view})" for name, view in views.items() if f"from {name}" in lowered]
        for child in CHILDREN:
            if f"from {child}" in lowered:
                ids = "{" + ",".join(rounds) + "}"
                ctes.append(
                    f"{child} AS (SELECT * FROM public.{child} "
                    f"WHERE interview_id = ANY('{ids}'::integer[]))"
                )
        assert ctes, f"the scan does not know the table of: {sql[:80]}"
        found = database.rows(f"WITH {', '.join(ctes)} {sql}")
        if "from interviews" in lowered:
            rounds[:] = [str(int(r[0])) for r in found]
        return found

    return rows


def find_due(database: Database, now: datetime, holidays: HolidayCalendars) -> list[DueStep]:
    """Every member's steps due now that no reminder went out for."""
    scan = database.scoped(Scope.worker())
    with scan.transaction():
        # Row-level security hides row counts from the planner, which then picks nested loops
        # that grow with the square of the rounds: the scan reads whole tables, so hash them.
        scan.rows(
            "SELECT set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true)"
        )
        owners = {
            int(a): int(o)
            for a, o in scan.rows(
                "SELECT a.id, a.owner_id FROM public.applications a WHERE a.id IN "
                f"({open_applications(now)})"
            )
        }
        if not owners:
            return []
        apps = "{" + ",".join(map(str, sorted(owners))) + "}"
        rows = _rows(scan, apps)
        applications = load_applications(rows)
        interviews = load_interviews(rows)
        reminded = {
            (int(i), str(k))
            for i, k in scan.rows(
                "SELECT m.interview_id, m.kind FROM public.reminders m JOIN public.interviews i "
                f"ON i.id = m.interview_id WHERE i.application_id = ANY('{apps}'::integer[])"
            )
        }

    def calendar_for(application: Application, around: date) -> BusinessCalendar:
        years = range(around.year - 1, around.year + 2)
        return holidays.calendar(application.country, application.subdivision, years)

    plans = plan_all(applications, interviews, now, calendar_for)
    by_id = {a.id: a for a in applications}
    found = []
    for plan, step in due_steps(plans):
        iv = plan.interview
        assert iv.id is not None
        if (iv.id, str(step.kind)) in reminded:
            continue
        app = by_id[iv.application_id]
        found.append(
            DueStep(
                owners[iv.application_id],
                iv.id,
                step.kind,
                app.company,
                app.role,
                step.latest,
                late=step.state == StepState.LATE,
            )
        )
    return found
