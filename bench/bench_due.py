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


def export(rounds: int) -> dict[str, object]:
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
