"""`tactful watch`: one reminder per step (an email to yourself), a clean stop on SIGTERM,
and a reconnect when the server comes back."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from mailbox_io.world import AFTER_INTERVIEW, World
from mailbox_servers import Proxy


def test_one_reminder_email_per_step(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    assert world.run("mail", "remind", "on").code == 0
    first = world.run("watch", "--once")
    assert first.code == 0, first.err
    assert "due: tactful: send the thank-you to Acme Analytics" in first.out
    again = world.run("watch", "--once")
    assert again.code == 0, again.err
    assert "due:" not in again.out
    reminders = world.inbox(world.me)
    assert len(reminders) == 1
    assert "tactful send 1 thank-you" in reminders[0].get_content()
    assert world.inbox(world.ada) == []  # a reminder, not a send


def test_no_reminder_to_follow_up_once_the_employers_answer_is_read(world: World) -> None:
    """watch (without --apply) read Ada's rejection and, in the same round, reminded the user
    to send the status email: a follow-up after the employer's reply."""
    from mailbox_io.test_inbox import REJECTION, reply
    from mailbox_io.world import STATUS_TIME

    world.setup_account()
    world.add_round(interviewers=("ada",))
    assert world.run("send", "1", "thank-you", "--yes").code == 0
    [thanks] = world.inbox(world.ada)
    answer = reply(world.ada, world.me, "Re: thanks", REJECTION, in_reply_to=thanks["Message-ID"])
    world.servers.send(world.ada, [world.me], answer.as_bytes())
    assert world.run("mail", "remind", "on").code == 0
    done = world.run("watch", "--once", now=STATUS_TIME)
    assert done.code == 0, done.err
    assert "inbox: INBOX: record the reply (rejection)" in done.out
    assert "due:" not in done.out
    assert [m["X-Tactful-Kind"] for m in world.inbox(world.me)] == [None], "no reminder email"


def test_watch_without_an_account_says_how_to_set_it_up(world: World) -> None:
    done = world.run("watch", "--once")
    assert done.code == 2
    assert "tactful mail setup" in done.err


def imap_behind_a_refusing_proxy(world: World) -> Proxy:
    """The account's IMAP port pointed at a proxy that refuses connections (the server away)."""
    proxy = Proxy(world.servers.imap_port)
    proxy.refuse = True
    path = world.home / "mail.json"
    account = json.loads(path.read_text())
    account["imap_port"] = proxy.port
    path.write_text(json.dumps(account))
    return proxy


def test_watch_once_with_the_server_away_fails_without_promising_a_retry(world: World) -> None:
    world.setup_account()
    proxy = imap_behind_a_refusing_proxy(world)
    try:
        done = world.run("watch", "--once")
    finally:
        proxy.close()
    assert done.code == 1
    [line] = done.out.splitlines()
    assert " mail: " in line
    assert "trying again" not in line


def start_watch(world: World, every: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tactful", "--now", AFTER_INTERVIEW, "watch", "--every", every],
        env=world.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip


def read_until(process: subprocess.Popen[str], needle: str, timeout: float = 30) -> str:
    assert process.stdout is not None
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        seen += line
        if needle in line:
            return seen
    raise AssertionError(f"{needle!r} not in {seen!r}")


def test_sigterm_stops_cleanly(world: World) -> None:
    world.setup_account()
    process = start_watch(world, "0.01")
    try:
        read_until(process, "watching every")
        time.sleep(1.0)
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0
    assert "stopping (SIGTERM)" in out


def test_reconnects_when_the_server_comes_back(world: World) -> None:
    world.setup_account()
    world.add_round(interviewers=("ada",))
    proxy = imap_behind_a_refusing_proxy(world)
    process = start_watch(world, "0.02")
    try:
        log = read_until(process, "trying again in")
        proxy.refuse = False
        log += read_until(process, "due: tactful: send the thank-you")
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    finally:
        process.kill()
        proxy.close()
    assert "mail: " in log


def test_serve_watch_runs_the_watcher_in_the_background(world: World) -> None:
    import socket

    import httpx

    world.setup_account()
    world.add_round(interviewers=("ada",))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "tactful", "--now", AFTER_INTERVIEW, "serve", "--port", str(port),
         "--watch", "--every", "0.02"],
        env=world.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stderr is not None
        seen = ""
        deadline = time.monotonic() + 30
        while "due: tactful: send the thank-you" not in seen and time.monotonic() < deadline:
            seen += server.stderr.readline()
        assert "watch: due: tactful: send the thank-you" in seen
        while True:  # the watcher may report before the server listens
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the server never answered"
                time.sleep(0.05)
    finally:
        server.terminate()
        server.communicate(timeout=10)
