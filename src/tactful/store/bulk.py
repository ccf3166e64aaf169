"""Writing an import in bulk: the rows of many applications at once, one `executemany` per
table, inside the caller's transaction.

Rows go through the same value functions as single writes (tactful.store.repository), so the
gate's last checks (dates within range, instants with their offset) still apply, and the
database's constraints and triggers check every row as they do for `tactful sent`. Tables are
written parent first and, within a round, in the order single writes use (notes, then
follow-ups, then replies: the trigger that refuses a follow-up after a reply sees the same
state). A row whose id the database must choose (an import into a store that has data, or an
export without ids) is written on its own, after the rows waiting before it, to learn its id.

Hosted mode: the rows get their owner as the scoped store's inserts do (tactful.store.scope),
written into the statement once rather than into every row; a scope that may not write (a
coach's view, the accounts service, the worker) is refused before anything is written.
Single-user mode names no owner: the column's default (the local owner) fills it, as it does
for every other insert there.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from tactful.errors import BadInput, TactfulError
from tactful.models import Application, Interview
from tactful.store import schema
from tactful.store.codec import instant_out
from tactful.store.database import Database
from tactful.store.repository import (
    _application_values,
    _follow_up_values,
    _inserted,
    _note_values,
    _now_text,
    _reply_values,
)
from tactful.store.scope import Scope, scope_statement

BATCH = 2000
"""Applications written per round trip: enough to amortise it, small enough for memory."""
_ORDER = ("applications", "interviews", "interviewers", "thank_you_notes", "follow_ups", "replies")


class BulkWriter:
    """Buffers the rows of whole applications and writes them table by table."""

    def __init__(self, conn: sa.Connection, database: Database, *, keep_ids: bool) -> None:
        self.conn = conn
        self.database = database
        self.keep_ids = keep_ids
        try:
            self.owner = _owner(database.scope)
        except TactfulError as exc:
            raise _not_fitting(exc) from None
        self.created = _now_text()
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _ORDER}
        self.pending = 0
        self.counts = {"applications": 0, "interviews": 0, "follow_ups": 0, "replies": 0}
        self.counts["profile"] = 0

    def add(self, app: Application, interviews: list[Interview]) -> None:
        """Add an application and its rounds (checked); BadInput when the database refuses a
        row (only the rows written now, on their own or as a batch, can be refused)."""
        try:
            self._add(app, interviews)
        except sa.exc.DBAPIError as exc:
            raise self._refused(exc) from None

    def _add(self, app: Application, interviews: list[Interview]) -> None:
        values = _application_values(app)
        values["created_at"] = (
            instant_out(app.created_at, "created_at") if app.created_at else self.created
        )
        app_id = self._id("applications", values, app.id)
        self.counts["applications"] += 1
        for iv in interviews:
            row = _interview_row(iv, app_id, self.created)
            iv_id = self._id("interviews", row, iv.id)
            self.rows["interviewers"] += [
                {"interview_id": iv_id, "position": i, "name": p.name, "email": p.email}
                for i, p in enumerate(iv.interviewers)
            ]
            for n in iv.notes:
                self.rows["thank_you_notes"].append(self._with_id(_note_values(n, iv_id), n.id))
            for f in iv.follow_ups:
                self.rows["follow_ups"].append(self._with_id(_follow_up_values(f, iv_id), f.id))
            for r in iv.replies:
                self.rows["replies"].append(self._with_id(_reply_values(r, iv_id), r.id))
            self.counts["interviews"] += 1
            self.counts["follow_ups"] += len(iv.follow_ups)
            self.counts["replies"] += len(iv.replies)
        self.pending += 1
        if self.pending >= BATCH:
            self._flush()

    def add_profile_item(self, item_id: int | None, kind: str, text: str) -> None:
        try:
            self._flush()
            values = self._with_id({"kind": kind, "text": text}, item_id)
            self.conn.execute(sa.insert(schema.profile_items).values(**values))
        except sa.exc.DBAPIError as exc:
            raise self._refused(exc) from None
        self.counts["profile"] += 1

    def flush(self) -> None:
        """Write the rows still waiting."""
        try:
            self._flush()
        except sa.exc.DBAPIError as exc:
            raise self._refused(exc) from None

    def _flush(self) -> None:
        for name in _ORDER:
            rows = self.rows[name]
            if rows:
                self.rows[name] = []
                _insert_many(self.conn, name, rows, self.owner)
        self.pending = 0

    def _refused(self, exc: Exception) -> BadInput:
        """A row the database refuses, in words: the whole import is refused."""
        return _not_fitting(self.database.failure(exc))

    def _with_id(self, values: dict[str, Any], item_id: int | None) -> dict[str, Any]:
        if self.keep_ids and item_id is not None:
            values["id"] = item_id
        return values

    def _id(self, table: str, values: dict[str, Any], item_id: int | None) -> int:
        """The row's id: its own when it keeps it (the row waits for the batch), else the one
        the database gives it now."""
        if self.keep_ids and item_id is not None:
            values["id"] = item_id
            self.rows[table].append(values)
            return item_id
        self._flush()
        return _inserted(self.conn, schema.metadata.tables[table], values)


def _interview_row(iv: Interview, application_id: int, created: str) -> dict[str, Any]:
    from tactful.store.repository import _interview_values

    values = _interview_values(iv)
    values.update(application_id=application_id, round=iv.round, created_at=created)
    return values


def _not_fitting(failure: TactfulError) -> BadInput:
    return BadInput(
        f"the export does not fit the store: {failure.message}; nothing was imported",
        code=failure.code,
        field=failure.field,
    )


def _owner(scope: Scope | None) -> int | None:
    """The owner every row gets: None in single-user mode; in hosted mode the scope's, or the
    scoped store's own refusal when the scope may not insert rows of data."""
    if scope is None:
        return None
    scope_statement(sa.insert(schema.applications), scope)
    return scope.owner


def _insert_many(
    conn: sa.Connection, table: str, rows: list[dict[str, Any]], owner: int | None
) -> None:
    """One `executemany` for rows of the same columns (grouped when they differ: an id kept
    on some rows only)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for columns, group in groups.items():
        _many(conn, table, columns, group, owner)


def _many(
    conn: sa.Connection,
    table: str,
    columns: tuple[str, ...],
    rows: list[dict[str, Any]],
    owner: int | None,
) -> None:
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names, values = ", ".join(columns), ", ".join([marker] * len(columns))
    if owner is not None:
        names, values = f"{names}, {schema.OWNER}", f"{values}, {int(owner)}"
    sql = f"INSERT INTO {table} ({names}) VALUES ({values})"
    conn.exec_driver_sql(
        sql,
        list(map(itemgetter(*columns), rows))
        if len(columns) > 1
        else [(row[columns[0]],) for row in rows],
    )
