"""Planning 100,000 rounds in-process (target ≤ 1 s).

Run: .venv/bin/python bench/bench_plan.py
"""

from __future__ import annotations

import statistics
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tactful.core import plan_all
from tactful.holiday_calendar import HolidayCalendars
from tactful.models import Application, Interview
from tactful.policy import BusinessCalendar

ROUNDS = 100_000


def build(n: int) -> tuple[list[Application], list[Interview]]:
    zone = ZoneInfo("Europe/Paris")
    apps = [
        Application(company=f"C{i}", role="R", id=i, country="FR",
                    closing_date=date(2026, 1, 1) + timedelta(days=i % 300))
        for i in range(n)
    ]  # fmt: skip
    interviews = [
        Interview(
            application_id=i,
            id=i,
            starts_at=datetime(2026, 1, 5, 10, tzinfo=zone) + timedelta(days=i % 330, hours=i % 7),
            decision_date=date(2026, 1, 20) + timedelta(days=i % 320) if i % 2 else None,
            many_candidates=i % 5 == 0,
        )
        for i in range(n)
    ]
    return apps, interviews


def main() -> None:
    apps, interviews = build(ROUNDS)
    calendars = HolidayCalendars(None)
    now = datetime(2026, 6, 1, 12, tzinfo=ZoneInfo("Europe/Paris"))

    def calendar_for(app: Application, around: date) -> BusinessCalendar:
        return calendars.calendar(
            app.country, app.subdivision, range(around.year - 1, around.year + 2)
        )

    plan_all(apps[:10], interviews[:10], now, calendar_for)  # warm the holiday cache
    times, cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        plans = plan_all(apps, interviews, now, calendar_for)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert len(plans) == ROUNDS
    # CPU time is reported beside wall time: on a shared machine it is the steadier figure.
    print(
        f"plan {ROUNDS} rounds: median {statistics.median(times):.3f} s wall, "
        f"{statistics.median(cpu):.3f} s CPU (5 runs; target ≤ 1 s)"
    )


if __name__ == "__main__":
    main()
