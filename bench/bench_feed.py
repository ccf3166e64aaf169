"""The calendar feed's build, in-process: the whole feed from plans already computed (cold), then
again after the minute turns (same step states, new DTSTAMP and SEQUENCE) and after one round
changes, at 1,000 and 10,000 rounds of bench_web's two shapes ("typical" and "backlog").

Also the snapshot's `feed_key` (the feed's ETag, computed on every poll after a change).
Times are CPU seconds of this process (`time.process_time`), median of `--runs`.

Run: .venv/bin/python bench/bench_feed.py [--sizes 1000,10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_web import NOW, backlog, typical
from tactful.models import FollowUp, StepKind
from tactful.policy import plan_all
from tactful.settings import Settings
from tactful.web.state import Snapshot, WebState


def cpu_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return round(statistics.median(times), 2)


def store(name: str, rounds: int) -> Path:
    home = Path(tempfile.mkdtemp(prefix=f"tactful-bench-feed-{name}-"))
    data = typical(rounds) if name == "typical" else backlog(rounds)
    export = home / "export.json"
    export.write_text(json.dumps(data))
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": NOW, "TZ": "Europe/Paris"}
    env.pop("TACTFUL_DATABASE_URL", None)
    command = [sys.executable, "-m", "tactful", "import", str(export)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    return home


def measure(name: str, rounds: int, runs: int) -> dict[str, Any]:
    from tactful.calendars import export

    home = store(name, rounds)
    state = WebState(Settings.load(str(home)), now=NOW)
    snapshot = state.snapshot()
    apps, interviews = state.api.snapshot()
    now = snapshot.now
    later = now + timedelta(minutes=1)
    minute_plans = plan_all(apps, interviews, later, state.api.calendar_for)
    pending = next(p for p in snapshot.plans if p.steps[0].pending)
    pending.interview.follow_ups.append(FollowUp(StepKind.THANK_YOU, later))
    changed_plans = plan_all(apps, interviews, later, state.api.calendar_for)

    def feed_key() -> None:
        Snapshot(snapshot.key, now, snapshot.plans, snapshot.applications).feed_key  # noqa: B018

    result: dict[str, Any] = {
        "data": name,
        "rounds": rounds,
        "steps": 2 * len(snapshot.plans),
        "feed_key_ms": cpu_ms(feed_key, runs),
    }
    feed_class = getattr(export, "FeedWriter", None)
    if feed_class is None:  # before: one whole build with icalendar, no cache
        result["cold_ms"] = cpu_ms(lambda: export.calendar_ics(snapshot.plans, now), runs)
    else:
        result["cold_ms"] = cpu_ms(lambda: feed_class().build(snapshot.plans, now), runs)
        warm = feed_class()
        warm.build(snapshot.plans, now)
        result["minute_ms"] = cpu_ms(lambda: warm.build(minute_plans, later), runs)
        warm.build(snapshot.plans, now)

        def one_change() -> None:
            warm.build(snapshot.plans, now)  # back to the first state, not timed apart
            warm.build(changed_plans, later)

        both = cpu_ms(one_change, runs)
        result["one_change_ms"] = round(both - result["minute_ms"], 2)
        result["feed_bytes"] = len(warm.build(snapshot.plans, now))
    state.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for rounds in (int(n) for n in args.sizes.split(",")):
        for name in ("typical", "backlog"):
            print(json.dumps(measure(name, rounds, args.runs)))
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
