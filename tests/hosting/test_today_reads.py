"""A member's Today in multi-user mode: one statement per read for every member (the owner a
bound parameter, so the driver prepares it), one transaction per first read, and the rows kept
per web worker only until the member's data version moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from hosting.site import Site
from tactful.accounts import Hosted
from tactful.errors import Refused
from tactful.settings import Settings
from tactful.store.scope import OWNER_PARAMETER, Scope, scope_sql, scope_sql_bound
from tactful.web.hosted import HostedWeb

NOW = "2026-11-26T10:00:00+01:00"


@pytest.fixture
def hosted(pg_url: str, tmp_path: Path) -> Hosted:
    return Hosted(Settings(tmp_path, pg_url), now=NOW)


def companies(web: HostedWeb, user_id: int) -> list[str]:
    return [a.company for a in web.state_for(user_id).snapshot().applications]


def test_every_members_read_is_one_statement_with_the_owner_bound() -> None:
    sql = "SELECT id, company FROM applications WHERE company LIKE 'A%' ORDER BY id"
    ada, bob = scope_sql_bound(sql, Scope.of(7)), scope_sql_bound(sql, Scope.of(8))
    assert ada[0] == bob[0]
    assert ada[1] == {OWNER_PARAMETER: 7}
    assert bob[1] == {OWNER_PARAMETER: 8}
    assert "owner_id = %(tactful_owner)s" in ada[0]
    assert "LIKE 'A%%'" in ada[0]
    # The worker reads every member's rows: nothing to bind, nothing escaped.
    assert scope_sql_bound(sql, Scope.worker()) == (sql, None)
    with pytest.raises(Refused):
        scope_sql_bound(sql, Scope.accounts())
    assert scope_sql(sql, Scope.of(7), dialect="sqlite").count("owner_id = 7") == 1


def test_member_b_never_sees_member_as_rows_through_the_shared_statement(hosted: Hosted) -> None:
    ada = hosted.users.add("ada@example.org")
    bob = hosted.users.add("bob@example.org")
    with hosted.api_for(ada.id) as a, hosted.api_for(bob.id) as b:
        a.add_interview(a.add_application(company="Acme %", role="Engineer"), at=NOW)
        b.add_interview(b.add_application(company="Bolt", role="Analyst"), at=NOW)
    web = HostedWeb(hosted, now=NOW, secret=b"test")
    try:
        # More reads than the driver's threshold for preparing a statement, alternating
        # members on the pool's connections: each one still gets only their own rows.
        for _ in range(8):
            web.forget(ada.id)
            web.forget(bob.id)
            assert companies(web, ada.id) == ["Acme %"]
            assert companies(web, bob.id) == ["Bolt"]
        database = hosted.database.scoped(Scope.of(bob.id))
        assert database.rows("SELECT company FROM applications WHERE company LIKE '%'") == [
            ("Bolt",)
        ]
    finally:
        web.close()


def test_the_rows_kept_are_read_again_when_the_data_version_moves(
    hosted: Hosted, pg_url: str
) -> None:
    ada = hosted.users.add("ada@example.org")
    with hosted.api_for(ada.id) as a:
        a.add_interview(a.add_application(company="Acme", role="Engineer"), at=NOW)
    web = HostedWeb(hosted, now=NOW, secret=b"test")
    try:
        state = web.state_for(ada.id)
        assert [a.company for a in state.snapshot().applications] == ["Acme"]
        # A change that does not move the version (triggers off, as only the database's
        # owner can): the rows this worker keeps are not read again, even when the minute
        # turns and the rounds are planned again.
        libpq = make_url(pg_url).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(libpq) as conn:
            conn.execute("SET session_replication_role = replica")
            conn.execute(
                "UPDATE applications SET company = 'Renamed' WHERE owner_id = %s", [ada.id]
            )
        later = datetime.fromisoformat(NOW) + timedelta(minutes=3)
        state.api._now = later
        replanned = web.state_for(ada.id).snapshot()
        assert replanned.now == later
        assert [a.company for a in replanned.applications] == ["Acme"]
        # Another process writes (the CLI, another web worker, a job): the version moves, and
        # the next request reads the member's rows again.
        with hosted.api_for(ada.id) as elsewhere:
            elsewhere.add_application(company="Bolt", role="Analyst")
        assert companies(web, ada.id) == ["Renamed", "Bolt"]
    finally:
        web.close()


def add_round(site: Site, email: str, company: str) -> None:
    """A round added from the command line, another process than the web worker."""
    user = site.hosted.users.find(email)
    assert user is not None
    with site.hosted.api_for(user.id) as api:
        app = api.add_application(company=company, role="Engineer", country="FR")
        api.add_interview(app, at="2026-11-25T14:00:00+01:00")


def test_today_shows_a_write_made_elsewhere_and_only_the_members_own_rounds(site: Site) -> None:
    ada, bob = site.person("ada@example.org"), site.person("bob@example.org")
    add_round(site, "ada@example.org", "Acme")
    add_round(site, "bob@example.org", "Bolt")
    for _ in range(2):  # the first Today of each reads; the second is the one kept
        assert "Acme" in (page := ada.client.get("/").text)
        assert "Bolt" not in page
        assert "Bolt" in (page := bob.client.get("/").text)
        assert "Acme" not in page
    add_round(site, "ada@example.org", "Cirrus")
    assert "Cirrus" in ada.client.get("/").text
    assert "Cirrus" not in bob.client.get("/").text
