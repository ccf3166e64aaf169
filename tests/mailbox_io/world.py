"""A job seeker's mailbox on the test servers: the account set up through the CLI, and one
application with two interviewers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

from conftest import CLI, Result
from mailbox_servers import MailServers

INTERVIEW_AT = "2026-11-25 14:00"
AFTER_INTERVIEW = "2026-11-25T17:00:00+01:00"
STATUS_TIME = "2026-12-10T09:30:00+01:00"


@dataclass
class World:
    servers: MailServers
    cli: CLI
    home: Path
    me: str
    ada: str
    grace: str

    def run(self, *args: str, now: str = AFTER_INTERVIEW, input: str | None = None) -> Result:
        return self.cli("--now", now, *args, input=input)

    def setup_account(self, *extra: str) -> None:
        servers = self.servers
        done = self.cli(
            "mail", "setup", "--email", self.me,
            "--smtp-host", "127.0.0.1", "--smtp-port", str(servers.smtp_port),
            "--smtp-security", "starttls",
            "--imap-host", "localhost", "--imap-port", str(servers.imap_port),
            "--imap-security", "starttls", "--ca-file", str(servers.ca_file), *extra,
        )  # fmt: skip
        assert done.code == 0, done.err

    def add_round(self, interviewers: tuple[str, ...] = ("ada", "grace")) -> None:
        names = {"ada": f"Ada Lovelace <{self.ada}>", "grace": f"Grace Hopper <{self.grace}>"}
        assert self.run("config", "set", "me.name", "Sam Candidate").code == 0
        assert (
            self.run(
                "application", "add", "--company", "Acme Analytics", "--role", "Data engineer",
                "--closing-date", "2026-11-20", "--country", "FR",
            ).code
            == 0
        )  # fmt: skip
        args = ["interview", "add", "1", "--at", INTERVIEW_AT, "--timeline", "two weeks"]
        for who in interviewers:
            args += ["--interviewer", names[who]]
        args += [
            "--detail", "the story of the pipeline outage on Black Friday",
            "--selling-point", "five years of running Spark pipelines in production",
            "--forgot", "my AWS data-engineering certification",
        ]  # fmt: skip
        done = self.run(*args)
        assert done.code == 0, done.err

    def inbox(self, user: str, folder: str = "INBOX") -> list[EmailMessage]:
        return [
            message_from_bytes(raw, policy=policy.default)
            for raw in self.servers.messages(user, folder)
        ]

    def plan(self, now: str = AFTER_INTERVIEW) -> dict[str, Any]:
        done = self.run("plan", "1", "--json", now=now)
        assert done.code == 0, done.err
        return cast(dict[str, Any], done.json()["interviews"][0])

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "TACTFUL_HOME": str(self.home),
            "TACTFUL_MAIL_PASSWORD": self.servers.users[self.me],
        }

    def killed_at(self, stage: str, *args: str, now: str = AFTER_INTERVIEW) -> None:
        """Run `tactful ARGS` in its own process, stop it at `stage`, and kill it there."""
        env = {**self.env(), "TACTFUL_FAULT_STOP_AT": stage}
        process = subprocess.Popen(
            [sys.executable, "-m", "tactful", "--now", now, *args],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert process.stderr is not None
        deadline = time.monotonic() + 60
        seen = b""
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            seen += line
            if f"stopped at {stage}".encode() in line or not line:
                break
        assert f"stopped at {stage}".encode() in seen, seen.decode(errors="replace")
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL


def step_state(plan: dict[str, Any], kind: str) -> str:
    return str(next(s["state"] for s in plan["steps"] if s["kind"] == kind))
