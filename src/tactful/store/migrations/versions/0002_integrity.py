"""Rules the database holds under races, beyond the two-follow-up cap: nothing is recorded
after the employer's reply.

A follow-up cannot be inserted (or moved) into a round that has a reply. The rule check in the
code reads the round before it writes; two processes (`tactful sent` and `tactful reply`) can
both pass their checks, and without this trigger the follow-up could land after the reply.

SQLite runs one writer at a time, so the trigger's look at `replies` sees every committed reply.
PostgreSQL runs writers side by side: both triggers (on follow-ups and on replies) first lock
the round's row, so a follow-up and a reply of the same round are written one after the other,
and the follow-up's look at `replies` (a new snapshot under READ COMMITTED) sees the reply.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MESSAGE = "reply-recorded"
"""Matched by `tactful.store.database.integrity_error` to word the refusal."""

SQLITE = [
    f"""
    CREATE TRIGGER tr_follow_up_after_reply_insert
    BEFORE INSERT ON follow_ups
    WHEN EXISTS (SELECT 1 FROM replies WHERE replies.interview_id = NEW.interview_id)
    BEGIN
        SELECT RAISE(ABORT, '{MESSAGE}: no follow-up after the employer replied');
    END
    """,
    f"""
    CREATE TRIGGER tr_follow_up_after_reply_update
    BEFORE UPDATE OF interview_id ON follow_ups
    WHEN EXISTS (SELECT 1 FROM replies WHERE replies.interview_id = NEW.interview_id)
    BEGIN
        SELECT RAISE(ABORT, '{MESSAGE}: no follow-up after the employer replied');
    END
    """,
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS tr_follow_up_after_reply_insert",
    "DROP TRIGGER IF EXISTS tr_follow_up_after_reply_update",
]

POSTGRESQL = [
    f"""
    CREATE OR REPLACE FUNCTION tactful_follow_up_after_reply() RETURNS trigger AS $$
    BEGIN
        PERFORM 1 FROM interviews WHERE id = NEW.interview_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM replies WHERE interview_id = NEW.interview_id) THEN
            RAISE EXCEPTION '{MESSAGE}: no follow-up after the employer replied'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql VOLATILE
    """,
    """
    CREATE OR REPLACE FUNCTION tactful_lock_round_for_reply() RETURNS trigger AS $$
    BEGIN
        PERFORM 1 FROM interviews WHERE id = NEW.interview_id FOR UPDATE;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql VOLATILE
    """,
    """
    CREATE TRIGGER tr_follow_up_after_reply
    BEFORE INSERT OR UPDATE OF interview_id ON follow_ups
    FOR EACH ROW EXECUTE FUNCTION tactful_follow_up_after_reply()
    """,
    """
    CREATE TRIGGER tr_reply_locks_round
    BEFORE INSERT OR UPDATE OF interview_id ON replies
    FOR EACH ROW EXECUTE FUNCTION tactful_lock_round_for_reply()
    """,
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS tr_follow_up_after_reply ON follow_ups",
    "DROP TRIGGER IF EXISTS tr_reply_locks_round ON replies",
    "DROP FUNCTION IF EXISTS tactful_follow_up_after_reply()",
    "DROP FUNCTION IF EXISTS tactful_lock_round_for_reply()",
]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRESQL if up else POSTGRESQL_DOWN
    raise NotImplementedError(
        f"tactful's triggers are written for SQLite and PostgreSQL, not {dialect}"
    )


def upgrade() -> None:
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
