"""One reply per round, held by the database as the other rules are.

The employer's answer ends a round's follow-ups; a second answer to the same round has nothing
left to change, and the code refuses it (`tactful.policy.check_can_reply`). Two processes can
both pass that check: these triggers are the last word. Rows already in the store are left as
they are (a trigger, not a unique index): only new replies are refused.

SQLite runs one writer at a time. On PostgreSQL, migration 0002's trigger already locks the
round's row before a reply is written; its function now also looks for an earlier reply, so
the second of two racing replies waits for the first, then sees it.

On PostgreSQL with hosted mode's row-level security (migration 0005), the function runs as the
writer: every reply of a round shares the round's owner (0005's composite foreign key), so the
round's owner, the only one who may write its replies, sees them all.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MESSAGE = "one-reply-per-round: the reply of this round is already recorded"
"""Matched by `tactful.store.database.integrity_error` to word the refusal."""

SQLITE = [
    f"""
    CREATE TRIGGER tr_one_reply_insert
    BEFORE INSERT ON replies
    WHEN EXISTS (SELECT 1 FROM replies WHERE replies.interview_id = NEW.interview_id)
    BEGIN
        SELECT RAISE(ABORT, '{MESSAGE}');
    END
    """,
    f"""
    CREATE TRIGGER tr_one_reply_update
    BEFORE UPDATE OF interview_id ON replies
    WHEN EXISTS (
        SELECT 1 FROM replies WHERE replies.interview_id = NEW.interview_id
        AND replies.id <> NEW.id
    )
    BEGIN
        SELECT RAISE(ABORT, '{MESSAGE}');
    END
    """,
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS tr_one_reply_insert",
    "DROP TRIGGER IF EXISTS tr_one_reply_update",
]

_LOCK_AND_CHECK = f"""
    CREATE OR REPLACE FUNCTION tactful_lock_round_for_reply() RETURNS trigger AS $$
    BEGIN
        PERFORM 1 FROM interviews WHERE id = NEW.interview_id FOR UPDATE;
        IF EXISTS (
            SELECT 1 FROM replies WHERE interview_id = NEW.interview_id AND id <> NEW.id
        ) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql VOLATILE
    """
_LOCK_ONLY = """
    CREATE OR REPLACE FUNCTION tactful_lock_round_for_reply() RETURNS trigger AS $$
    BEGIN
        PERFORM 1 FROM interviews WHERE id = NEW.interview_id FOR UPDATE;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql VOLATILE
    """


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE if up else SQLITE_DOWN
    if dialect == "postgresql":
        return [_LOCK_AND_CHECK if up else _LOCK_ONLY]
    raise NotImplementedError(
        f"tactful's triggers are written for SQLite and PostgreSQL, not {dialect}"
    )


def upgrade() -> None:
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
