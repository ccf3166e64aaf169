"""Hosted mode at scale: 10,000 members with 20 interview rounds each on PostgreSQL.

Measures, on a throwaway PostgreSQL server (Debian's binaries, as the tests use):
- the worker's scan for every member's due steps (target ≤ 5 s for the 200,000 rounds);
- Today at 200 requests per second across two web worker processes
  (`tactful serve --multi-user --workers 2`), open loop, each request a random logged-in member
  (target p99 ≤ 50 ms);
- the database's size.

The data is written with COPY as the database's owner (the version triggers off while loading,
then the data versions set once): loading is not what is measured. Only 127.0.0.1 and a Unix
socket are ever contacted.

Run: .venv/bin/python bench/bench_hosted.py [--members 10000] [--rate 200] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from bench.loadgen import exchange, settle  # noqa: E402

NOW = "2026-11-25T17:00:00+01:00"
ROUNDS = 20
PASSWORD = "bench password, long enough"
TARGET_P99_MS = 50.0
TARGET_SCAN_S = 5.0
CONNECTIONS = 64
WARM_ONE_WORKER = "--warm-one-worker" in sys.argv
"""Keep-alive connections of the load generator, shared by the members."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def member_rows(member: int, ids: dict[str, int]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """One member's rounds: interviews over the last five months and the next two weeks, the
    older ones followed up (as bench_web's "typical" data), shifted per member."""
    now = datetime.fromisoformat(NOW)
    for i in range(ROUNDS):
        at = now - timedelta(days=150) + timedelta(days=(i * 164) // ROUNDS, hours=member % 9)
        ids["app"] += 1
        ids["iv"] += 1
        app, iv = ids["app"], ids["iv"]
        yield "applications", (app, member, f"Company {member}-{i}", "Engineer", "FR",
                               (at - timedelta(days=10)).date().isoformat(), NOW)  # fmt: skip
        skipped = ""
        follow_ups = []
        if at + timedelta(days=1) < now and (member + i) % 50:
            follow_ups.append(("thank-you", at + timedelta(hours=20)))
        if at + timedelta(days=20) < now:
            if i % 2:
                follow_ups.append(("status-inquiry", at + timedelta(days=18)))
            else:
                skipped = "status-inquiry"
        yield "interviews", (iv, member, app, 1, at.isoformat(), "Europe/Paris",
                             (at + timedelta(days=14)).date().isoformat(), "two weeks", skipped,
                             NOW)  # fmt: skip
        ids["person"] += 1
        yield "interviewers", (ids["person"], member, iv, 0, "Ada Lovelace", "ada@example.com")
        for kind, sent in follow_ups:
            ids["follow_up"] += 1
            yield "follow_ups", (ids["follow_up"], member, iv, kind, "email", sent.isoformat(),
                                 "[]")  # fmt: skip
        if at + timedelta(days=25) < now and i % 4 == 1:
            ids["reply"] += 1
            received = (at + timedelta(days=24)).isoformat()
            yield "replies", (ids["reply"], member, iv, received, "rejection", "")


COLUMNS = {
    "users": "id, email, role, password_hash, created_at",
    "applications": "id, owner_id, company, role, country, closing_date, created_at",
    "interviews": "id, owner_id, application_id, round, starts_at, timezone, decision_date, "
    "timeline, skipped, created_at",
    "interviewers": "id, owner_id, interview_id, position, name, email",
    "follow_ups": "id, owner_id, interview_id, kind, channel, sent_at, recipients",
    "replies": "id, owner_id, interview_id, received_at, outcome, note",
}


def load(libpq: str, members: int) -> dict[str, int]:
    """Every member and their rounds, with COPY; the counts of rows written."""
    import psycopg
    from argon2 import PasswordHasher

    hashed = PasswordHasher().hash(PASSWORD)
    ids = {"app": 0, "iv": 0, "person": 0, "follow_up": 0, "reply": 0}
    counts: dict[str, int] = dict.fromkeys(COLUMNS, 0)
    with psycopg.connect(libpq) as conn:
        conn.execute("SET session_replication_role = replica")  # no version triggers
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in COLUMNS}
        rows["users"] = [
            (m, f"member{m}@example.org", "member", hashed, NOW) for m in range(2, members + 2)
        ]
        for member in range(2, members + 2):
            for table, row in member_rows(member, ids):
                rows[table].append(row)
        for table, columns in COLUMNS.items():
            with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows[table]:
                    copy.write_row(row)
            counts[table] = len(rows[table])
        for table in COLUMNS:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        conn.execute(
            "INSERT INTO data_versions (owner_id, version) SELECT id, 1 FROM users "
            "ON CONFLICT DO NOTHING"
        )
        conn.execute("ANALYZE")
    return counts


def scan_due(settings: Any) -> tuple[list[float], int]:
    from tactful.holiday_calendar import HolidayCalendars
    from tactful.hosting.due import find_due
    from tactful.store.database import open_database

    database = open_database(settings, migrate=False)
    holidays = HolidayCalendars(None)
    now = datetime.fromisoformat(NOW)
    times, found = [], 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(find_due(database, now, holidays))
        times.append(time.perf_counter() - start)
    database.close()
    return times, found


def tree_cpu(pid: int) -> float:
    """User and system CPU seconds so far (Linux) of process `pid`, of its children that ended
    (PostgreSQL's backends come and go) and of those alive (the web workers of `tactful serve`,
    the backends still connected)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(entry.name) == pid:
            total += sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        elif int(fields[1]) == pid:
            total += sum(int(v) for v in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    return total


def postmaster(admin_url: str) -> int | None:
    """The pid of the throwaway server (its data directory lies beside its socket's)."""
    from sqlalchemy.engine import make_url

    host = make_url(admin_url).query.get("host")
    try:
        found = (Path(str(host)).parent / "data" / "postmaster.pid").read_text().split()
    except OSError:
        return None  # a server of its own (TACTFUL_TEST_DATABASE_URL): not measured
    return int(found[0]) if found else None


class Meter:
    """What the measured window cost: CPU of the web server (both workers), of PostgreSQL and
    of this load generator, and the machine's load average before and after."""

    def __init__(self, web: int, database: int | None) -> None:
        self.pids = {"web": web, "database": database}
        self.before: dict[str, float] = {}
        self.used: dict[str, float] = {}
        self.load = (0.0, 0.0)

    def _now(self) -> dict[str, float]:
        found = {k: tree_cpu(p) for k, p in self.pids.items() if p is not None}
        return {**found, "load generator": time.process_time()}

    def start(self) -> None:
        self.load = (os.getloadavg()[0], 0.0)
        self.before = self._now()

    def stop(self) -> None:
        after = self._now()
        self.used = {k: after[k] - self.before[k] for k in after}
        self.load = (self.load[0], os.getloadavg()[0])


class Pool:
    """Keep-alive HTTP/1.1 connections written by hand, as `bench_web.Connections` (httpx costs
    the client about as much CPU as the server): shared by the members, each request carrying
    its member's cookie, so that a member's requests reach either web worker, as a browser's
    would."""

    def __init__(self, url: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self.one_per_worker: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    def request(self, cookie: str) -> bytes:
        return (
            f"GET / HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nCookie: {cookie}\r\n\r\n".encode()
        )

    async def open(self, count: int) -> dict[str, int]:
        """`count` connections, as many to each web worker: the two wait on one listening
        socket, and whichever wakes first takes the connection (two to one, measured), so
        more are opened and the extra ones closed. The connections per worker's pid."""
        opened = [await asyncio.open_connection(self.host, self.port) for _ in range(count * 2)]
        owner = self._workers()
        per: dict[str, list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = {}
        for pair in opened:
            pid = owner.get(pair[1].get_extra_info("sockname")[1], "?")
            per.setdefault(pid, []).append(pair)
        share = max(1, count // max(1, len(per)))
        if len(per) < 2 or min(len(p) for p in per.values()) < share:
            share = count  # not known (no `ss`) or too uneven: keep them all, say so
        for pairs in per.values():
            for pair in pairs[share:]:
                pair[1].close()
            for pair in pairs[:share]:
                self.idle.put_nowait(pair)
        self.one_per_worker = [pairs[0] for pairs in per.values()]
        return {pid: min(len(p), share) for pid, p in per.items()}

    async def warm(self, request: bytes) -> None:
        """A member's Today once on every web worker (before the window): each worker keeps
        its own members' pages, and a member's first Today on a worker costs about ten times a
        repeat."""
        for reader, writer in self.one_per_worker:
            assert await exchange(reader, writer, request) == 200

    def _workers(self) -> dict[int, str]:
        """Which web worker (pid) holds each of this process's connections, by its port."""
        try:
            found = subprocess.run(
                ["ss", "-tnpH", "state", "established", f"( sport = :{self.port} )"],
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout  # fmt: skip
        except OSError:
            return {}
        owner = {}
        for line in found.splitlines():
            columns = line.split()
            if len(columns) >= 5 and "pid=" in line:
                peer = int(columns[3].rsplit(":", 1)[1])
                owner[peer] = line.split("pid=", 1)[1].split(",", 1)[0]
        return owner

    async def get(self, request: bytes) -> int:
        reader, writer = await self.idle.get()
        try:
            status = await exchange(reader, writer, request)
        except BaseException:
            writer.close()  # a connection cut mid-answer is not reused
            self.idle.put_nowait(await asyncio.open_connection(self.host, self.port))
            raise
        self.idle.put_nowait((reader, writer))
        return status

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait()[1].close()


async def today_load(
    url: str, cookies: list[str], rate: float, seconds: float, meter: Meter
) -> tuple[list[float], int]:
    """Open loop: request i is due at i/rate seconds and its latency counts from then."""
    total = int(rate * seconds)
    latencies: list[float] = []
    failures = 0
    pool = Pool(url)
    split = await pool.open(CONNECTIONS)
    print(f"load generator: {sum(split.values())} keep-alive connections, per web worker {split}")
    requests = [pool.request(c) for c in cookies]
    for request in requests:  # warm: each member's Today on each worker, before the window
        if WARM_ONE_WORKER:  # as before: on one worker, the other's first Today in the window
            assert await pool.get(request) == 200
        else:
            await pool.warm(request)
    chosen = random.Random(13)
    order = [chosen.randrange(len(requests)) for _ in range(total)]
    settle()  # the generator's collector, before the window
    meter.start()
    start = time.perf_counter()

    async def one(i: int) -> None:
        nonlocal failures
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        try:
            ok = await asyncio.wait_for(pool.get(requests[order[i]]), 10) == 200
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            ok = False
        if ok:
            latencies.append((time.perf_counter() - due) * 1000)
        else:
            failures += 1

    await asyncio.gather(*(one(i) for i in range(total)))
    meter.stop()
    pool.close()
    return latencies, failures


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def today(url: str, home: Path, admin_url: str, args: argparse.Namespace) -> dict[str, Any]:
    """`tactful serve --multi-user --workers 2` on the database at `url`; members log in (not
    measured), then Today at `args.rate` requests per second for `args.seconds`."""
    port = free_port()
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_DATABASE_URL": url,
           "TACTFUL_NOW": NOW, "TZ": "Europe/Paris"}  # fmt: skip
    web = subprocess.Popen(
        [sys.executable, "-m", "tactful", "serve", "--multi-user", "--workers", "2",
         "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    meter = Meter(web.pid, postmaster(admin_url))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/login", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        cookies = []
        picked = random.Random(7).sample(range(2, args.members + 2), args.sessions)
        with httpx.Client(base_url=base, timeout=30) as client:
            for member in picked:
                client.cookies.clear()
                r = client.post(
                    "/api/v1/login",
                    json={"email": f"member{member}@example.org", "password": PASSWORD},
                )
                r.raise_for_status()
                cookies.append("; ".join(f"{k}={v}" for k, v in client.cookies.items()))
        time.sleep(args.pause)  # the logins' password hashing, out of the machine's way
        latencies, failures = asyncio.run(today_load(base, cookies, args.rate, args.seconds, meter))
    finally:
        web.terminate()
        try:
            web.wait(30)
        except subprocess.TimeoutExpired:
            web.kill()
            web.wait(10)
    p99 = percentile(latencies, 99)
    verdict = "ok" if p99 <= TARGET_P99_MS and not failures else "MISSED"
    sent = len(latencies) + failures  # a request given up on cost the server too
    cpu = ", ".join(f"{k} {v * 1000 / sent:.2f} ms" for k, v in meter.used.items())
    print(
        f"Today across 2 web workers, {len(latencies) + failures} requests at "
        f"{args.rate:g}/s from {args.sessions} members (each one's Today once before, on "
        f"{'one web worker' if args.warm_one_worker else 'each web worker'}): p50 "
        f"{statistics.median(latencies):.1f} ms, p90 {percentile(latencies, 90):.1f} ms, "
        f"p99 {p99:.1f} ms, max {max(latencies):.1f} ms, {failures} failed "
        f"(target p99 ≤ {TARGET_P99_MS:g} ms: {verdict}); CPU per request: {cpu}; load "
        f"average {meter.load[0]:.2f} before, {meter.load[1]:.2f} after, on "
        f"{os.cpu_count()} cores"
    )
    return {
        "p50_ms": statistics.median(latencies),
        "p99_ms": p99,
        "failures": failures,
        "cpu_ms_per_request": {k: v * 1000 / sent for k, v in meter.used.items()},
        "load": meter.load,
    }


def main() -> None:
    from sqlalchemy.engine import make_url

    from pg_server import throwaway_server
    from tactful.hosting.upgrade import upgrade
    from tactful.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--sessions", type=int, default=200, help="members logged in at once")
    parser.add_argument(
        "--pause", type=float, default=5.0, help="seconds between the logins and the load"
    )
    parser.add_argument(
        "--warm-one-worker",
        action="store_true",
        help="warm each member on one web worker only (their first Today on the other one "
        "then falls in the measured window)",
    )
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="tactful-bench-hosted-"))
    with throwaway_server() as server:
        url = server.create_database("bench")
        settings = Settings(home, url)
        upgrade(settings)
        libpq = make_url(url).set(drivername="postgresql").render_as_string(False)
        start = time.perf_counter()
        counts = load(libpq, args.members)
        print(f"loaded {counts} in {time.perf_counter() - start:.1f} s")

        times, found = scan_due(settings)
        verdict = "ok" if statistics.median(times) <= TARGET_SCAN_S else "MISSED"
        print(
            f"worker scan of {counts['interviews']:,} rounds of {args.members:,} members: "
            f"{found:,} due steps never reminded, median {statistics.median(times):.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in times)} s; target ≤ {TARGET_SCAN_S:g} s: "
            f"{verdict})"
        )

        today(url, home, server.admin_url, args)
        import psycopg

        with psycopg.connect(libpq) as conn:
            size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
            tables = conn.execute(
                "SELECT relname, pg_total_relation_size(relid) FROM pg_statio_user_tables "
                "ORDER BY 2 DESC LIMIT 6"
            ).fetchall()
        assert size is not None
        print(
            f"database size: {size[0] / 2**20:.0f} MiB ("
            + ", ".join(f"{name} {bytes_ / 2**20:.0f} MiB" for name, bytes_ in tables)
            + ")"
        )


if __name__ == "__main__":
    main()
