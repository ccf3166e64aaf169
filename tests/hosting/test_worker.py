"""Reminders from the job queue: one per due step, never two, across workers and retries."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from email.message import Message
from pathlib import Path

import pytest

from mail_sink import MailSink
from tactful.accounts import Hosted
from tactful.hosting.due import find_due
from tactful.hosting.queue import WorkerContext, remind_step, run_worker
from tactful.models import StepKind
from tactful.settings import Settings

NOW = "2026-11-26T10:00:00+01:00"


@pytest.fixture
def sink(monkeypatch: pytest.MonkeyPatch) -> Iterator[MailSink]:
    with MailSink() as sink:
        monkeypatch.setenv("TACTFUL_SMTP_URL", sink.url)
        monkeypatch.setenv("TACTFUL_MAIL_FROM", "tactful@career.example")
        yield sink


def _text(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode("utf-8")


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


def test_one_worker_once_sends_the_reminders_its_own_scan_queued(
    pg_url: str, tmp_path: Path, sink: MailSink
) -> None:
    """`tactful worker --once` ("scan, run every waiting job, then stop"), run once, on its
    own: the reminders the scan queues go out in the same run, not at the next one."""
    with Hosted(Settings(tmp_path, pg_url), now=NOW) as hosted:
        _two_members(hosted)
    run_worker(WorkerContext(Settings(tmp_path, pg_url), now=NOW), concurrency=4, once=True)
    assert len(sink.sink.to("ada@example.org")) == 1
    assert len(sink.sink.to("bob@example.org")) == 1


def test_a_reminder_of_a_late_step_says_it_is_late_not_due_now(
    pg_url: str, tmp_path: Path, sink: MailSink
) -> None:
    """A thank-you whose window closed on the 20th, reminded on the 26th, said "is due now
    (until 2026-11-20 …)": a date already past. It says the step is late, and when its window
    closed."""
    settings = Settings(tmp_path, pg_url)
    with Hosted(settings, now=NOW) as hosted:
        ada = hosted.users.add("ada@example.org")
        with hosted.api_for(ada.id) as api:
            app = api.add_application(company="Acme", role="Data engineer", country="FR")
            late = api.add_interview(app, at="2026-11-19 14:00")
            due_now = api.add_interview(app, at="2026-11-25 14:00")
    context = WorkerContext(settings, now=NOW)
    found = {
        d.interview_id: d.late
        for d in find_due(context.hosted.database, context.clock(), context.holidays)
    }
    assert found == {late: True, due_now: False}
    assert remind_step(context, ada.id, late, StepKind.THANK_YOU) == "sent"
    assert remind_step(context, ada.id, due_now, StepKind.THANK_YOU) == "sent"
    context.close()
    late_body, due_body = (_text(m) for m in sink.sink.to(ada.email))
    assert "is late: its window closed on 2026-11-2" in " ".join(late_body.split())
    assert "due now" not in late_body
    assert "is due now" in " ".join(due_body.split())


def test_the_scan_finds_exactly_what_each_members_plans_say_is_due(
    pg_url: str, tmp_path: Path
) -> None:
    """The scan reads only rounds that may be due (in SQL): it must miss none of the steps the
    plans call due, whatever the round's dates, skips, replies and reminders."""
    import sqlalchemy as sa

    from tactful.store import schema
    from tactful.store.scope import Scope

    now = "2026-12-10T10:00:00+01:00"
    rounds = [
        {"at": "2026-12-11 10:00"},  # not yet
        {"at": "2026-12-10 08:00"},  # thank-you due
        {"at": "2026-11-02 10:00"},  # thank-you late, status open (no decision: a week)
        {"at": "2026-11-20 10:00", "decision_date": date(2026, 12, 1)},  # decision passed
        {"at": "2026-12-03 10:00", "decision_date": date(2026, 12, 20)},  # decision ahead
        {"at": "2026-12-02 10:00", "timeline": "two weeks", "many_candidates": True},
        {"at": "2026-10-01 10:00"},  # skipped status, reply, cancelled below
        {"at": "2026-10-02 10:00"},
        {"at": "2026-10-03 10:00"},
    ]
    with Hosted(Settings(tmp_path, pg_url), now=now) as hosted:
        expected = set()
        for m in range(3):
            user = hosted.users.add(f"m{m}@example.org")
            with hosted.api_for(user.id) as api:
                ids = []
                for n, fields in enumerate(rounds):
                    app = api.add_application(company=f"Co{m}-{n}", role="Dev", country="FR")
                    ids.append(api.add_interview(app, **fields))  # type: ignore[arg-type]
                api.skip(ids[6], StepKind.STATUS_INQUIRY)
                api.record_reply(ids[7], at="2026-10-20 10:00")
                api.edit_interview(ids[8], cancelled=True)
                if m == 1:
                    api.record_sent(ids[2], StepKind.THANK_YOU, at="2026-11-02 18:00")
                if m == 2:
                    with hosted.database.scoped(Scope.of(user.id)).begin() as conn:
                        conn.execute(
                            sa.insert(schema.reminders).values(
                                interview_id=ids[1], kind="thank-you", state="sent",
                                message_id="<x@y>", created_at=now, updated_at=now,
                            )
                        )  # fmt: skip
                for plan, step in api.due():
                    if not (m == 2 and plan.interview.id == ids[1]):
                        expected.add((user.id, plan.interview.id, step.kind))
        context = WorkerContext(Settings(tmp_path, pg_url), now=now)
        found = find_due(hosted.database, context.clock(), context.holidays)
    assert {(d.owner_id, d.interview_id, d.kind) for d in found} == expected
    assert len(expected) >= 9


def test_no_reminder_while_the_employers_answer_waits_in_the_inbox(
    pg_url: str, tmp_path: Path, sink: MailSink
) -> None:
    """The member's inbox read a rejection that is not applied yet: reminding them to follow
    up would ask for what `send` refuses and the rules forbid after a reply."""
    from datetime import datetime

    from tactful.mailbox.proposals import Proposal, dismiss_proposal, save

    settings = Settings(tmp_path, pg_url)
    with Hosted(settings, now=NOW) as hosted:
        first, _ = _two_members(hosted)
        ada = hosted.users.by_email("ada@example.org")
        with hosted.api_for(ada.id) as api:
            answer = save(
                api,
                Proposal(
                    folder="INBOX",
                    message_key="1:1",
                    received_at=datetime.fromisoformat("2026-11-26T09:00:00+01:00"),
                    action="reply",
                    interview_id=first,
                    details={"outcome": "rejection"},
                ),
            )
    context = WorkerContext(settings, now=NOW)
    assert remind_step(context, ada.id, first, StepKind.THANK_YOU) == "answer-waiting"
    assert sink.sink.to("ada@example.org") == []
    with context.hosted.api_for(ada.id) as api:
        assert answer.id is not None
        dismiss_proposal(api, answer.id)  # not an answer after all: reminded as before
    assert remind_step(context, ada.id, first, StepKind.THANK_YOU) == "sent"
    context.close()
