"""tactful at scale, as whole processes, each against its floor measured in the same run:

- `import` of 1,000 / 10,000 / 100,000 rounds ÷ loading the same JSON and inserting the same
  rows with the driver's executemany (bench/import_floor.py), both into a copy of the same
  empty, migrated store (target at the largest size: 5× or less);
- `due --json`, `plan --json` and `export` on the store just imported, ÷
  `python -c "import sqlite3, json"`; their growth (CPU per round at the largest size ÷ CPU per
  round at the middle one, the floor taken off: target 1.5 or less, "linear"), their peak
  memory (target 150 MiB or less at every size: they stream) and `due --json`'s CPU time at
  the largest size (target 2 s or less).

    .venv/bin/python bench/bench_scale.py [--sizes 1000,10000,100000] [--runs 2] [--postgres]
        [--distinct]

`--distinct` measures the store where no two rounds start at the same moment
(`bench_due.export(rounds, distinct=True)`: nothing shared between rounds' steps) instead of
the benchmark's store, whose rounds start at 720 moments.

`--postgres` runs the same on a throwaway PostgreSQL server (tests/pg_server.py; every store a
copy of a migrated template database). There the client's CPU time leaves out the server's
work, so import ratios are taken on wall time. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.measure import Run, Verdicts, bench_env, load, machine, own_peak_mib, run  # noqa: E402

IMPORT_TARGET = 5.0
GROWTH_TARGET = 1.5
MEMORY_TARGET_MIB = 150.0
DUE_CPU_TARGET_S = 2.0
FLOOR = [sys.executable, "-c", "import sqlite3, json"]
TACTFUL = [sys.executable, "-m", "tactful"]
READS = (["due", "--json"], ["plan", "--json"], ["export"])


def _helper(code: str, *args: str) -> str:
    """Python in a child process: whatever the bench itself would import or build (tactful,
    SQLAlchemy, a 100,000-round export) stays out of the bench's memory. Linux counts the
    memory of the process that forked a child in the child's peak (see bench.measure.run), so
    the bench stays small to measure its children's peaks."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else code)
    return done.stdout.strip()


_MIGRATE = (
    "import sys; from pathlib import Path; from tactful.settings import Settings; "
    "from tactful.store.database import open_database; "
    "open_database(Settings(Path(sys.argv[1]), sys.argv[2])).close()"
)
_CREATE = (
    f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); from pg_server import Server; "
    "print(Server(sys.argv[1]).create_database(sys.argv[2], template=sys.argv[3]))"
)
_EXPORT = (
    f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); from bench.bench_due import export; "
    "open(sys.argv[2], 'w', encoding='utf-8')"
    ".write(json.dumps(export(int(sys.argv[1]), distinct=sys.argv[3] == '1')))"
)


class Stores:
    """Empty, migrated stores to import into: copies of one template (a SQLite file, or a
    PostgreSQL database used as a template)."""

    def __init__(self, work: Path, admin_url: str | None) -> None:
        self.work = work
        self.admin_url = admin_url
        self.count = 0
        if admin_url is None:
            template = work / "template"
            self.template_url = f"sqlite:///{template / 'tactful.db'}"
        else:
            self.template_url = _helper(_CREATE, admin_url, "tactful_template", "template0")
        _helper(_MIGRATE, str(work / "template"), self.template_url)

    def fresh(self) -> tuple[Path, str]:
        """A new home and the URL of its empty store."""
        self.count += 1
        home = self.work / f"home-{self.count}"
        home.mkdir()
        if self.admin_url is None:
            shutil.copy(self.work / "template" / "tactful.db", home / "tactful.db")
            return home, f"sqlite:///{home / 'tactful.db'}"
        name = f"store_{self.count}"
        return home, _helper(_CREATE, self.admin_url, name, "tactful_template")


def median(runs: list[Run], what: str) -> float:
    values = sorted(float(getattr(r, what)) for r in runs)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def ratio(a: list[Run], b: list[Run], what: str) -> float:
    pairs = sorted(
        float(getattr(x, what)) / max(float(getattr(y, what)), 1e-6)
        for x, y in zip(a, b, strict=True)
    )
    middle = len(pairs) // 2
    return pairs[middle] if len(pairs) % 2 else (pairs[middle - 1] + pairs[middle]) / 2


def measure_import(
    stores: Stores, data: Path, rounds: int, runs: int, env: Callable[[Path, str], dict[str, str]]
) -> tuple[list[Run], list[Run], tuple[Path, str]]:
    """tactful import and its floor in alternation, each into a fresh copy of the template;
    the last store tactful filled is kept for the reads."""
    ours: list[Run] = []
    floors: list[Run] = []
    kept = stores.fresh()
    for _ in range(runs):
        home, url = kept = stores.fresh()
        done = run([*TACTFUL, "import", str(data)], env=env(home, url))
        assert done.status == 0, f"tactful import of {rounds} rounds failed"
        ours.append(done)
        home, url = stores.fresh()
        floor = run([sys.executable, str(ROOT / "bench" / "import_floor.py"), str(data), url])
        assert floor.status == 0, "the import floor failed"
        floors.append(floor)
    return ours, floors, kept


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--distinct", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with _server(args.postgres) as server:
        return _bench(sizes, args.runs, server, args.distinct)


@contextmanager
def _server(postgres: bool) -> Iterator[str | None]:
    """The admin URL of a throwaway PostgreSQL server, or None for SQLite."""
    if not postgres:
        yield None
        return
    from pg_server import throwaway_server

    with throwaway_server() as server:
        yield server.admin_url


def _bench(sizes: list[int], runs: int, server: str | None, distinct: bool = False) -> int:
    work = Path(tempfile.mkdtemp(prefix="tactful-bench-scale-"))
    where = "PostgreSQL" if server is not None else "SQLite"
    stores = Stores(work, server)
    verdicts = Verdicts()
    on = "wall" if server is not None else "cpu"
    shape = "no two rounds start together" if distinct else "rounds start at 720 moments"
    print(
        f"tactful at scale ({where}; {shape}), whole processes, median of {runs} alternating runs"
    )
    print(f"machine: {machine()}; load average before: {load()}")
    print(f"the bench's own peak memory (no child's peak can show less): {own_peak_mib():.0f} MiB")

    def env(home: Path, url: str) -> dict[str, str]:
        return bench_env(
            home,
            TACTFUL_DATABASE_URL=url,
            TACTFUL_NOW="2026-11-25T17:00:00+01:00",
            XDG_CACHE_HOME=str(work / "cache"),
        )

    per_round: dict[str, dict[int, float]] = {" ".join(r): {} for r in READS}
    try:
        for rounds in sizes:
            data = work / f"export-{rounds}.json"
            _helper(_EXPORT, str(rounds), str(data), "1" if distinct else "0")
            ours, floors, (home, url) = measure_import(stores, data, rounds, runs, env)
            print(
                f"  import {rounds:>7} rounds: {median(ours, 'wall'):7.2f} s wall "
                f"{median(ours, 'cpu'):7.2f} s CPU {median(ours, 'rss_mib'):6.0f} MiB | floor "
                f"{median(floors, 'wall'):6.2f} s wall {median(floors, 'cpu'):6.2f} s CPU | "
                f"× {ratio(ours, floors, 'wall'):5.2f} wall, "
                f"× {ratio(ours, floors, 'cpu'):5.2f} CPU"
            )
            if rounds == max(sizes):
                verdicts.check(
                    f"import {rounds} rounds ÷ executemany floor ({on})",
                    ratio(ours, floors, on),
                    IMPORT_TARGET,
                )
            for command in READS:
                name = " ".join(command)
                a: list[Run] = []
                b: list[Run] = []
                for _ in range(runs):
                    a.append(run([*TACTFUL, *command], env=env(home, url)))
                    b.append(run(FLOOR))
                assert {r.status for r in a} == {0}, f"{name} failed"
                cpu = median(a, "cpu")
                rss = median(a, "rss_mib")
                per_round[name][rounds] = max(cpu - median(b, "cpu"), 1e-6) / rounds
                print(
                    f"  {name:<12} {rounds:>7} rounds: {median(a, 'wall'):7.2f} s wall "
                    f"{cpu:7.2f} s CPU {rss:6.0f} MiB | × floor {ratio(a, b, 'cpu'):7.1f} CPU, "
                    f"{ratio(a, b, 'wall'):7.1f} wall | {a[-1].out_bytes / 2**20:6.1f} MiB out"
                )
                verdicts.check(
                    f"{name} {rounds} rounds peak memory", rss, MEMORY_TARGET_MIB, " MiB"
                )
                if name == "due --json" and rounds == max(sizes) and rounds >= 100_000:
                    verdicts.check(f"due --json {rounds} rounds CPU", cpu, DUE_CPU_TARGET_S, " s")
        if len(sizes) >= 2:
            middle, largest = sorted(sizes)[-2], max(sizes)
            for name, seen in per_round.items():
                growth = seen[largest] / seen[middle]
                verdicts.check(
                    f"{name} growth {middle}→{largest} (CPU per round)", growth, GROWTH_TARGET
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average after: {load()}; the bench's own peak memory: {own_peak_mib():.0f} MiB")
    return verdicts.exit_status()


if __name__ == "__main__":
    sys.exit(main())
