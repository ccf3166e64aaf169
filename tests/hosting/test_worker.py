"""Reminders from the job queue: one per due step, never two, across workers and retries."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mail_sink import MailSink
from tactful.accounts import Hosted
from tactful.hosting.due import find_due
from tactful.hosting.queue import WorkerContext, remind_step
from tactful.models import StepKind
from tactful.settings import Settings

NOW = "2026-11-26T10:00:00+01:00"


@pytest.fixture
def sink(monkeypatch: pytest.MonkeyPatch) -> Iterator[MailSink]:
    with MailSink() as sink:
        monkeypatch.setenv("TACTFUL_SMTP_URL", sink.url)
        monkeypatch.setenv("TACTFUL_MAIL_FROM", "tactful@career.example")
        yield sink


def _two_members(hosted: Hosted) -> tuple[int, int]:
    ids = []
    for email, company in (("ada@example.org", "Acme"), ("bob@example.org", "Globex")):
        user = hosted.users.add(email)
        with hosted.api_for(user.id) as api:
            app = api.add_application(company=company, role="Data engineer", country="FR")
            ids.append(api.add_interview(app, at="2026-11-25 14:00"))
    return ids[0], ids[1]


def test_the_scan_finds_each_members_due_step(pg_url: str, tmp_path: Path) -> None:
    with Hosted(Settings(tmp_path, pg_url), now=NOW) as hosted:
        first, second = _two_members(hosted)
        context = WorkerContext(Settings(tmp_path, pg_url), now=NOW)
        found = find_due(hosted.database, context.clock(), context.holidays)
        assert sorted((d.interview_id, d.kind, d.company) for d in found) == [
            (first, StepKind.THANK_YOU, "Acme"),
            (second, StepKind.THANK_YOU, "Globex"),
        ]


def test_a_reminder_goes_once_and_a_refusal_is_retried(
    pg_url: str, tmp_path: Path, sink: MailSink
) -> None:
    settings = Settings(tmp_path, pg_url)
    with Hosted(settings, now=NOW) as hosted:
        first, _ = _two_members(hosted)
        ada = hosted.users.by_email("ada@example.org")
    context = WorkerContext(settings, now=NOW)
    sink.sink.refuse = 1
    from tactful.hosting.reminders import RetryLater

    with pytest.raises(RetryLater):
        remind_step(context, ada.id, first, StepKind.THANK_YOU)
    assert sink.sink.to("ada@example.org") == []
    assert remind_step(context, ada.id, first, StepKind.THANK_YOU) == "sent"
    assert remind_step(context, ada.id, first, StepKind.THANK_YOU) == "skipped"
    [message] = sink.sink.to("ada@example.org")
    assert "Acme" in str(message["Subject"])
    found = find_due(context.hosted.database, context.clock(), context.holidays)
    assert [d.interview_id for d in found] != [first]
    context.close()


@pytest.mark.slow
def test_two_worker_processes_send_each_reminder_once(
    pg_url: str, tmp_path: Path, sink: MailSink
) -> None:
    with Hosted(Settings(tmp_path, pg_url), now=NOW) as hosted:
        _two_members(hosted)
    env = {
        **os.environ,
        "TACTFUL_DATABASE_URL": pg_url,
        "TACTFUL_HOME": str(tmp_path),
        "TACTFUL_NOW": NOW,
    }
    command = [sys.executable, "-m", "tactful", "worker", "--once"]
    workers = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err.decode()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    assert len(sink.sink.to("ada@example.org")) == 1
    assert len(sink.sink.to("bob@example.org")) == 1
