"""Each user's rows, and only theirs: the code's scope and PostgreSQL's row-level security."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tactful import Refused, StepKind
from tactful.accounts import Hosted
from tactful.errors import NotFound
from tactful.settings import Settings
from tactful.store.scope import Scope

NOW = "2026-11-26T10:00:00+01:00"


def run_as(hosted: Hosted, scope: Scope, sql: str) -> None:
    """Plain SQL in a transaction of `scope`'s role and user, as the app would set them."""
    with hosted.database.engine.begin() as conn:
        conn.exec_driver_sql(scope.settings_sql())
        conn.exec_driver_sql(sql)


@pytest.fixture
def hosted(pg_url: str, tmp_path: Path) -> Hosted:
    return Hosted(Settings(tmp_path, pg_url), now=NOW)


def test_two_users_see_only_their_own_rounds(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org", password="correct horse battery")
    bob = hosted.users.add("bob@example.org", password="correct horse battery")
    with hosted.api_for(ada.id) as a, hosted.api_for(bob.id) as b:
        app = a.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = a.add_interview(app, at="2026-11-25 14:00")
        a.set_setting("lang", "fr")
        assert [s.kind for _, s in a.due()] == [StepKind.THANK_YOU]
        assert b.applications() == []
        assert b.due() == []
        assert b.config.get("lang") == ""
        with pytest.raises(NotFound):
            b.application(app)
        with pytest.raises(NotFound):
            b.plan(round_id)
        with pytest.raises(NotFound):
            b.record_sent(round_id, StepKind.THANK_YOU)
        with pytest.raises(NotFound):
            b.delete_application(app)
        assert b.export_data()["applications"] == []
        assert len(a.export_data()["applications"]) == 1
    hosted.close()


def test_row_level_security_holds_even_when_the_code_forgets(hosted: Hosted) -> None:
    """Plain SQL with no owner filter, as the app's role: PostgreSQL keeps it to the user."""
    ada = hosted.users.add("ada@example.org")
    bob = hosted.users.add("bob@example.org")
    with hosted.api_for(ada.id) as a:
        a.add_application(company="Acme", role="Data engineer", country="FR")
        a.add_profile_item("skill", "PostgreSQL")
    with hosted.database.engine.begin() as conn:
        conn.exec_driver_sql(Scope.of(bob.id).settings_sql())
        assert conn.exec_driver_sql("SELECT count(*) FROM applications").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM profile_items").scalar() == 0
        changed = conn.exec_driver_sql("UPDATE applications SET company = 'pwned'").rowcount
        assert changed == 0
    insert = (
        "INSERT INTO applications (owner_id, company, role, created_at) "
        f"VALUES ({ada.id}, 'x', 'y', 'now')"
    )
    with pytest.raises(sa.exc.DBAPIError, match="row-level security"):
        run_as(hosted, Scope.of(bob.id), insert)
    with hosted.database.engine.begin() as conn:
        conn.exec_driver_sql(Scope.of(ada.id).settings_sql())
        assert conn.exec_driver_sql("SELECT count(*) FROM applications").scalar() == 1
    for secret in ("SELECT * FROM sessions", "SELECT password_hash FROM users"):
        with pytest.raises(sa.exc.DBAPIError, match="permission denied"):
            run_as(hosted, Scope.of(ada.id), secret)
    hosted.close()


def test_the_accounts_service_cannot_read_members_data(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org")
    with hosted.api_for(ada.id) as a:
        a.add_application(company="Acme", role="Data engineer", country="FR")
    accounts = hosted.database.scoped(Scope.accounts())
    with pytest.raises(Refused):
        accounts.rows("SELECT company FROM applications")
    with pytest.raises(sa.exc.DBAPIError, match="permission denied"):
        run_as(hosted, Scope.accounts(), "SELECT company FROM applications")
    hosted.close()


def test_a_coach_reads_a_sharing_member_read_only(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org")
    coach = hosted.users.add("coach@example.org", role="coach")
    with hosted.api_for(ada.id) as a:
        app = a.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = a.add_interview(app, at="2026-11-25 14:00")
    with pytest.raises(NotFound):
        hosted.coach_api(coach.id, ada.id)
    hosted.sharing(ada.id).share("coach@example.org")
    view = hosted.coach_api(coach.id, ada.id)
    assert [p.interview.id for p in view.plans()] == [round_id]
    with pytest.raises(Refused):
        view.record_sent(round_id, StepKind.THANK_YOU)
    note = hosted.sharing(coach.id).add_note(ada.id, round_id, "Mention the Kafka migration.")
    assert [n.text for n in hosted.sharing(ada.id).notes_for_me(round_id)] == [note.text]
    hosted.sharing(ada.id).unshare(coach.id)
    with pytest.raises(NotFound):
        hosted.coach_api(coach.id, ada.id)
    hosted.close()


def test_deleting_an_account_deletes_its_data(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org")
    with hosted.api_for(ada.id) as a:
        app = a.add_application(company="Acme", role="Data engineer", country="FR")
        a.add_interview(app, at="2026-11-25 14:00")
    hosted.delete_account(ada)
    with hosted.database.engine.connect() as conn:
        for table in ("applications", "interviews", "users"):
            count = conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {'id' if table == 'users' else 'owner_id'} "
                f"= {ada.id}"
            ).scalar()
            assert count == 0
    hosted.close()
