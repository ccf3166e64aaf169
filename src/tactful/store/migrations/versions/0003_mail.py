"""Per-interviewer thank-you notes; the mailbox: outbox, scanned folders, proposals, reminders.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NOT_DROPPED = sa.text("state <> 'dropped'")


def upgrade() -> None:
    # A plain ADD COLUMN (not a batch copy): the table keeps its constraints and triggers.
    op.add_column("follow_ups", sa.Column("message_id", sa.Text, nullable=False, server_default=""))
    # Each interviewer's thank-you note, tracked on its own. The round's thank-you follow-up
    # (at most one per round, email only) is written when every note is sent or skipped: a
    # note is part of that one step, never a third follow-up.
    op.create_table(
        "thank_you_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient_key", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("email", sa.Text, nullable=False, server_default=""),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False, server_default="email"),
        sa.Column("sent_at", sa.String(40)),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("message_id", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("interview_id", "recipient_key", name="uq_note_recipient"),
        sa.CheckConstraint("state IN ('sent', 'skipped')", name="ck_note_state"),
        sa.CheckConstraint("channel = 'email'", name="ck_note_email_only"),
        sa.CheckConstraint("state <> 'sent' OR sent_at IS NOT NULL", name="ck_note_sent_at"),
    )
    op.create_index("ix_thank_you_notes_interview_id", "thank_you_notes", ["interview_id"])
    _no_note_after_the_step()
    # Written before SMTP is spoken: at most one live send per note (or status inquiry), so
    # two processes, or a rerun after a crash, cannot both send it.
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("recipient_key", sa.Text, nullable=False),
        sa.Column("recipient_name", sa.Text, nullable=False, server_default=""),
        sa.Column("recipient_email", sa.Text, nullable=False),
        sa.Column("message_id", sa.Text, nullable=False, unique=True),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.CheckConstraint(
            "state IN ('prepared', 'sending', 'sent', 'recorded', 'done', 'dropped')",
            name="ck_outbox_state",
        ),
        sa.CheckConstraint("kind IN ('thank-you', 'status-inquiry')", name="ck_outbox_kind"),
    )
    op.create_index(
        "uq_outbox_live",
        "mail_outbox",
        ["interview_id", "kind", "recipient_key"],
        unique=True,
        sqlite_where=_NOT_DROPPED,
        postgresql_where=_NOT_DROPPED,
    )
    op.create_table(
        "mail_folders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("last_uid", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("scanned_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("account", "folder", name="uq_mail_folder"),
    )
    op.create_table(
        "mail_proposals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("message_key", sa.Text, nullable=False),
        sa.Column("message_id", sa.Text, nullable=False, server_default=""),
        sa.Column("sender", sa.Text, nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("mail_kind", sa.String(20), nullable=False, server_default="other"),
        sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
        sa.Column("confident", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("details", sa.Text, nullable=False, server_default="{}"),
        sa.Column("status", sa.String(10), nullable=False, server_default="proposed"),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("account", "folder", "message_key", name="uq_mail_proposal"),
        sa.CheckConstraint(
            "status IN ('proposed', 'applied', 'dismissed', 'info')", name="ck_proposal_status"
        ),
    )
    op.create_index("ix_mail_proposals_interview_id", "mail_proposals", ["interview_id"])
    op.create_table(
        "mail_reminders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reminded_at", sa.String(40), nullable=False),
        sa.Column("how", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("interview_id", "kind", name="uq_one_reminder_per_step"),
    )


_NOTE_TRIGGER_WHEN = (
    "EXISTS (SELECT 1 FROM follow_ups WHERE follow_ups.interview_id = NEW.interview_id "
    "AND follow_ups.kind = 'thank-you')"
)
_NOTE_TRIGGER_MESSAGE = "the thank-you of this round is already recorded"


def _no_note_after_the_step() -> None:
    """Once the round's thank-you step is recorded, no interviewer's note can be added: the
    notes make up that one step, they never add a follow-up. (Notes and the step are written
    in one transaction, notes first.)"""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION tactful_no_note_after_thank_you() RETURNS trigger AS $$ BEGIN "
            f"IF {_NOTE_TRIGGER_WHEN} THEN RAISE EXCEPTION '{_NOTE_TRIGGER_MESSAGE}' "
            "USING ERRCODE = '23514'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER tr_no_note_after_thank_you BEFORE INSERT ON thank_you_notes "
            "FOR EACH ROW EXECUTE FUNCTION tactful_no_note_after_thank_you()"
        )
    else:
        op.execute(
            "CREATE TRIGGER tr_no_note_after_thank_you BEFORE INSERT ON thank_you_notes "
            f"WHEN {_NOTE_TRIGGER_WHEN} BEGIN SELECT RAISE(ABORT, '{_NOTE_TRIGGER_MESSAGE}'); END"
        )
    _no_note_after_a_reply()


_AFTER_REPLY = "reply-recorded: no thank-you note after the employer replied"
"""Worded by `tactful.store.database.integrity_error`, like migration 0002's trigger."""


def _no_note_after_a_reply() -> None:
    """Nothing is sent after the employer's reply (migration 0002), notes included. On
    PostgreSQL the note first locks its round, as follow-ups and replies do, so a note and a
    reply of the same round are written one after the other."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION tactful_note_after_reply() RETURNS trigger AS $$ BEGIN "
            "PERFORM 1 FROM interviews WHERE id = NEW.interview_id FOR UPDATE; "
            "IF EXISTS (SELECT 1 FROM replies WHERE interview_id = NEW.interview_id) THEN "
            f"RAISE EXCEPTION '{_AFTER_REPLY}' USING ERRCODE = '23514'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER tr_note_after_reply BEFORE INSERT OR UPDATE OF interview_id "
            "ON thank_you_notes FOR EACH ROW EXECUTE FUNCTION tactful_note_after_reply()"
        )
    else:
        op.execute(
            "CREATE TRIGGER tr_note_after_reply BEFORE INSERT ON thank_you_notes "
            "WHEN EXISTS (SELECT 1 FROM replies WHERE replies.interview_id = NEW.interview_id) "
            f"BEGIN SELECT RAISE(ABORT, '{_AFTER_REPLY}'); END"
        )


def downgrade() -> None:
    for table in ("mail_reminders", "mail_proposals", "mail_folders", "mail_outbox"):
        op.drop_table(table)
    postgresql = op.get_bind().dialect.name == "postgresql"
    for trigger in ("tr_no_note_after_thank_you", "tr_note_after_reply"):
        op.execute(
            f"DROP TRIGGER IF EXISTS {trigger}" + (" ON thank_you_notes" if postgresql else "")
        )
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS tactful_no_note_after_thank_you()")
        op.execute("DROP FUNCTION IF EXISTS tactful_note_after_reply()")
    op.drop_table("thank_you_notes")
    with op.batch_alter_table("follow_ups") as batch:
        batch.drop_column("message_id")
