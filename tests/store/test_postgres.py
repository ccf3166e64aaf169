"""The store on a real PostgreSQL server: the same migrations, the same rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from pg_server import Server
from tactful import Refused, StepKind, Tactful
from tactful.store.database import SCHEMA_HEAD

NOW = "2026-11-26T10:00:00+01:00"


def test_the_follow_up_journey_runs_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    with Tactful.open(tmp_path, postgres_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
        assert [step.kind for _, step in api.due()] == [StepKind.THANK_YOU]
        api.record_sent(round_id, StepKind.THANK_YOU)
        assert api.due() == []
        version = api.store.database.rows("SELECT version_num FROM alembic_version")
        assert version == [(SCHEMA_HEAD,)]


def test_postgres_holds_one_follow_up_of_each_kind(postgres_url: str, tmp_path: Path) -> None:
    with Tactful.open(tmp_path, postgres_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
        api.record_sent(round_id, StepKind.THANK_YOU)
        with pytest.raises(Refused):
            api.record_sent(round_id, StepKind.THANK_YOU)


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.exec_driver_sql(sql)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def test_postgres_has_the_triggers_and_refuses_plain_sql_too(pg_url: str, tmp_path: Path) -> None:
    """The rules hold below the code: a third follow-up, a phone call, anything after a reply."""
    import sqlalchemy as sa

    with Tactful.open(tmp_path, pg_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
    names = {r[0] for r in _rows(pg_url, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    assert {"tr_follow_up_after_reply", "tr_reply_locks_round", "tr_note_after_reply"} <= names
    insert = (
        "INSERT INTO follow_ups (interview_id, kind, channel, sent_at) VALUES "
        f"({round_id}, '{{kind}}', '{{channel}}', '2026-11-26T10:00:00+01:00')"
    )
    _rows(pg_url, insert.format(kind="thank-you", channel="email"))
    for kind, channel, why in (
        ("thank-you", "email", "uq_follow_up_kind"),
        ("status-inquiry", "phone", "ck_follow_up_email_only"),
    ):
        with pytest.raises(sa.exc.IntegrityError, match=why):
            _rows(pg_url, insert.format(kind=kind, channel=channel))
    _rows(
        pg_url,
        f"INSERT INTO replies (interview_id, received_at) VALUES ({round_id}, "
        "'2026-11-27T10:00:00+01:00')",
    )
    with pytest.raises(sa.exc.IntegrityError, match="reply-recorded"):
        _rows(pg_url, insert.format(kind="status-inquiry", channel="email"))


def test_an_export_moves_from_one_postgres_database_to_another(
    postgres: Server, pg_template: str, tmp_path: Path
) -> None:
    first, second = (postgres.create_database(template=pg_template) for _ in range(2))
    with Tactful.open(tmp_path / "a", first, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00", timeline="two weeks")
        api.record_sent(round_id, StepKind.THANK_YOU)
        api.add_profile_item("skill", "PostgreSQL")
        exported = api.export_data()
    with Tactful.open(tmp_path / "b", second, now=NOW) as api:
        counts = api.import_data(exported)
        assert counts["applications"] == 1
        assert api.export_data() == exported
        # ids kept on import: the sequences moved past them, so a new row gets a new id
        assert api.add_application(company="Globex", role="Analyst") == app + 1
        again = api.import_data(exported)
        assert again["applications"] == 1
        assert [a.company for a in api.applications()] == ["Acme", "Globex", "Acme"]


def test_the_race_audit_counts_a_follow_up_committed_after_a_reply(
    pg_url: str, tmp_path: Path
) -> None:
    """Without the trigger, the audit of the race tests sees the violation: they can fail."""
    from store.test_integrity import PG_VIOLATIONS

    with Tactful.open(tmp_path, pg_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
    _rows(pg_url, "DROP TRIGGER tr_follow_up_after_reply ON follow_ups")
    _rows(pg_url, f"INSERT INTO replies (interview_id, received_at) VALUES ({round_id}, 'x')")
    _rows(
        pg_url,
        f"INSERT INTO follow_ups (interview_id, kind, sent_at) VALUES ({round_id}, 'thank-you', "
        "'x')",
    )
    assert _rows(pg_url, PG_VIOLATIONS) == [(1,)]
