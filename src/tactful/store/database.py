"""Opening the database: engine, SQLite pragmas, migrations applied automatically on open, and
database failures turned into one-line errors that say how to recover."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from tactful.errors import BadInput, Refused, TactfulError
from tactful.settings import Settings

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    import sqlalchemy as sa

    from tactful.store.scope import Scope

SCHEMA_HEAD = "0006"
"""The newest migration; a test keeps it equal to Alembic's head. Checked without importing
Alembic so that read commands on an up-to-date database start fast."""

MIGRATIONS = os.path.join(os.path.dirname(__file__), "migrations")

REPLY_RECORDED = "reply-recorded"
"""The message of the trigger that refuses a follow-up once the employer replied (0002)."""
ONE_REPLY = "one-reply-per-round"
"""The message of the trigger that refuses a second reply to one round (0006)."""


class Database:
    """An open, migrated database. Every failure of the database itself (a full disk, a file
    size limit, a damaged file, a lock held too long) comes out as a one-line TactfulError."""

    def __init__(
        self, engine: sa.Engine, settings: Settings | None = None, scope: Scope | None = None
    ) -> None:
        import threading

        self.engine = engine
        self.settings = settings
        self.scope = scope
        """Whose rows (hosted mode); None: single-user, every row."""
        self._local = threading.local()

    def scoped(self, scope: Scope) -> Database:
        """The same database (and connection pool), kept to `scope` (tactful.store.scope)."""
        return Database(self.engine, self.settings, scope)

    @property
    def _open(self) -> sa.Connection | None:
        # Per thread: the web app may serve two requests of one user at once.
        connection: sa.Connection | None = getattr(self._local, "open", None)
        return connection

    @contextmanager
    def _scoped(self, connection: sa.Connection) -> Iterator[sa.Connection]:
        """Apply the scope to a connection for the length of its transaction."""
        from tactful.store.scope import INFO_KEY

        if self.scope is None:
            connection.info.pop(INFO_KEY, None)
            yield connection
            return
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(self.scope.settings_sql())
        connection.info[INFO_KEY] = self.scope
        try:
            yield connection
        finally:
            connection.info.pop(INFO_KEY, None)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every read and write inside one transaction: all of it lands, or none."""
        if self._open is not None:
            yield
            return
        with self._failures(), self.engine.begin() as raw, self._scoped(raw) as connection:
            self._local.open = connection
            try:
                yield
            finally:
                self._local.open = None

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A connection to write with: the open transaction's, else a new transaction."""
        if self._open is not None:
            yield self._open
            return
        with self._failures(), self.engine.begin() as raw, self._scoped(raw) as connection:
            yield connection

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        params: dict[str, int] | None = None
        if self.scope is not None:
            from tactful.store.scope import scope_sql, scope_sql_bound

            if self.engine.dialect.name == "postgresql":
                sql, params = scope_sql_bound(sql, self.scope)
            else:
                sql = scope_sql(sql, self.scope, dialect=self.engine.dialect.name)
        with self._failures():
            if self._open is not None:
                return self._fetch(self._open, sql, params)
            with self.engine.connect() as raw, self._scoped(raw) as connection:
                return self._fetch(connection, sql, params)

    def _fetch(
        self, connection: sa.Connection, sql: str, params: dict[str, int] | None
    ) -> list[tuple[Any, ...]]:
        """A plain read on the driver's own cursor: for the small reads of one member, building
        SQLAlchemy's result objects cost more CPU than the query (already scoped: `rows`)."""
        cursor = connection.connection.cursor()
        try:
            if params:
                cursor.execute(sql, params)
            else:
                cursor.execute(sql)
            return [tuple(r) for r in cursor.fetchall()]
        except connection.dialect.loaded_dbapi.Error as exc:
            raise self.failure(exc) from None
        finally:
            cursor.close()

    def close(self) -> None:
        self.engine.dispose()

    def failure(self, exc: Exception) -> TactfulError:
        """A failure of the database (a constraint, a trigger, a full disk…) in words."""
        import sqlalchemy as sa

        if isinstance(exc, sa.exc.IntegrityError):
            return integrity_error(exc)
        return database_error(self.settings, exc)

    @contextmanager
    def _failures(self) -> Iterator[None]:
        import sqlalchemy as sa

        try:
            yield
        except sa.exc.DBAPIError as exc:
            raise self.failure(exc) from None


def is_duplicate(exc: BaseException) -> bool:
    """Whether a write failed on a uniqueness rule of the mailbox's records: raw inside an open
    transaction, worded (code "duplicate") once it left `Database`."""
    if isinstance(exc, TactfulError):
        return exc.code == "duplicate"
    return integrity_error(exc).code == "duplicate"


def integrity_error(exc: Any) -> TactfulError:
    """A constraint or trigger the database enforced, in words."""
    text = str(getattr(exc, "orig", exc))
    if REPLY_RECORDED in text:
        return Refused(
            "the employer already answered this round: no more follow-ups for it",
            code="after-reply",
        )
    if ONE_REPLY in text:
        return Refused(
            "the employer's reply to this round is already recorded: a round has one reply",
            code="already-answered",
        )
    if "uq_follow_up_kind" in text or "follow_ups.interview_id, follow_ups.kind" in text:
        return Refused(
            "this follow-up is already recorded for the round: at most one of each kind, two "
            "in all",
            code="already-recorded",
        )
    if "the thank-you of this round is already recorded" in text:
        return Refused(
            "the thank-you of this round is already recorded: no more notes for it",
            code="already-recorded",
        )
    if "UNIQUE" in text.upper() and "mail_" in text:
        # The mailbox's at-most-once records (outbox, reminders, proposals): the caller that
        # raced knows what it means and words it (tactful.mailbox catches code "duplicate").
        return Refused("this was already done by another run", code="duplicate")
    if "ck_follow_up_email_only" in text:
        return Refused("tactful records email follow-ups only", code="email-only")
    return BadInput(
        f"the database refused the change ({' '.join(text.split())[:200]}); nothing was written",
        code="constraint",
    )


def database_error(settings: Settings | None, exc: Any) -> BadInput:
    """A failure of the database (not of a rule), with what to do about it."""
    from tactful.secrets import redact

    why = " ".join(str(getattr(exc, "orig", exc)).split())
    where = redact(settings.database_url) if settings is not None else "the database"
    lowered = why.lower()
    if any(w in lowered for w in ("full", "too large", "file size", "i/o error")):
        return BadInput(
            f"cannot write the database at {where}: {why} (a full disk, a file size limit or "
            "a failing disk); free some space or raise the limit and try again; nothing was "
            "written",
            code="disk-full",
            field="database",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return BadInput(
            f"cannot write the database at {where}: it is read-only; reading and exporting "
            "still work, or use a writable tactful home",
            code="read-only",
            field="database",
            values={"where": where},
        )
    if "locked" in lowered or "busy" in lowered:
        return BadInput(
            f"the database at {where} is busy (another tactful is writing): try again",
            code="busy",
            field="database",
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return BadInput(
            f"the database at {where} is damaged ({why}): restore a copy, or move it away and "
            "import your last export",
            code="database-damaged",
            field="database",
            values={"where": where, "reason": str(why)},
        )
    return BadInput(
        f"cannot use the database at {where}: {redact(why)}; check TACTFUL_HOME / "
        "TACTFUL_DATABASE_URL",
        code="database-error",
        field="database",
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_database(
    settings: Settings, *, migrate: bool = True, pool: tuple[int, int] | None = None
) -> Database:
    """Open (and, unless `migrate` is False, migrate) the database of `settings`. Hosted mode
    passes False: its migrations run once, by `tactful db upgrade`, never by each worker.
    `pool`: connections kept open, and more opened at a peak (a server database only)."""
    import sqlalchemy as sa

    from tactful.secrets import redact
    from tactful.store.scope import before_execute

    shown = redact(settings.database_url)
    if settings.is_sqlite:
        path = settings.sqlite_path
        try:
            (path.parent if path else settings.home).mkdir(parents=True, exist_ok=True)
            if path is not None and not path.exists():
                # Owner-only, like the config: SQLite gives its -wal and -shm files the same mode.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise BadInput(
                f"cannot create the tactful home {settings.home}: {exc.strerror or exc}; use "
                "another tactful home",
                code="cannot-write",
                field="home",
                values={"home": str(settings.home), "reason": str(exc.strerror or exc)},
            ) from None
    options = {} if pool is None else {"pool_size": pool[0], "max_overflow": pool[1]}
    try:
        engine = sa.create_engine(settings.database_url, **options)
    except ImportError as exc:
        raise BadInput(
            f"the database driver for {settings.database_url.split(':', 1)[0]!r} is not "
            f"installed ({exc}): install it (for PostgreSQL: pip install 'psycopg[binary]')",
            code="no-driver",
            field="database",
        ) from None
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise BadInput(
            f"cannot use database URL {shown} ({redact(str(exc))}); "
            "give a SQLAlchemy URL such as sqlite:////path/tactful.db",
            code="bad-database-url",
            field="database",
        ) from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    sa.event.listen(engine, "before_execute", before_execute, retval=True)
    try:
        _migrate(engine) if migrate else check_schema(engine)
    except TactfulError:
        engine.dispose()
        raise
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        raise database_error(settings, exc) from None
    return Database(engine, settings)


def _current_revision(connection: sa.Connection) -> str | None:
    import sqlalchemy as sa

    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def check_schema(engine: sa.Engine) -> None:
    """Refuse a database whose schema is not this tactful's (hosted mode never migrates itself)."""
    import sqlalchemy as sa

    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
    except sa.exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
        # The tables are granted to hosted mode's group roles, not to a login of its own.
        raise BadInput(
            "this login may not read tactful's tables: grant it tactful_app, tactful_accounts "
            "and tactful_worker (the roles the schema's upgrade creates), or connect as the "
            "servers' login role (docs/hosting.md)",
            code="no-roles",
            field="database",
        ) from None
    if current is not None and current != SCHEMA_HEAD and current not in _known_revisions():
        # Upgraded by a newer release: 'tactful db upgrade' from this one cannot help.
        raise BadInput(
            f"the database is at schema {current}, newer than this tactful's {SCHEMA_HEAD}: "
            "install the tactful release that upgraded it, then start the servers again",
            code="schema-too-new",
            field="database",
            values={"current": current, "head": SCHEMA_HEAD},
        )
    if current != SCHEMA_HEAD:
        raise BadInput(
            f"the database is at schema {current or 'none'}, this tactful needs {SCHEMA_HEAD}: "
            "upgrade the database's schema once (one process, as the database's owner), then "
            "start the servers",
            code="schema-not-current",
            field="database",
            values={"current": current or "none", "head": SCHEMA_HEAD},
        )


def _known_revisions() -> set[str]:
    """Every schema revision this tactful's migrations know."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}


def _migrate(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        current = _current_revision(connection)
        if current == SCHEMA_HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    if current is not None and current not in _known_revisions():
        raise BadInput(
            f"this database was made by a newer tactful (schema {current}; this tactful "
            f"knows up to {SCHEMA_HEAD}): upgrade tactful, or export the data with the newer "
            "one and import that file here",
            code="newer-schema",
            field="database",
            values={"current": current, "head": SCHEMA_HEAD},
        )
    from alembic.util import CommandError

    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as exc:
        raise BadInput(
            f"cannot upgrade the database to schema {SCHEMA_HEAD}: {' '.join(str(exc).split())}",
            code="migration-failed",
            field="database",
        ) from None


def fast_sqlite_rows(settings: Settings) -> Any | None:
    """See `tactful.store.reading.fast_sqlite_rows`."""
    from tactful.store.reading import fast_sqlite_rows as fast

    return fast(settings)
