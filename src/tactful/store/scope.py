"""Whose rows a connection may touch: the one place where every query is kept to its owner.

A `Database` opened for a `Scope` applies it to each connection it hands out (see
`tactful.store.database`):

- **in code**, for every statement: SQLAlchemy Core statements get `owner_id = :owner` on each
  owned table they read, update or delete, and inserts get the owner's id (`scope_statement`,
  run by an engine hook, so no call site can forget it); plain SQL reads (the loader's) see each
  owned table through a CTE of the same name holding only the owner's rows (`scope_sql`);
- **in PostgreSQL**, as a second wall: the transaction switches to a group role without
  BYPASSRLS (`SET LOCAL ROLE`) and names its user (`tactful.user_id`), and the row-level
  security policies of migration 0005 filter every table the same way.

Single-user mode has no scope: one implicit owner, nothing rewritten, nothing set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from tactful.errors import Refused
from tactful.store import schema

INFO_KEY = "tactful.scope"
"""Where a connection carries its scope while a `Database` uses it."""


@dataclass(frozen=True)
class Scope:
    """`owner`: whose rows; `viewer`: a coach reading a member's shared rows (read-only);
    `role`: the PostgreSQL group role of the transaction."""

    owner: int | None
    role: str = "tactful_app"
    viewer: int | None = None
    read_only: bool = False

    @classmethod
    def of(cls, user_id: int) -> Scope:
        """A user's own rows, read and written."""
        return cls(owner=user_id)

    @classmethod
    def coach(cls, coach_id: int, member_id: int) -> Scope:
        """A coach looking at a member who shares with them: the member's rows, read-only."""
        return cls(owner=member_id, viewer=coach_id, read_only=True)

    @classmethod
    def accounts(cls) -> Scope:
        """The accounts service: users, sessions and links; never a member's data."""
        return cls(owner=None, role="tactful_accounts")

    @classmethod
    def worker(cls) -> Scope:
        """The worker's scan of every member's rounds: everything, read-only."""
        return cls(owner=None, role="tactful_worker", read_only=True)

    def settings_sql(self) -> str:
        """What a PostgreSQL transaction runs first."""
        user = self.viewer if self.viewer is not None else self.owner
        member = self.owner if self.viewer is not None else None
        parts = [
            f"SET LOCAL ROLE {self.role}",
            "SELECT set_config('tactful.user_id', "
            f"'{'' if user is None else int(user)}', true), "
            f"set_config('tactful.member_id', '{'' if member is None else int(member)}', true)",
        ]
        if self.read_only:
            parts.append("SET TRANSACTION READ ONLY")
        return "; ".join(parts)


def _refuse(scope: Scope, what: str) -> Refused:
    if scope.owner is None and scope.role == "tactful_accounts":
        return Refused(f"the accounts service cannot {what} members' data", code="not-your-data")
    return Refused(f"this view is read-only: it cannot {what}", code="read-only")


def _owned(table: Any) -> bool:
    return isinstance(table, sa.Table) and schema.is_owned(table)


def _tables_of(element: Any) -> list[sa.Table]:
    if isinstance(element, sa.Table):
        return [element]
    if isinstance(element, sa.Join):
        return [*_tables_of(element.left), *_tables_of(element.right)]
    return []


def scope_statement(statement: Any, scope: Scope) -> Any:
    """The statement, kept to the scope's owner (or refused when the scope may not run it)."""
    if isinstance(statement, sa.Select):
        tables = [t for f in statement.get_final_froms() for t in _tables_of(f) if _owned(t)]
        if tables and scope.owner is None and scope.role != "tactful_worker":
            raise _refuse(scope, "read")
        for table in tables:
            if scope.owner is not None:
                statement = statement.where(table.c[schema.OWNER] == scope.owner)
        return statement
    if isinstance(statement, sa.Insert | sa.Update | sa.Delete):
        target: Any = statement.table
        if not _owned(target):
            if scope.read_only:
                raise _refuse(scope, "write")
            return statement
        if scope.owner is None or scope.read_only:
            raise _refuse(scope, "write")
        if isinstance(statement, sa.Insert):
            return statement.values({schema.OWNER: scope.owner})
        return statement.where(target.c[schema.OWNER] == scope.owner)
    return statement


def before_execute(
    connection: sa.Connection,
    statement: Any,
    multiparams: Any,
    params: Any,
    _options: Any,
) -> tuple[Any, Any, Any]:
    """The engine hook: every Core statement run on a scoped connection is scoped."""
    scope = connection.info.get(INFO_KEY)
    if scope is not None:
        statement = scope_statement(statement, scope)
    return statement, multiparams, params


_WORD = re.compile(r"[a-z_]+")


def scope_sql(sql: str, scope: Scope, *, dialect: str, owner: str | None = None) -> str:
    """A plain SQL read, with each owned table it names replaced by the owner's rows (`owner`:
    the SQL that stands for the owner's id, a bound parameter; by default the id itself)."""
    owned = schema.owned_tables()
    named = sorted(owned.intersection(_WORD.findall(sql.lower())))
    if not named:
        return sql
    if scope.owner is None:
        if scope.role == "tactful_worker":
            return sql
        raise _refuse(scope, "read")
    if not sql.lstrip().upper().startswith("SELECT"):
        raise _refuse(scope, "write")
    prefix = "public" if dialect == "postgresql" else "main"
    who = owner if owner is not None else str(int(scope.owner))
    ctes = ", ".join(
        f"{name} AS (SELECT * FROM {prefix}.{name} WHERE {schema.OWNER} = {who})" for name in named
    )
    return f"WITH {ctes} {sql}"


OWNER_PARAMETER = "tactful_owner"


def scope_sql_bound(sql: str, scope: Scope) -> tuple[str, dict[str, int] | None]:
    """`scope_sql` for PostgreSQL, the owner's id a bound parameter (psycopg's `%(name)s`):
    every member's read is then the same statement, which the driver prepares once per
    connection, so PostgreSQL plans it once instead of at each read (planning was three
    quarters of the server's CPU for a member's first Today). The same rows, the same wall."""
    if scope.owner is None:
        return scope_sql(sql, scope, dialect="postgresql"), None
    scoped = scope_sql(
        sql.replace("%", "%%"), scope, dialect="postgresql", owner=f"%({OWNER_PARAMETER})s"
    )
    return scoped, {OWNER_PARAMETER: int(scope.owner)}
