"""The store: migrations on open, WAL, constraints that hold when processes race."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import datetime
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tactful import Person, StepKind, Tactful
from tactful.errors import Refused
from tactful.models import FollowUp
from tactful.store import SCHEMA_HEAD

NOW = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def make_round(api: Tactful) -> int:
    app = api.add_application(company="Acme", role="Engineer", country="FR")
    return api.add_interview(
        app, at="2026-11-25 14:00", interviewers=[Person.parse("Ada <ada@acme.example>")]
    )


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_an_empty_database_is_migrated_to_head_on_open(home: Path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from tactful.store.database import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD

    with Tactful.open(home) as api:
        make_round(api)
    db = sqlite3.connect(home / "tactful.db")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"applications", "interviews", "interviewers", "follow_ups", "replies"} <= tables
    assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_reopening_an_up_to_date_database_keeps_the_data(home: Path) -> None:
    with Tactful.open(home) as api:
        interview = make_round(api)
    with Tactful.open(home, now=NOW) as api:
        assert api.interview(interview).interviewers == [Person("Ada", "ada@acme.example")]


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_the_database_itself_refuses_a_third_follow_up_or_a_phone_call(home: Path) -> None:
    with Tactful.open(home) as api:
        interview = make_round(api)
    db = sqlite3.connect(home / "tactful.db")
    insert = (
        "INSERT INTO follow_ups (interview_id, kind, channel, sent_at) VALUES (?, ?, ?, '2026')"
    )
    db.execute(insert, (interview, "thank-you", "email"))
    db.execute(insert, (interview, "status-inquiry", "email"))
    for kind, channel in [
        ("thank-you", "email"),
        ("status-inquiry", "email"),
        ("third", "email"),
        ("thank-you", "phone"),
    ]:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, (interview, kind, channel))


def _record_status(home: str, interview: int, barrier: Barrier, results: Queue[str]) -> None:
    api = Tactful.open(home, now=NOW)
    follow_up = FollowUp(kind=StepKind.STATUS_INQUIRY, sent_at=NOW, interview_id=interview)
    store = api.store
    barrier.wait()
    try:
        store.add_follow_up(follow_up)
        results.put("ok")
    except Refused:
        results.put("refused")


def test_two_processes_racing_to_record_the_status_email_exactly_one_succeeds(home: Path) -> None:
    with Tactful.open(home) as api:
        interview = make_round(api)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_record_status, args=(str(home), interview, barrier, results))
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    outcomes = sorted(results.get(timeout=5) for _ in workers)
    assert outcomes == ["ok", "refused"]
    with Tactful.open(home) as api:
        assert [f.kind for f in api.interview(interview).follow_ups] == [StepKind.STATUS_INQUIRY]


def test_two_tactful_processes_recording_the_status_email_at_once(home: Path) -> None:
    """Through the real command: whichever process loses, by the rule or the constraint,
    is refused with exit 1; exactly one status email is recorded."""
    import os
    import subprocess
    import sys

    with Tactful.open(home) as api:
        interview = make_round(api)
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": NOW.isoformat()}
    command = [sys.executable, "-m", "tactful", "sent", str(interview), "status", "--anyway"]
    racers = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    codes = sorted(p.wait(timeout=120) for p in racers)
    assert codes == [0, 1]
    with Tactful.open(home) as api:
        assert [f.kind for f in api.interview(interview).follow_ups] == [StepKind.STATUS_INQUIRY]


def test_atomic_keeps_all_or_nothing(home: Path) -> None:
    with Tactful.open(home) as api:

        def half_way() -> None:
            with api.atomic():
                app = api.add_application(company="Gone", role="Soon", country="")
                api.add_interview(app, at="2026-11-25 14:00")
                assert [a.company for a in api.applications()] == ["Gone"]  # seen inside
                raise RuntimeError("something failed half-way")

        with pytest.raises(RuntimeError, match="half-way"):
            half_way()
        assert api.applications() == []
        with api.atomic():
            kept = api.add_application(company="Kept", role="Role", country="")
            api.add_interview(kept, at="2026-11-25 14:00")
    with Tactful.open(home) as api:
        assert [a.company for a in api.applications()] == ["Kept"]
        assert len(api.interviews()) == 1
