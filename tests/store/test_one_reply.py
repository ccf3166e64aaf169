"""A round has one reply: refused by the core (code `already-answered`, through the library,
the command line and an import file) and held by the database (migration 0006) on SQLite and
PostgreSQL, while replies recorded before 0006 are kept as they were."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from conftest import CLI
from tactful import Person, Tactful
from tactful.errors import BadInput, Refused
from tactful.models import Outcome, Reply
from tactful.store.database import SCHEMA_HEAD

NOW = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def _round(api: Tactful) -> int:
    app = api.add_application(company="Acme", role="Engineer", country="FR")
    return api.add_interview(
        app, at="2026-12-01 10:00", interviewers=[Person.parse("Ada <ada@acme.example>")]
    )


def test_the_library_refuses_a_second_reply_and_writes_nothing(home: Path) -> None:
    with Tactful.open(home, now=NOW) as api:
        round_id = _round(api)
        api.record_reply(round_id, at="2026-12-03 09:00", outcome=Outcome.NEXT_ROUND)
        with pytest.raises(Refused) as twice:
            api.record_reply(round_id, outcome=Outcome.OFFER)
        assert (twice.value.code, twice.value.field) == ("already-answered", None)
        assert "already recorded (2026-12-03 09:00, next-round)" in twice.value.message
        [reply] = api.interview(round_id).replies
        assert reply.outcome is Outcome.NEXT_ROUND
        # The dates are still checked by the core (tactful.validation), each on its field.
        other = _round(api)
        with pytest.raises(BadInput) as early:
            api.record_reply(other, at="2026-11-30 09:00")
        assert (early.value.code, early.value.field) == ("before-interview", "received_at")
        with pytest.raises(BadInput) as later:
            api.record_reply(other, at="2026-12-24 09:00")
        assert (later.value.code, later.value.field) == ("in-the-future", "received_at")


def test_the_command_line_refuses_it_with_exit_1_and_one_line(cli: CLI) -> None:
    now = ("--now", NOW.isoformat())
    assert cli("application", "add", "--company", "A", "--role", "B", "--country", "FR").code == 0
    assert cli("interview", "add", "1", "--at", "2026-12-01 10:00").code == 0
    assert cli(*now, "reply", "1", "--outcome", "rejection").code == 0
    again = cli(*now, "reply", "1", "--outcome", "offer")
    assert again.code == 1
    assert again.err.count("\n") == 1
    assert "a round has one reply" in again.err
    assert "Traceback" not in again.err
    with Tactful.open() as api:
        assert [r.outcome for r in api.interview(1).replies] == [Outcome.REJECTION]


def test_an_import_with_two_replies_to_one_round_is_refused(home: Path) -> None:
    with Tactful.open(home, now=NOW) as api:
        round_id = _round(api)
        api.record_reply(round_id, at="2026-12-03 09:00")
        data = api.export_data()
    [interview] = data["applications"][0]["interviews"]
    interview["replies"].append({**interview["replies"][0], "id": None, "outcome": "offer"})
    with Tactful.open(home.parent / "other", now=NOW) as api, pytest.raises(BadInput) as caught:
        api.import_data(data)
    assert (caught.value.code, caught.value.field) == ("already-answered", "replies")


@pytest.mark.sqlite_only
def test_sqlite_refuses_a_second_reply_inserted_or_moved(home: Path) -> None:
    with Tactful.open(home, now=NOW) as api:
        first, second = _round(api), _round(api)
        api.record_reply(first, at="2026-12-03 09:00")
        api.record_reply(second, at="2026-12-03 09:00")
        with pytest.raises(Refused) as stale:  # a writer whose check read the round too early
            api.store.add_reply(Reply(NOW, interview_id=first))
        assert stale.value.code == "already-answered"
    db = sqlite3.connect(home / "tactful.db")
    with pytest.raises(sqlite3.IntegrityError, match="one-reply-per-round"):
        db.execute(
            "INSERT INTO replies (interview_id, received_at) VALUES (?, '2026-12-04T10:00')",
            (first,),
        )
    with pytest.raises(sqlite3.IntegrityError, match="one-reply-per-round"):
        db.execute("UPDATE replies SET interview_id = ? WHERE interview_id = ?", (first, second))
    db.execute("UPDATE replies SET note = 'kept' WHERE interview_id = ?", (first,))
    db.commit()


@pytest.mark.sqlite_only
def test_replies_recorded_before_the_rule_are_kept(home: Path) -> None:
    """A store where an older tactful recorded two replies to one round migrates to 0006 with
    both still there: the triggers refuse new replies, they delete nothing."""
    with Tactful.open(home, now=NOW) as api:
        round_id = _round(api)
        api.record_reply(round_id, at="2026-12-03 09:00")
    with sqlite3.connect(home / "tactful.db") as db:
        for trigger in ("tr_one_reply_insert", "tr_one_reply_update"):
            db.execute(f"DROP TRIGGER {trigger}")
        db.execute(
            "INSERT INTO replies (interview_id, received_at, outcome) "
            "VALUES (?, '2026-12-04T09:00:00+01:00', 'offer')",
            (round_id,),
        )
        db.execute("UPDATE alembic_version SET version_num = '0005'")
    with Tactful.open(home, now=NOW) as api:
        assert [r.outcome for r in api.interview(round_id).replies] == [
            Outcome.OTHER,
            Outcome.OFFER,
        ]
        with pytest.raises(Refused):
            api.store.add_reply(Reply(NOW, interview_id=round_id))
    with sqlite3.connect(home / "tactful.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


@pytest.mark.slow
def test_postgresql_makes_the_second_of_two_racing_replies_wait_then_refuses_it(
    postgres_url: str,
) -> None:
    with Tactful.open(database_url=postgres_url, now=NOW) as api:
        round_id = _round(api)
    engine = sa.create_engine(postgres_url)
    outcome: list[str] = []
    with engine.connect() as replying:
        transaction = replying.begin()
        replying.exec_driver_sql(
            "INSERT INTO replies (interview_id, received_at) VALUES (%s, '2026-12-03T09:00+01:00')",
            (round_id,),
        )

        def second_reply() -> None:
            with Tactful.open(database_url=postgres_url, now=NOW) as other:
                try:
                    other.store.add_reply(Reply(NOW, interview_id=round_id))
                    outcome.append("ok")
                except Refused as exc:
                    outcome.append(exc.code)

        writer = threading.Thread(target=second_reply)
        writer.start()
        writer.join(1.0)
        assert writer.is_alive()  # waiting for the round's lock
        transaction.commit()
        writer.join(30)
    engine.dispose()
    assert outcome == ["already-answered"]
    with Tactful.open(database_url=postgres_url, now=NOW) as api:
        assert len(api.interview(round_id).replies) == 1
