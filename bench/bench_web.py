"""The Today page with 1,000 rounds under 200 requests per second (target: p99 ≤ 50 ms), while a
calendar app polls /calendar.ics every second.

A real `tactful serve` on 127.0.0.1 (its own process), and an open-loop load generator: request
i is due at i/RATE seconds and its latency counts from then, so a slow server cannot slow the
generator down and hide its own queueing. The calendar client asks for the feed every second
the way calendar apps do, with the ETag it last got (`If-None-Match`); the first ask builds the
feed (about 0.1 s of CPU with 1,000 rounds, in a worker thread). With `--writes N`, a write
lands every N seconds during the load too, so the plans and the feed are rebuilt under load.
Only 127.0.0.1 is ever contacted.

Two data sets: "typical" (1,000 rounds over five months, the older ones followed up) and
"backlog" (bench_due's 1,000 rounds, nearly all late: 1,744 steps due, of which Today shows the
50 most urgent).

Run: .venv/bin/python bench/bench_web.py [--rate 200] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.loadgen import exchange, settle

ROUNDS = 1_000
NOW = "2026-11-25T17:00:00+01:00"
TARGET_P99_MS = 50.0
POLL_FEED = "--no-feed" not in sys.argv


def typical(rounds: int) -> dict[str, Any]:
    """Interviews spread over the last five months and the next two weeks; the user keeps up."""
    now = datetime.fromisoformat(NOW)
    apps = []
    for i in range(rounds):
        at = now - timedelta(days=150) + timedelta(days=(i * 164) // rounds, hours=i % 7)
        follow_ups = []
        replies = []
        skipped = []
        if at + timedelta(days=1) < now and i % 50:
            sent = at + timedelta(hours=20)
            follow_ups.append({"kind": "thank-you", "sent_at": sent.isoformat()})
        if at + timedelta(days=20) < now:  # past the status window: sent or skipped
            if i % 2:
                sent = at + timedelta(days=18)
                follow_ups.append({"kind": "status-inquiry", "sent_at": sent.isoformat()})
            else:
                skipped.append("status-inquiry")
        if at + timedelta(days=25) < now and i % 4 == 1:
            replies.append({"received_at": (at + timedelta(days=24)).isoformat()})
        interview = {
            "id": i + 1,
            "round": 1,
            "starts_at": at.isoformat(),
            "timezone": "Europe/Paris",
            "interviewers": [{"name": "Ada Lovelace", "email": "ada@example.com"}],
            "detail": "the pipeline demo",
            "follow_ups": follow_ups,
            "replies": replies,
            "skipped": skipped,
        }
        apps.append(
            {
                "id": i + 1,
                "company": f"Company {i}",
                "role": "Engineer",
                "country": "FR",
                "closing_date": (at - timedelta(days=10)).date().isoformat(),
                "interviews": [interview],
            }
        )
    return {"format": "tactful-export", "version": 1, "applications": apps, "profile": []}


def backlog(rounds: int) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.bench_due import export

    return export(rounds)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(home: Path, data: dict[str, Any]) -> tuple[subprocess.Popen[bytes], str]:
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": NOW, "TZ": "Europe/Paris"}
    env.pop("TACTFUL_DATABASE_URL", None)
    command = [sys.executable, "-m", "tactful"]
    export = home / "export.json"
    export.write_text(json.dumps(data))
    subprocess.run([*command, "import", str(export)], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/static/style.css", timeout=1).status_code == 200:
                return server, url
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("tactful serve did not start")


async def poll_feed(url: str, seconds: float, stats: dict[Any, Any]) -> None:
    """A calendar app: the feed every second, revalidated with its ETag."""
    etag = ""
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            started = time.perf_counter()
            headers = {"If-None-Match": etag} if etag else {}
            response = await client.get("/calendar.ics", headers=headers)
            stats.setdefault(response.status_code, 0)
            stats[response.status_code] += 1
            stats.setdefault("ms", []).append((time.perf_counter() - started) * 1000)
            etag = response.headers.get("etag", etag)
            await asyncio.sleep(max(0.0, 1.0 - (time.perf_counter() - started)))


def poll_feed_elsewhere(url: str, seconds: float, results: Any) -> None:
    """`poll_feed` in a process of its own, as a calendar app is: parsing the feed's megabyte
    in the load generator's event loop held its requests back, and that delay was counted as
    the server's latency."""
    stats: dict[Any, Any] = {}
    asyncio.run(poll_feed(url, seconds, stats))
    results.put(stats)


async def write_now_and_then(url: str, seconds: float, every: float) -> int:
    """A write every `every` seconds (an edited note): plans and feed are rebuilt under load."""
    done = 0
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        end = time.perf_counter() + seconds
        while every and time.perf_counter() + every < end:
            await asyncio.sleep(every)
            note = {"notes": f"write {done}"}
            assert (await client.patch("/api/v1/applications/1", json=note)).status_code == 200
            done += 1
    return done


class Connections:
    """Keep-alive HTTP/1.1 connections written by hand: the load generator must cost far less
    CPU than the server it measures (httpx spends about as much per request as the server)."""

    def __init__(self, url: str, cookie: str, size: int) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.request = (
            f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: {cookie}\r\n\r\n"
        ).encode()
        self.idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self.size = size

    async def open(self, count: int) -> None:
        for _ in range(count):
            self.idle.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def get(self) -> int:
        reader, writer = await self.idle.get()
        try:
            status = await exchange(reader, writer, self.request)
        finally:
            self.idle.put_nowait((reader, writer))
        return status

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait()[1].close()


async def load(
    url: str, rate: float, seconds: float, feed: dict[Any, Any], writes: float = 0
) -> tuple[list[float], int, int]:
    """Open loop: request i starts at i/rate; latency counts from that moment."""
    total = int(rate * seconds)
    latencies: list[float] = []
    failures = 0
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        first = await client.get("/")  # a session cookie, and a warm cache
    cookie = "; ".join(f"{k}={v}" for k, v in first.cookies.items())
    connections = Connections(url, cookie, len(first.content))
    await connections.open(64)
    for _ in range(20):
        await connections.get()
    calendar_app = None
    if POLL_FEED:
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        calendar_app = context.Process(target=poll_feed_elsewhere, args=(url, seconds, results))
        calendar_app.start()
    settle()  # the generator's collector, before the window
    start = time.perf_counter()
    background = [asyncio.create_task(write_now_and_then(url, seconds, writes))]

    async def one(i: int) -> None:
        nonlocal failures
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        try:
            ok = await asyncio.wait_for(connections.get(), 10) == 200
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            ok = False
        if ok:
            latencies.append((time.perf_counter() - due) * 1000)
        else:
            failures += 1

    await asyncio.gather(*(one(i) for i in range(total)))
    feed["writes"] = (await asyncio.gather(*background))[0]
    if calendar_app is not None:
        feed.update(await asyncio.to_thread(results.get, True, 30))
        calendar_app.join(10)
    connections.close()
    return latencies, failures, connections.size


def after_writes(url: str, samples: int = 20) -> list[float]:
    """Today right after a write: the plans of every round are computed again (no cache)."""
    times = []
    with httpx.Client(base_url=url, timeout=30) as client:
        client.get("/")
        for n in range(samples):
            note = {"notes": f"edit {n}"}
            assert client.patch("/api/v1/applications/1", json=note).status_code == 200
            start = time.perf_counter()
            assert client.get("/").status_code == 200
            times.append((time.perf_counter() - start) * 1000)
    return times


def cpu_seconds(pid: int) -> float:
    """User and system CPU so far (Linux) of process `pid` and of its live children (the
    process that builds the calendar feed)."""

    def own(stat: str) -> tuple[int, float]:
        fields = stat.rsplit(")", 1)[1].split()
        return int(fields[1]), sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent, used = own((entry / "stat").read_text())
        except (OSError, IndexError, ValueError):
            continue
        if int(entry.name) == pid or parent == pid:
            total += used
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(
    name: str, data: dict[str, Any], rate: float, seconds: float, writes: float = 0
) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix=f"tactful-bench-web-{name}-"))
    server, url = start_server(home, data)
    feed: dict[Any, Any] = {}
    try:
        due = len(httpx.get(url + "/api/v1/due").json()["due"])
        machine_load = os.getloadavg()[0]
        cpu_before = cpu_seconds(server.pid)
        latencies, failures, size = asyncio.run(load(url, rate, seconds, feed, writes))
        cpu_used = cpu_seconds(server.pid) - cpu_before
        cold = after_writes(url)
    finally:
        server.terminate()
        server.wait(10)
    result: dict[str, Any] = {
        "data": name,
        "rounds": len(data["applications"]),
        "due": due,
        "page_kb": round(size / 1024),
        "requests": len(latencies) + failures,
        "failures": failures,
        "rate": rate,
        "p50_ms": round(statistics.median(latencies), 1),
        "p90_ms": round(percentile(latencies, 90), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "max_ms": round(max(latencies), 1),
        "after_write_median_ms": round(statistics.median(cold), 1),
        "after_write_max_ms": round(max(cold), 1),
        "feed_polls": len(feed.get("ms", [])),
        "feed_200": feed.get(200, 0),
        "feed_304": feed.get(304, 0),
        "feed_first_ms": round(feed["ms"][0], 1) if feed.get("ms") else None,
        "feed_304_median_ms": round(statistics.median(feed["ms"][1:]), 1)
        if len(feed.get("ms", [])) > 1
        else None,
        "writes_during_load": feed.get("writes", 0),
        "server_cpu_ms_per_request": round(cpu_used / max(1, len(latencies)) * 1000, 2),
        "load_average_before": round(machine_load, 2),
    }
    verdict = "ok" if result["p99_ms"] <= TARGET_P99_MS and not failures else "MISSED"
    print(
        f"Today, {result['rounds']} rounds ({name}: {due} due, {result['page_kb']} KB page), "
        f"{result['requests']} requests at {rate:g}/s: p50 {result['p50_ms']} ms, "
        f"p90 {result['p90_ms']} ms, p99 {result['p99_ms']} ms, max {result['max_ms']} ms, "
        f"{failures} failed (target p99 ≤ {TARGET_P99_MS:g} ms: {verdict}); meanwhile the "
        f"calendar feed was polled {result['feed_polls']} times ({result['feed_200']} × 200, "
        f"{result['feed_304']} × 304; first {result['feed_first_ms']} ms, then median "
        f"{result['feed_304_median_ms']} ms) with {result['writes_during_load']} writes; "
        f"right after a write (plans recomputed): median {result['after_write_median_ms']} ms, "
        f"max {result['after_write_max_ms']} ms; the server used "
        f"{result['server_cpu_ms_per_request']} ms of CPU per request (feed included); load "
        f"average before the run {result['load_average_before']} on {os.cpu_count()} cores"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to keep it up")
    parser.add_argument(
        "--writes", type=float, default=0, help="a write every N seconds during the load"
    )
    parser.add_argument("--no-feed", action="store_true", help="no calendar app polling")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args()
    results = [
        run("typical", typical(ROUNDS), args.rate, args.seconds, args.writes),
        run("backlog", backlog(ROUNDS), args.rate, args.seconds, args.writes),
    ]
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
