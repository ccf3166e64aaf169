"""`tactful db upgrade`: the one step that changes a hosted database's schema.

Run once per release, by one process, as the database's owner, before the web and worker
processes start (they never migrate: several of them would race). It applies tactful's Alembic
migrations (the same as SQLite's) and the job queue's schema (procrastinate), under a
PostgreSQL advisory lock so that two upgrades started by mistake run one after the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tactful.settings import Settings

if TYPE_CHECKING:
    import sqlalchemy as sa

LOCK_KEY = 7_361_150_013
"""An arbitrary advisory-lock number owned by tactful's upgrades."""


def upgrade(settings: Settings) -> str:
    """Migrate to this tactful's schema; returns what was done, in one line."""
    import sqlalchemy as sa

    from tactful.accounts.hosted import hosted_settings
    from tactful.store.database import SCHEMA_HEAD, database_error

    settings = hosted_settings(settings)
    engine = sa.create_engine(settings.database_url)
    try:
        queued = _upgrade(engine, settings)
    except sa.exc.DBAPIError as exc:
        # An unreachable server, a database that does not exist, a refused login: one line.
        raise database_error(settings, exc) from None
    finally:
        engine.dispose()
    return f"the database is at schema {SCHEMA_HEAD}" + (
        "; the job queue's tables were created" if queued else ""
    )


def _upgrade(engine: sa.Engine, settings: Settings) -> bool:
    """Migrate under the advisory lock; True when the job queue's tables were created now."""
    from tactful.store.database import open_database

    with engine.connect() as lock:
        lock.exec_driver_sql(f"SELECT pg_advisory_lock({LOCK_KEY})")
        try:
            open_database(settings).close()
            return apply_queue_schema(engine)
        finally:
            lock.exec_driver_sql(f"SELECT pg_advisory_unlock({LOCK_KEY})")
            lock.commit()


def has_queue_tables(conn: sa.Connection) -> bool:
    """Whether procrastinate's tables are in the database (`tactful db upgrade` makes them)."""
    return conn.exec_driver_sql("SELECT to_regclass('procrastinate_jobs')").scalar() is not None


def apply_queue_schema(engine: object) -> bool:
    """procrastinate's tables, once (True when created now), and the roles' grants on them."""
    import sqlalchemy as sa
    from procrastinate.schema import SchemaManager

    assert isinstance(engine, sa.Engine)
    with engine.begin() as conn:
        created = not has_queue_tables(conn)
        if created:
            conn.exec_driver_sql(SchemaManager.get_schema().replace("%", "%%"))
        # The servers' login roles reach the queue through tactful_app (docs/hosting.md).
        conn.exec_driver_sql(
            "DO $$ DECLARE t text; BEGIN "
            "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tactful_app') THEN "
            "FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename LIKE 'procrastinate%' LOOP "
            "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO tactful_app', t); "
            "END LOOP; "
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tactful_app; "
            "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO tactful_app; "
            "END IF; END $$".replace("%", "%%")
        )
    return created
