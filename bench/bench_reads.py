"""Every read command as a whole process, against `python -c "import sqlite3, json"` measured in
the same run (target: 3× or less), on a store of 1,000 rounds.

On PostgreSQL the commands that read the database are also measured against the driver's own
floor, `python -c "import json, psycopg; psycopg.connect(URL).close()"`, and judged against it:
importing psycopg alone costs 6-10 times the sqlite3 floor, so no PostgreSQL client written in
Python can come within 3× of that floor; both ratios are printed.

    .venv/bin/python bench/bench_reads.py [--runs 7] [--database-url URL | --postgres]

The store is bench_due's 1,000 rounds (a backlog: 1,744 steps due); `check` reads a 120-word
follow-up and `ad check` a 600-word ad (bench_ads). The first `check` and `ad check` compile
their matchers and keep them in the cache directory (a fresh one, XDG_CACHE_HOME): that cold
run is shown, then every figure is a warm run, as a user's second command is. Commands run
with bytecode written and read, as an installed package runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.bench_ads import EMAIL_120, six_hundred_words  # noqa: E402
from bench.bench_due import export  # noqa: E402
from bench.measure import Verdicts, bench_env, compare, load, machine, run  # noqa: E402
from tactful.store.reading import libpq_url  # noqa: E402

TARGET = 3.0
FLOOR = [sys.executable, "-c", "import sqlite3, json"]
OFFLINE = ("check", "ad")
"""Commands that read no database: judged against the sqlite3 floor on either backend."""


def driver_floor(url: str) -> list[str]:
    """The floor of a read on PostgreSQL: start Python, import the driver, connect, close."""
    code = f"import json, psycopg; psycopg.connect({libpq_url(url)!r}).close()"
    return [sys.executable, "-c", code]


def commands(ad: Path, email: Path) -> list[list[str]]:
    return [
        ["due"],
        ["due", "--json"],
        ["plan", "500"],
        ["plan", "500", "--json"],
        ["list"],
        ["list", "--json"],
        ["show", "500"],
        ["show", "500", "--json"],
        ["check", str(email)],
        ["check", str(email), "--json"],
        ["ad", "check", str(ad)],
        ["ad", "check", str(ad), "--json"],
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--postgres", action="store_true", help="on a throwaway server (tests/pg_server.py)"
    )
    args = parser.parse_args()
    if args.postgres:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import throwaway_server

        with throwaway_server() as server:
            args.database_url = server.create_database("tactful_reads")
            return measure(args)
    return measure(args)


def measure(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="tactful-bench-reads-"))
    extra = {"TACTFUL_NOW": "2026-11-25T17:00:00+01:00", "XDG_CACHE_HOME": str(work / "cache")}
    if args.database_url:
        extra["TACTFUL_DATABASE_URL"] = args.database_url
    env = bench_env(work / "home", **extra)
    data = work / "export.json"
    data.write_text(json.dumps(export(args.rounds)), encoding="utf-8")
    ad, email = work / "ad.md", work / "email.txt"
    ad.write_text(six_hundred_words(), encoding="utf-8")
    email.write_text(EMAIL_120, encoding="utf-8")
    tactful = [sys.executable, "-m", "tactful"]
    done = run([*tactful, "import", str(data)], env=env)
    assert done.status == 0, "import failed"
    where = "PostgreSQL" if args.database_url else "SQLite"
    print(f"Read commands, whole process, {args.rounds} rounds ({where}); floor: {' '.join(FLOOR)}")
    print(f"machine: {machine()}; load average before: {load()}")
    for cold in (["check", str(email)], ["ad", "check", str(ad)]):
        first = run([*tactful, *cold], env=env)
        print(
            f"  cold (matchers compiled, then cached): {' '.join(cold[:-1])}: {first.cpu:.3f} s CPU"
        )
    verdicts = Verdicts()
    driver = driver_floor(args.database_url) if args.database_url else None
    if driver is not None:
        print(f"driver floor (database reads on PostgreSQL): {' '.join(driver[:2])} '…connect…'")
    print(f"  {'command':<34} {'cpu':>8} {'floor':>8} {'cpu ×':>7} {'wall ×':>7}")
    for command in commands(ad, email):
        pair = compare([*tactful, *command], FLOOR, runs=args.runs, env=env)
        status = {r.status for r in pair.a}
        shown = " ".join(a if "/" not in a else Path(a).name for a in command)
        print(
            f"  {shown:<34} {pair.median('a', 'cpu'):8.3f} {pair.median('b', 'cpu'):8.3f} "
            f"{pair.cpu_ratio:7.2f} {pair.wall_ratio:7.2f}   exit {sorted(status)}"
        )
        if driver is None or command[0] in OFFLINE:
            verdicts.check(f"tactful {shown} ÷ floor (CPU)", pair.cpu_ratio, TARGET)
            continue
        own = compare([*tactful, *command], driver, runs=args.runs, env=env)
        print(
            f"  {'  ÷ the driver floor':<34} {own.median('a', 'cpu'):8.3f} "
            f"{own.median('b', 'cpu'):8.3f} {own.cpu_ratio:7.2f} {own.wall_ratio:7.2f}"
        )
        verdicts.check(f"tactful {shown} ÷ driver floor (CPU)", own.cpu_ratio, TARGET)
    print(f"load average after: {load()}")
    return verdicts.exit_status()


if __name__ == "__main__":
    sys.exit(main())
