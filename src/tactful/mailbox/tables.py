"""The mailbox's tables (migration 0003), on the store's metadata."""

from __future__ import annotations

import sqlalchemy as sa

from tactful.store.schema import metadata, owner

_NOT_DROPPED = sa.text("state <> 'dropped'")


def _fk() -> sa.ForeignKey:
    return sa.ForeignKey("interviews.id", ondelete="CASCADE")


outbox = sa.Table(
    "mail_outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("interview_id", sa.Integer, _fk(), nullable=False),
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
    sa.Index(
        "uq_outbox_live",
        "interview_id",
        "kind",
        "recipient_key",
        unique=True,
        sqlite_where=_NOT_DROPPED,
        postgresql_where=_NOT_DROPPED,
    ),
)

folders = sa.Table(
    "mail_folders",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("folder", sa.Text, nullable=False),
    sa.Column("uidvalidity", sa.BigInteger, nullable=False),
    sa.Column("last_uid", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("scanned_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("account", "folder", name="uq_mail_folder"),
)

proposals = sa.Table(
    "mail_proposals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("folder", sa.Text, nullable=False),
    sa.Column("message_key", sa.Text, nullable=False),
    sa.Column("message_id", sa.Text, nullable=False, server_default=""),
    sa.Column("sender", sa.Text, nullable=False, server_default=""),
    sa.Column("subject", sa.Text, nullable=False, server_default=""),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("interview_id", sa.Integer, _fk(), nullable=True, index=True),
    sa.Column("mail_kind", sa.String(20), nullable=False, server_default="other"),
    sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
    sa.Column("confident", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("action", sa.String(20), nullable=False),
    sa.Column("details", sa.Text, nullable=False, server_default="{}"),
    sa.Column("status", sa.String(10), nullable=False, server_default="proposed"),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("account", "folder", "message_key", name="uq_mail_proposal"),
)

reminders = sa.Table(
    "mail_reminders",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("interview_id", sa.Integer, _fk(), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("reminded_at", sa.String(40), nullable=False),
    sa.Column("how", sa.Text, nullable=False, server_default=""),
    sa.UniqueConstraint("interview_id", "kind", name="uq_one_reminder_per_step"),
)
