"""Opening the database: engine, SQLite pragmas, migrations applied automatically on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput
from tactful.settings import Settings

if TYPE_CHECKING:
    import sqlalchemy as sa

SCHEMA_HEAD = "0004"
"""The newest migration; a test keeps it equal to Alembic's head. Checked without importing
Alembic so that read commands on an up-to-date database start fast."""

MIGRATIONS = Path(__file__).parent / "migrations"


class Database:
    """An open, migrated database."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._open: sa.Connection | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every read and write inside one transaction: all of it lands, or none."""
        if self._open is not None:
            yield
            return
        with self.engine.begin() as connection:
            self._open = connection
            try:
                yield
            finally:
                self._open = None

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A connection to write with: the open transaction's, else a new transaction."""
        if self._open is not None:
            yield self._open
            return
        with self.engine.begin() as connection:
            yield connection

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        if self._open is not None:
            return [tuple(r) for r in self._open.exec_driver_sql(sql).fetchall()]
        with self.engine.connect() as connection:
            return [tuple(r) for r in connection.exec_driver_sql(sql).fetchall()]

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_database(settings: Settings) -> Database:
    import sqlalchemy as sa

    if settings.is_sqlite:
        path = settings.sqlite_path
        try:
            (path.parent if path else settings.home).mkdir(parents=True, exist_ok=True)
            if path is not None and not path.exists():
                # Owner-only, like the config: SQLite gives its -wal and -shm files the same mode.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise BadInput(
                f"cannot create the tactful home {settings.home}: {exc.strerror}"
            ) from None
    try:
        engine = sa.create_engine(settings.database_url)
    except ImportError as exc:
        raise BadInput(
            f"the database driver for {settings.database_url.split(':', 1)[0]!r} is not "
            f"installed ({exc}): install it (for PostgreSQL: pip install 'psycopg[binary]')"
        ) from None
    except sa.exc.ArgumentError as exc:
        raise BadInput(
            f"cannot use database URL {settings.database_url!r} ({exc}); "
            "give a SQLAlchemy URL such as sqlite:////path/tactful.db"
        ) from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _migrate(engine)
    except sa.exc.OperationalError as exc:
        raise BadInput(
            f"cannot open the database at {settings.database_url}: {exc.orig}; "
            "check TACTFUL_HOME / TACTFUL_DATABASE_URL"
        ) from None
    return Database(engine)


def _current_revision(connection: sa.Connection) -> str | None:
    import sqlalchemy as sa

    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _migrate(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        if _current_revision(connection) == SCHEMA_HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def fast_sqlite_rows(settings: Settings) -> Any | None:
    """A read-only stdlib connection to an up-to-date SQLite store, or None.

    Read commands use it to skip importing SQLAlchemy; anything unusual (a missing file,
    an older schema, another database) falls back to the full open.
    """
    path = settings.sqlite_path
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    if not row or row[0] != SCHEMA_HEAD:
        connection.close()
        return None
    return connection
