"""Nothing is recorded after the employer's reply, held by the database (migration 0002) as the
two-follow-up cap is: a trigger on SQLite and on PostgreSQL, and races of several processes that
show no follow-up ever lands after a reply."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from conftest import CLI
from tactful import Person, StepKind, Tactful
from tactful.errors import Refused
from tactful.models import Channel, FollowUp, Outcome, Reply
from tactful.policy import check_can_record

NOW = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
AUDIT = [
    "CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT, interview_id INT)",
    "CREATE TRIGGER audit_f AFTER INSERT ON follow_ups BEGIN "
    "INSERT INTO audit (what, interview_id) VALUES ('follow-up', NEW.interview_id); END",
    "CREATE TRIGGER audit_r AFTER INSERT ON replies BEGIN "
    "INSERT INTO audit (what, interview_id) VALUES ('reply', NEW.interview_id); END",
]
"""A test-only log of commits: SQLite writes one transaction at a time, so the order of its
rows is the order in which follow-ups and replies were committed."""


def make_rounds(api: Tactful, count: int) -> list[int]:
    app = api.add_application(company="Acme", role="Engineer", country="FR")
    start = datetime(2026, 11, 2, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    return [
        api.add_interview(
            app if n == 0 else api.add_application(company=f"Co{n}", role="Dev", country="FR"),
            at=start + timedelta(hours=n),
            interviewers=[Person.parse("Ada <ada@acme.example>")],
        )
        for n in range(count)
    ]


PG_VIOLATIONS = (
    "SELECT count(*) FROM follow_ups f JOIN replies r ON r.interview_id = f.interview_id "
    "WHERE pg_xact_commit_timestamp(f.xmin) > pg_xact_commit_timestamp(r.xmin)"
)
"""On PostgreSQL, the order of commits is their commit timestamps (the test server tracks
them): a follow-up committed after its round's reply is a violation."""


def violations(db: Path) -> int:
    """Follow-ups committed after a reply of their round."""
    url = os.environ.get("TACTFUL_DATABASE_URL")
    if url:
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            found = conn.exec_driver_sql(PG_VIOLATIONS).scalar()
        engine.dispose()
        return int(found or 0)
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT COUNT(*) FROM audit f WHERE f.what = 'follow-up' AND EXISTS ("
        "SELECT 1 FROM audit r WHERE r.what = 'reply' AND r.interview_id = f.interview_id "
        "AND r.seq < f.seq)"
    ).fetchone()
    connection.close()
    return int(rows[0])


def install_audit(db: Path) -> None:
    if os.environ.get("TACTFUL_DATABASE_URL"):
        return  # PostgreSQL: commit timestamps are the audit
    connection = sqlite3.connect(db)
    for statement in AUDIT:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_the_triggers_exist_at_head(home: Path) -> None:
    with Tactful.open(home) as api:
        make_rounds(api, 1)
    names = {
        r[0]
        for r in sqlite3.connect(home / "tactful.db").execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    assert {
        "tr_follow_up_after_reply_insert",
        "tr_follow_up_after_reply_update",
        "tr_note_after_reply",
    } <= names


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_the_database_itself_refuses_a_follow_up_after_a_reply(home: Path) -> None:
    with Tactful.open(home) as api:
        [interview] = make_rounds(api, 1)
    db = sqlite3.connect(home / "tactful.db")
    db.execute(
        "INSERT INTO follow_ups (interview_id, kind, channel, sent_at) VALUES (?, 'thank-you', "
        "'email', '2026-11-02T16:00:00+01:00')",
        (interview,),
    )
    db.execute(
        "INSERT INTO replies (interview_id, received_at) VALUES (?, '2026-11-05T10:00:00+01:00')",
        (interview,),
    )
    with pytest.raises(sqlite3.IntegrityError, match="reply-recorded"):
        db.execute(
            "INSERT INTO follow_ups (interview_id, kind, channel, sent_at) VALUES (?, "
            "'status-inquiry', 'email', '2026-11-20T10:00:00+01:00')",
            (interview,),
        )


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_a_stale_check_is_caught_by_the_trigger_and_counted_without_it(
    home: Path, tmp_path: Path
) -> None:
    """The race in slow motion: the rule check passes, the reply lands, then the write."""
    with Tactful.open(home, now=NOW) as api:
        [interview] = make_rounds(api, 1)
        plan = api.plan(interview)
        check_can_record(plan, StepKind.STATUS_INQUIRY, Channel.EMAIL, NOW, anyway=True)
        api.record_reply(interview, at=NOW - timedelta(days=1))
        with pytest.raises(Refused) as caught:
            api.store.add_follow_up(FollowUp(StepKind.STATUS_INQUIRY, NOW, interview_id=interview))
        assert caught.value.code == "after-reply"
    # The audit counts a violation when the trigger is gone: the race test below can fail.
    bare = tmp_path / "bare.db"
    source = sqlite3.connect(home / "tactful.db")
    target = sqlite3.connect(bare)
    source.backup(target)
    target.execute("DROP TRIGGER tr_follow_up_after_reply_insert")
    target.commit()
    for statement in AUDIT:
        target.execute(statement)
    target.execute("INSERT INTO replies (interview_id, received_at) VALUES (?, 'x')", (interview,))
    target.execute(
        "INSERT INTO follow_ups (interview_id, kind, sent_at) VALUES (?, 'thank-you', 'x')",
        (interview,),
    )
    target.commit()
    assert violations(bare) == 1


def _racer(home: str, role: str, rounds: list[int], barrier: Any, results: Any) -> None:
    """One process of the race: for each round, check the rules first (before the others
    write, as `tactful sent` does), then write at the same moment as the others."""
    api = Tactful.open(home, now=NOW)
    store = api.store
    outcomes = {"ok": 0, "after-reply": 0, "already-recorded": 0}
    for interview in rounds:
        kind = StepKind.THANK_YOU if role == "thank-you" else StepKind.STATUS_INQUIRY
        if role != "reply":
            check_can_record(api.plan(interview), kind, Channel.EMAIL, NOW, anyway=True)
        barrier.wait()
        try:
            if role == "reply":
                store.add_reply(Reply(NOW - timedelta(hours=1), interview_id=interview))
            else:
                store.add_follow_up(FollowUp(kind, NOW, interview_id=interview))
            outcomes["ok"] += 1
        except Refused as exc:
            outcomes[exc.code] += 1
    results.put((role, outcomes))
    api.close()


def test_five_processes_racing_sent_and_reply_never_record_after_a_reply(home: Path) -> None:
    races = 25
    with Tactful.open(home) as api:
        rounds = make_rounds(api, races)
    install_audit(home / "tactful.db")
    roles = ["status", "status", "thank-you", "reply", "reply"]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(roles))
    results = context.Queue()
    workers = [
        context.Process(target=_racer, args=(str(home), role, rounds, barrier, results))
        for role in roles
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(300)
    outcomes = [results.get(timeout=10) for _ in workers]
    assert all(w.exitcode == 0 for w in workers)
    assert violations(home / "tactful.db") == 0
    after_reply = sum(o["after-reply"] for role, o in outcomes if role != "reply")
    assert after_reply > 0  # the race did happen: follow-ups came after a reply, refused
    with Tactful.open(home) as api:
        for iv in api.interviews():
            assert len(iv.follow_ups) <= 2
            assert len([f for f in iv.follow_ups if f.kind is StepKind.STATUS_INQUIRY]) <= 1


def test_tactful_processes_racing_sent_and_reply_through_the_command(home: Path) -> None:
    """The real command: whichever loses is refused with exit 1, nothing lands after a reply."""
    with Tactful.open(home) as api:
        [interview] = make_rounds(api, 1)
    install_audit(home / "tactful.db")
    env = {**os.environ, "TACTFUL_HOME": str(home), "TACTFUL_NOW": NOW.isoformat()}
    base = [sys.executable, "-m", "tactful"]
    commands = [
        [*base, "sent", str(interview), "status", "--anyway"],
        [*base, "sent", str(interview), "thank-you"],
        [*base, "reply", str(interview), "--outcome", "rejection"],
        [*base, "sent", str(interview), "status", "--anyway"],
    ]
    racers = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    for p in racers:
        p.wait(timeout=120)
        err = p.stderr.read() if p.stderr else ""
        assert p.returncode in (0, 1), err
        assert "Traceback" not in err
    assert violations(home / "tactful.db") == 0
    with Tactful.open(home) as api:
        assert len(api.interview(interview).replies) == 1


def test_a_status_email_on_a_superseded_round_is_refused(cli: CLI) -> None:
    assert cli("application", "add", "--company", "A", "--role", "B", "--country", "FR").code == 0
    assert cli("interview", "add", "1", "--at", "2026-11-02 10:00").code == 0
    assert cli("interview", "add", "1", "--at", "2026-11-16 10:00").code == 0
    r = cli("--now", NOW.isoformat(), "sent", "1", "status", "--anyway")
    assert r.code == 1
    assert "round 2 of this application came after this one" in r.err
    assert cli("--now", NOW.isoformat(), "sent", "1", "thank-you").code == 0
    assert cli("--now", NOW.isoformat(), "sent", "2", "status", "--anyway").code == 0


def _pg_api(url: str, now: datetime = NOW) -> Tactful:
    return Tactful.open(database_url=url, now=now)


@pytest.mark.slow
def test_postgresql_holds_the_rule_under_a_held_open_reply(postgres_url: str) -> None:
    """PostgreSQL writes side by side: the reply's transaction is still open when the follow-up
    is written; the follow-up waits for the round's lock, then sees the reply and is refused."""
    import sqlalchemy as sa

    with _pg_api(postgres_url) as api:
        [interview] = make_rounds(api, 1)
        triggers = api.store.database.rows(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"
        )
        assert {t[0] for t in triggers} >= {
            "tr_follow_up_after_reply",
            "tr_reply_locks_round",
            "tr_note_after_reply",
        }
    engine = sa.create_engine(postgres_url)
    outcome: list[str] = []
    with engine.connect() as replying:
        transaction = replying.begin()
        replying.exec_driver_sql(
            "INSERT INTO replies (interview_id, received_at) VALUES (%s, '2026-12-01T10:00+01:00')",
            (interview,),
        )

        def follow_up() -> None:
            with _pg_api(postgres_url) as other:
                try:
                    other.store.add_follow_up(
                        FollowUp(StepKind.STATUS_INQUIRY, NOW, interview_id=interview)
                    )
                    outcome.append("ok")
                except Refused as exc:
                    outcome.append(exc.code)

        writer = threading.Thread(target=follow_up)
        writer.start()
        writer.join(1.0)
        assert writer.is_alive()  # waiting for the round's lock
        transaction.commit()
        writer.join(30)
    engine.dispose()
    assert outcome == ["after-reply"]
    with _pg_api(postgres_url) as api:
        iv = api.interview(interview)
        assert (len(iv.replies), iv.follow_ups) == (1, [])
        [other] = make_rounds(api, 1)
        api.store.add_follow_up(FollowUp(StepKind.THANK_YOU, NOW, interview_id=other))
        with pytest.raises(Refused) as again:  # the cap holds on PostgreSQL too
            api.store.add_follow_up(FollowUp(StepKind.THANK_YOU, NOW, interview_id=other))
        assert again.value.code == "already-recorded"


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_no_thank_you_note_lands_after_a_reply(home: Path) -> None:
    """The per-interviewer notes (migration 0003) hold the same rule as follow-ups."""
    with Tactful.open(home, now=NOW) as api:
        app = api.add_application(company="Acme", role="Engineer", country="FR")
        interviewers = [Person("Ada Lovelace", "ada@acme.example"), Person("Alan Turing", "")]
        round_id = api.add_interview(app, at="2026-12-01 10:00", interviewers=interviewers)
        api.record_reply(round_id, outcome=Outcome.REJECTION)
        with (
            api.store.database.engine.begin() as connection,
            pytest.raises(sa.exc.IntegrityError, match="reply-recorded"),
        ):
            connection.exec_driver_sql(
                "INSERT INTO thank_you_notes (interview_id, recipient_key, name, email, state, "
                "sent_at) VALUES (?, 'ada@acme.example', 'Ada', 'ada@acme.example', 'sent', "
                "'2026-12-01T12:00:00+01:00')",
                (round_id,),
            )
        with pytest.raises(Refused):
            api.record_sent(round_id, StepKind.THANK_YOU, to="ada@acme.example")
