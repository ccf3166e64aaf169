"""`Hosted`: one server's many users on PostgreSQL (`tactful serve --multi-user`).

It opens the database once (one connection pool, no migration: `tactful db upgrade` does that,
once) and hands out views of it: `api_for(user)` is a `Tactful` kept to that user's rows,
`coach_api(coach, member)` a read-only one over a member who shares with the coach, `users` and
`logins` the accounts service. Routes and jobs never filter rows themselves.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from tactful.accounts.sessions import Logins
from tactful.accounts.sharing import Sharing
from tactful.accounts.users import User, Users
from tactful.core import Tactful
from tactful.errors import BadInput
from tactful.settings import Settings
from tactful.store.database import Database, open_database
from tactful.store.scope import Scope

MODE_VARIABLE = "TACTFUL_MODE"
POOL = (20, 20)
"""Connections one process keeps open to PostgreSQL, and how many more it may open at a peak.
A web worker runs up to 40 requests' reads at once (its threads); with SQLAlchemy's default
(5 kept) a busy worker opened and closed connections all the time, and each new one costs
PostgreSQL a process and the driver's prepared statements (413 connections in one benchmark
run). docs/hosting.md: max_connections must allow 40 per process."""
MULTI_USER = "multi-user"


def multi_user_requested(flag: bool = False) -> bool:
    return flag or os.environ.get(MODE_VARIABLE, "").strip().lower() == MULTI_USER


def postgres_url(url: str) -> str:
    """The URL with the psycopg 3 driver (what `postgresql://` means to tactful)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def hosted_settings(settings: Settings) -> Settings:
    """The settings of a multi-user server: PostgreSQL, or a one-line refusal."""
    url = postgres_url(settings.database_url)
    if not url.startswith("postgresql"):
        raise BadInput(
            "multi-user mode needs PostgreSQL: set TACTFUL_DATABASE_URL to "
            "postgresql://USER@HOST/DATABASE (see docs/hosting.md); SQLite serves one person",
            code="needs-postgresql",
            field="database",
        )
    return Settings(settings.home, url)


def check_roles(database: Database) -> None:
    """Refuse to serve when the row-level security roles are missing or cannot be used."""
    import sqlalchemy as sa

    try:
        with database.engine.begin() as conn:
            for role in ("tactful_app", "tactful_accounts", "tactful_worker"):
                conn.exec_driver_sql(f"SET LOCAL ROLE {role}")
                conn.exec_driver_sql("RESET ROLE")
    except sa.exc.DBAPIError as exc:
        raise BadInput(
            "the database roles of hosted mode are missing or not granted to this login "
            f"({' '.join(str(exc.orig).split())[:160]}): upgrade the database's schema as the "
            "database's owner, and grant tactful_app, tactful_accounts and tactful_worker to the "
            "servers' login role (docs/hosting.md)",
            code="no-roles",
            field="database",
        ) from None


class Hosted:
    def __init__(
        self,
        settings: Settings,
        *,
        now: datetime | str | None = None,
        database: Database | None = None,
    ) -> None:
        self.settings = hosted_settings(settings)
        self.now = now
        self.database = database or open_database(self.settings, migrate=False, pool=POOL)
        check_roles(self.database)
        self.users = Users(self.database.scoped(Scope.accounts()))
        self.logins = Logins(self.users)

    def api_for(self, user_id: int) -> Tactful:
        """The public API over one user's rows (and settings)."""
        return Tactful(
            self.settings, now=self.now, database=self.database.scoped(Scope.of(user_id))
        )

    def sharing(self, user_id: int) -> Sharing:
        return Sharing(self.database.scoped(Scope.of(user_id)), user_id)

    def coach_api(self, coach_id: int, member_id: int) -> Tactful:
        """A member's rounds as their coach sees them: read-only, only while they share."""
        self.sharing(coach_id).check_member(member_id)
        scope = Scope.coach(coach_id, member_id)
        return Tactful(self.settings, now=self.now, database=self.database.scoped(scope))

    def data_version(self, user_id: int) -> int:
        """Bumped by the database at every change of the user's data (any process)."""
        rows = self.database.scoped(Scope.of(user_id)).rows(
            f"SELECT version FROM data_versions WHERE owner_id = {int(user_id)}"
        )
        return int(rows[0][0]) if rows else 0

    def export(self, user_id: int) -> dict[str, Any]:
        """All of a member's data in the export format (`tactful export`)."""
        with self.api_for(user_id) as api:
            return api.export_data()

    def delete_account(self, user: User) -> None:
        """The account and, by the database's cascades, every row of its data."""
        self.users.remove(user.email)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Hosted:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
