"""The hosted journey against the real thing: `tactful serve --multi-user --workers 2` and a
`tactful worker`, as separate processes on one PostgreSQL database, connecting as a login role
that is neither superuser nor owner (no BYPASSRLS), and two people using it at once."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mail_sink import MailSink
from pg_server import Server

pytestmark = pytest.mark.slow

NOW = "2026-11-26T10:00:00+01:00"
PASSWORD = "correct horse battery staple"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _login_role(postgres: Server, url: str) -> str:
    """A login role for the servers, member of tactful's group roles, with no bypass."""
    from sqlalchemy.engine import make_url

    postgres.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tactful_web') "
        "THEN CREATE ROLE tactful_web LOGIN NOSUPERUSER NOBYPASSRLS "
        "IN ROLE tactful_app, tactful_accounts, tactful_worker; END IF; END $$"
    )
    return make_url(url).set(username="tactful_web").render_as_string(False)


def _wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        try:
            httpx.get(url + "/login", timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the web server did not start")


@pytest.fixture
def servers(
    postgres: Server, pg_url: str, tmp_path: Path
) -> Iterator[tuple[str, dict[str, str], MailSink]]:
    app_url = _login_role(postgres, pg_url)
    port = _free_port()
    with MailSink() as sink:
        env = {
            **os.environ,
            "TACTFUL_HOME": str(tmp_path / "server"),
            "TACTFUL_DATABASE_URL": app_url,
            "TACTFUL_NOW": NOW,
            "TACTFUL_SMTP_URL": sink.url,
            "TACTFUL_MAIL_FROM": "tactful@career.example",
            "TACTFUL_PUBLIC_URL": f"http://127.0.0.1:{port}",
        }
        command = [sys.executable, "-m", "tactful"]
        web = subprocess.Popen(
            [*command, "serve", "--multi-user", "--workers", "2", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base, web)
            yield base, env, sink
        finally:
            web.send_signal(signal.SIGTERM)
            web.wait(30)


def _sign_up(base: str, env: dict[str, str], email: str) -> httpx.Client:
    done = subprocess.run(
        [sys.executable, "-m", "tactful", "user", "invite", email, "--json"],
        env={k: v for k, v in env.items() if k != "TACTFUL_SMTP_URL"},
        capture_output=True,
        text=True,
        check=True,
    )
    link = re.search(r"token=([\w-]+)", done.stdout)
    assert link, done.stdout
    client = httpx.Client(base_url=base, timeout=30)
    form = client.get(f"/signup?token={link.group(1)}")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token, form.text
    answer = client.post(
        "/signup",
        data={"csrf_token": token.group(1), "token": link.group(1), "password": PASSWORD,
              "repeat": PASSWORD},
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    return client


def test_two_people_two_web_workers_and_a_worker_process(
    servers: tuple[str, dict[str, str], MailSink],
) -> None:
    base, env, sink = servers
    people = {"ada@example.org": "Acme", "bob@example.org": "Globex"}
    clients = {email: _sign_up(base, env, email) for email in people}
    rounds = {}
    for email, company in people.items():
        client = clients[email]
        app = client.post(
            "/api/v1/applications", json={"company": company, "role": "Engineer", "country": "FR"}
        ).json()["id"]
        made = client.post(
            f"/api/v1/applications/{app}/rounds",
            json={"at": "2026-11-25 14:00", "interviewers": [f"Ann <ann@{company.lower()}.io>"],
                  "timeline": "two weeks"},
        )  # fmt: skip
        assert made.status_code == 201, made.text
        rounds[email] = made.json()["id"]
    # Many requests, spread over both web processes: each sees the same session and data.
    for _ in range(20):
        for email, company in people.items():
            due = clients[email].get("/api/v1/due")
            assert due.status_code == 200
            assert [(d["company"], d["kind"]) for d in due.json()["due"]] == [
                (company, "thank-you")
            ]

    worker = subprocess.Popen(
        [sys.executable, "-m", "tactful", "worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(sink.sink.messages) < 2:
            time.sleep(0.5)
        time.sleep(2)  # a second reminder would have come by now
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err.decode()
    for email, company in people.items():
        [reminder] = sink.sink.to(email)
        assert company in str(reminder["Subject"])

    for email in people:
        client = clients[email]
        sent = client.post(f"/api/v1/rounds/{rounds[email]}/sent", json={"kind": "thank-you"})
        assert sent.status_code == 201, sent.text
        assert client.get("/api/v1/due").json()["due"] == []
    ada, bob = clients["ada@example.org"], clients["bob@example.org"]
    replied = ada.post(
        f"/api/v1/rounds/{rounds['ada@example.org']}/replies", json={"outcome": "rejection"}
    )
    assert replied.status_code == 201, replied.text
    plan = ada.get(f"/api/v1/plan/{rounds['ada@example.org']}").json()["interviews"][0]
    assert plan["state"] == "closed"
    assert bob.get(f"/api/v1/plan/{rounds['ada@example.org']}").status_code == 404
    assert (
        bob.get(f"/api/v1/plan/{rounds['bob@example.org']}").json()["interviews"][0]["state"]
        != "closed"
    )
    exported = ada.get("/api/v1/account/export").json()
    assert [a["company"] for a in exported["applications"]] == ["Acme"]
