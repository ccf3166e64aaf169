"""`tactful due --json` with 1,000 rounds, as a whole process (target ≤ 250 ms warm).

Run: .venv/bin/python bench/bench_due.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROUNDS = 1_000
RUNS = 15


def export(rounds: int, distinct: bool = False) -> dict[str, object]:
    """`rounds` applications of one round each. The default shape starts them at 720 moments
    (so rounds share their steps); `distinct` is the store where nothing is shared."""
    if distinct:
        return {**_distinct(rounds), "format": "tactful-export", "version": 1, "profile": []}
    start = datetime(2026, 9, 1, 10)
    apps = []
    for i in range(rounds):
        at = start + timedelta(days=i % 90, hours=i % 8)
        apps.append(
            {
                "id": i + 1, "company": f"Company {i}", "role": "Engineer", "country": "FR",
                "closing_date": (at - timedelta(days=10)).date().isoformat(),
                "interviews": [{
                    "id": i + 1, "round": 1, "starts_at": at.isoformat() + "+01:00",
                    "timezone": "Europe/Paris",
                    "interviewers": [{"name": "Ada", "email": "a@x.io"}],
                    "timeline": "two weeks",
                    "decision_date": (at + timedelta(days=14)).date().isoformat(),
                }],
            }
        )  # fmt: skip
    return {"format": "tactful-export", "version": 1, "applications": apps, "profile": []}


_ZONES = ("Europe/Paris", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "UTC")
_TIMELINES = ("two weeks", "", "by the end of the month", "in a few days")


def _distinct(rounds: int) -> dict[str, object]:
    """No two rounds start at the same moment: 100,000 rounds seven minutes apart over 16
    months up to the benchmarks' now (fewer rounds, further apart over the same months),
    in five zones (three with daylight saving time), with closing and decision dates,
    timelines and many candidates varied; seven thank-yous in eight sent, a reply to one
    round in three (about 0.7 steps due per round, most of them late)."""
    from zoneinfo import ZoneInfo

    span = timedelta(minutes=7 * 100_000)
    first = datetime(2026, 11, 24, 12) - span
    apps = []
    for i in range(rounds):
        zone = ZoneInfo(_ZONES[i % len(_ZONES)])
        at = (first + span * i / rounds).replace(microsecond=0, tzinfo=zone)
        decision = None if i % 7 == 0 else (at + timedelta(days=5 + i % 23)).date().isoformat()
        closing = None if i % 5 == 0 else (at - timedelta(days=i % 31)).date().isoformat()
        sent = [] if i % 8 == 0 else [{"kind": "thank-you", "sent_at": _later(at, hours=2)}]
        replies = [{"received_at": _later(at, days=10), "outcome": "rejection"}]
        apps.append(
            {
                "id": i + 1, "company": f"Company {i}", "role": "Engineer",
                "country": ("FR", "US", "AU", "JP", "GB")[i % 5], "closing_date": closing,
                "interviews": [{
                    "id": i + 1, "round": 1, "starts_at": at.isoformat(),
                    "timezone": zone.key, "duration_minutes": 30 + 15 * (i % 4),
                    "interviewers": [{"name": "Ada", "email": "a@x.io"}],
                    "timeline": _TIMELINES[i % 4], "decision_date": decision,
                    "many_candidates": i % 3 == 0, "follow_ups": sent,
                    "replies": replies if i % 3 == 1 and i < rounds * 0.97 else [],
                }],
            }
        )  # fmt: skip
    return {"applications": apps}


def _later(at: datetime, **delta: int) -> str:
    return (at + timedelta(**delta)).isoformat()


def main() -> None:
    home = Path(tempfile.mkdtemp())
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": "2026-11-25T17:00:00+01:00"}
    data = home / "export.json"
    data.write_text(json.dumps(export(ROUNDS)))
    command = [sys.executable, "-m", "tactful"]
    subprocess.run([*command, "import", str(data)], env=env, check=True, capture_output=True)
    subprocess.run([*command, "due", "--json"], env=env, check=True, capture_output=True)  # warm
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        done = subprocess.run([*command, "due", "--json"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    due = json.loads(done.stdout)["due"]
    print(
        f"tactful due --json, {ROUNDS} rounds ({len(due)} due): median "
        f"{statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms "
        f"({RUNS} runs; target ≤ 250 ms)"
    )


if __name__ == "__main__":
    main()
