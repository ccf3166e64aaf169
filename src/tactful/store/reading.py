"""The read path: plain SQL through the stdlib `sqlite3` when the store is an up-to-date SQLite
file, or through psycopg alone when it is an up-to-date PostgreSQL database (read commands
start without importing SQLAlchemy, which costs as much as the rest of a read), else through
the open store.

It also keeps data readable when nothing can be written: on a read-only home the database is
opened immutable, so `tactful list` and `tactful export` still take the data out.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from tactful.errors import BadInput
from tactful.settings import Settings
from tactful.store.database import SCHEMA_HEAD, database_error

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    import psycopg

    from tactful.store.loader import Rows
    from tactful.store.repository import Store


def _connect(path: str, *, immutable: bool) -> sqlite3.Connection:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{sqlite_uri(path)}?{flags}", uri=True, timeout=10)


def sqlite_uri(path: str) -> str:
    """The `file:` URI SQLite reads for an absolute path: "%", "?" and "#" escaped, the only
    characters its URI parser gives a meaning to in the path (`pathlib.Path.as_uri` would do
    too, but the read path goes without pathlib)."""
    escaped = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file://{escaped}" if escaped.startswith("/") else f"file:///{escaped}"


def fast_sqlite_rows(settings: Settings) -> sqlite3.Connection | None:
    """A read-only stdlib connection to an up-to-date SQLite store, or None.

    Anything unusual (a missing file, an older schema, a damaged file, another database)
    falls back to the full open, which says what is wrong."""
    path = settings.sqlite_file
    if path is None or not os.path.isfile(path):
        return None
    path = os.path.join(os.getcwd(), path)  # as Path.absolute: ".." kept (symbolic links)
    attempts = (False, True) if not os.access(os.path.dirname(path), os.W_OK) else (False,)
    for immutable in attempts:
        try:
            connection = _connect(path, immutable=immutable)
        except sqlite3.Error:
            continue
        up_to_date = _up_to_date(connection, sqlite3.Error)
        if up_to_date is None:
            continue
        if up_to_date:
            # One snapshot for every query of the command: a write by another process between
            # two of them (a read in batches of a large store) is not half seen.
            connection.execute("BEGIN")
            return connection
        return None
    return None


def _up_to_date(connection: Any, errors: type[Exception]) -> bool | None:
    """Whether the store on `connection` has the current schema (Alembic's head); None when it
    cannot be read at all (no version table, a damaged file). `connection` is closed unless
    the answer is True."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except errors:
        connection.close()
        return None
    if row and row[0] == SCHEMA_HEAD:
        return True
    connection.close()
    return False


PSYCOPG_PREFIX = "postgresql+psycopg://"


def libpq_url(url: str) -> str | None:
    """The libpq URI of a `postgresql+psycopg://` SQLAlchemy URL (the same text without the
    driver's name), or None for any other URL."""
    return "postgresql://" + url[len(PSYCOPG_PREFIX) :] if url.startswith(PSYCOPG_PREFIX) else None


def fast_postgres_rows(settings: Settings) -> psycopg.Connection[Any] | None:
    """A read-only psycopg connection to an up-to-date PostgreSQL database, in one snapshot
    (repeatable read), or None.

    Only for a `postgresql+psycopg://` URL (the one driver tactful runs on, named by SQLAlchemy
    as libpq's URI with the driver added). Anything unusual (no driver, a server that does not
    answer, an older schema) falls back to the full open, which migrates or says what is
    wrong. A server that cannot be reached is said at once: the full open would only wait for
    it a second time."""
    url = libpq_url(settings.database_url)
    if url is None:
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        connection = psycopg.connect(url)
    except psycopg.OperationalError as exc:
        raise database_error(settings, exc) from None
    except (psycopg.Error, ValueError):
        return None
    try:
        # One snapshot for every query of the command, as on SQLite; and no write by mistake.
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
    except psycopg.Error:
        connection.close()
        return None
    return connection if _up_to_date(connection, psycopg.Error) else None


def _damaged(settings: Settings, why: object) -> BadInput:
    from tactful.secrets import redact_url

    where = redact_url(settings.database_url)
    return BadInput(
        f"cannot read the database at {where} ({why}): it is damaged or cut short; restore a "
        "copy, or move it away and import your last export",
        code="database-damaged",
        field="database",
        values={"where": where, "reason": str(why), "read": True},
    )


def _direct_rows(settings: Settings) -> AbstractContextManager[Rows] | None:
    """The driver's own connection, when the store is up to date: psycopg for PostgreSQL, the
    stdlib's sqlite3 for SQLite; None otherwise."""
    server = fast_postgres_rows(settings)
    if server is not None:
        import psycopg

        return _closing_rows(server, psycopg.Error, lambda exc: database_error(settings, exc))
    connection = fast_sqlite_rows(settings)
    if connection is not None:
        return _closing_rows(connection, sqlite3.DatabaseError, lambda exc: _damaged(settings, exc))
    return None


@contextmanager
def _closing_rows(
    connection: Any, errors: type[Exception], failure: Callable[[Exception], BadInput]
) -> Iterator[Rows]:
    """Rows read on `connection`, closed at the end; a failure of the driver in words."""

    def rows(sql: str) -> list[tuple[Any, ...]]:
        try:
            found: list[tuple[Any, ...]] = connection.execute(sql).fetchall()
            return found
        except errors as exc:
            raise failure(exc) from None

    try:
        yield rows
    finally:
        connection.close()


@contextmanager
def read_rows(
    settings: Settings, store: Callable[[], Store], *, opened: bool
) -> Iterator[Rows | None]:
    """A way to run read-only SQL: the fast path while the store is not `opened` yet, else
    `store()`; None when no database exists yet."""
    if not opened:
        direct = _direct_rows(settings)
        if direct is not None:
            with direct as rows:
                yield rows
            return
        path = settings.sqlite_path
        try:
            missing = path is not None and not path.exists()
            if missing and path is not None and path.parent.exists() and not path.parent.is_dir():
                raise BadInput(
                    f"cannot create the tactful home {path.parent}: it is a file, not a folder; "
                    "use another tactful home",
                    code="cannot-write",
                    field="home",
                    values={"home": str(path.parent), "reason": "it is a file, not a folder"},
                )
        except OSError as exc:
            raise BadInput(
                f"cannot read the tactful home {settings.home}: {exc.strerror or exc}; check "
                "its permissions, or use another tactful home",
                code="cannot-read",
                field="home",
                values={"home": str(settings.home), "reason": str(exc.strerror or exc)},
            ) from None
        if missing:
            yield None
            return
    database = store().database
    if database.scope is None:
        yield database.rows
        return
    # A member's reads (hosted mode) share one transaction: one connection from the pool, one
    # switch of role, and one view of the rows (not a round written between two queries).
    with database.transaction():
        yield database.rows
