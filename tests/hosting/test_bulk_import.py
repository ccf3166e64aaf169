"""Imports in hosted mode: the bulk writer (tactful.store.bulk) gives every row its importer as
owner, as the scoped store's single inserts do, and PostgreSQL's checks (row-level security,
the composite keys that keep a child under a parent of the same owner, the triggers) pass."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tactful import Person, StepKind, Tactful
from tactful.accounts import Hosted
from tactful.errors import BadInput
from tactful.settings import Settings

NOW = "2026-11-26T10:00:00+01:00"
OWNED = ("applications", "interviews", "interviewers", "thank_you_notes", "follow_ups", "replies")


@pytest.fixture
def hosted(pg_url: str, tmp_path: Path) -> Hosted:
    return Hosted(Settings(tmp_path / "hosted", pg_url), now=NOW)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A single-user export with a row in every owned table the import writes."""
    with Tactful.open(tmp_path / "single", now=NOW) as api:
        for company in ("Acme", "Globex"):
            app = api.add_application(company=company, role="Data engineer", country="FR")
            round_id = api.add_interview(
                app,
                at="2026-11-20 14:00",
                interviewers=[Person.parse("Ada Lovelace <ada@acme.example>")],
            )
            api.record_sent(round_id, StepKind.THANK_YOU, at="2026-11-20 18:00")
        api.add_profile_item("skill", "SQL")
        data = api.export_data()
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def owners(hosted: Hosted) -> dict[str, dict[int, int]]:
    """Rows per owner in each owned table, counted as the database's owner (no scope)."""
    found: dict[str, dict[int, int]] = {}
    with hosted.database.engine.connect() as conn:
        for table in (*OWNED, "profile_items"):
            rows = conn.exec_driver_sql(
                f"SELECT owner_id, count(*) FROM {table} GROUP BY owner_id ORDER BY owner_id"
            )
            found[table] = {int(owner): int(count) for owner, count in rows}
    return found


def test_an_import_belongs_to_its_importer_alone(hosted: Hosted, export: Path) -> None:
    """Bob's application holds id 1, the file's first id: ids are numbered for every user
    together, so the import takes new ones, for Ada and then for Bob too."""
    ada = hosted.users.add("ada@example.org")
    bob = hosted.users.add("bob@example.org")
    with hosted.api_for(bob.id) as b:
        b.add_application(company="Initech", role="Analyst")
    for user in (ada, bob):
        with hosted.api_for(user.id) as api:
            assert api.import_file(str(export))["applications"] == 2
    with hosted.api_for(ada.id) as a:
        assert [app.company for app in a.applications()] == ["Acme", "Globex"]
        assert len(a.plans()) == 2
        # The thank-you notes came along: no thank-you is due.
        assert StepKind.THANK_YOU not in {step.kind for _, step in a.due()}
        assert [text for _, _, text in a.profile_rows()] == ["SQL"]
        adas = {app.id for app in a.applications()}
    with hosted.api_for(bob.id) as b:
        assert [app.company for app in b.applications()] == ["Initech", "Acme", "Globex"]
        next_app = b.add_application(company="Umbrella", role="Analyst")
        assert next_app not in adas
    found = owners(hosted)
    assert found["applications"] == {ada.id: 2, bob.id: 4}
    for table in ("interviews", "interviewers", "thank_you_notes"):
        assert found[table] == {ada.id: 2, bob.id: 2}, table
    assert found["profile_items"] == {ada.id: 1, bob.id: 1}
    hosted.close()


def test_a_read_only_view_cannot_import(hosted: Hosted, export: Path) -> None:
    ada = hosted.users.add("ada@example.org")
    coach = hosted.users.add("coach@example.org", "coach")
    hosted.sharing(ada.id).share("coach@example.org")
    with (
        hosted.coach_api(coach.id, ada.id) as view,
        pytest.raises(BadInput, match="nothing was imported") as refused,
    ):
        view.import_file(str(export))
    assert refused.value.code == "read-only"
    assert owners(hosted)["applications"] == {}
    hosted.close()


def test_the_owner_is_written_by_the_import_itself(tmp_path: Path, export: Path) -> None:
    """On PostgreSQL the column's default would name the transaction's user anyway; SQLite's
    names the local owner, so only the import's own owner puts the rows in user 2's scope."""
    from tactful.holiday_calendar import HolidayCalendars
    from tactful.store.database import open_database
    from tactful.store.repository import Store
    from tactful.store.scope import Scope
    from tactful.transfer import import_data

    home = tmp_path / "scoped"
    database = open_database(Settings(home, f"sqlite:///{home / 'tactful.db'}"))
    store = Store(database.scoped(Scope.of(2)))
    data = json.loads(export.read_text(encoding="utf-8"))
    now = datetime.fromisoformat(NOW)
    counts = import_data(store, data, now=now, holidays=HolidayCalendars(None))
    assert counts["applications"] == 2
    with database.engine.connect() as conn:
        for table in (
            "applications",
            "interviews",
            "interviewers",
            "thank_you_notes",
            "profile_items",
        ):
            owners = conn.exec_driver_sql(f"SELECT DISTINCT owner_id FROM {table}").fetchall()
            assert owners == [(2,)], table
    assert [a.company for a in store.applications()] == ["Acme", "Globex"]
    assert len(Store(database).applications()) == 2  # single-user mode: one store, every row
    database.close()
