"""Tables, in SQLAlchemy Core. Portable on purpose (SQLite today, PostgreSQL later): instants are
ISO 8601 text with their offset, dates are ISO text, and the rules that must hold even when two
processes race are constraints, not code."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

OWNER = "owner_id"
"""Every row of data belongs to one user (migration 0005); `tactful.store.scope` keeps each
query to its owner's rows."""


def owner() -> sa.Column[int]:
    return sa.Column(OWNER, sa.Integer, nullable=False, index=True)


applications = sa.Table(
    "applications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("company", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("contact_name", sa.Text, nullable=False, server_default=""),
    sa.Column("contact_email", sa.Text, nullable=False, server_default=""),
    sa.Column("url", sa.Text, nullable=False, server_default=""),
    sa.Column("closing_date", sa.String(10)),
    sa.Column("posted_date", sa.String(10)),
    sa.Column("country", sa.String(8), nullable=False, server_default=""),
    sa.Column("subdivision", sa.String(16), nullable=False, server_default=""),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("requirements", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
    # The language of the application's emails ("en", "fr"), or "" for the configured default.
    sa.Column("language", sa.String(8), nullable=False, server_default=""),
)

interviews = sa.Table(
    "interviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column(
        "application_id",
        sa.Integer,
        sa.ForeignKey("applications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("round", sa.Integer, nullable=False),
    sa.Column("starts_at", sa.String(40), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False, server_default=""),
    sa.Column("duration_minutes", sa.Integer, nullable=False, server_default="60"),
    sa.Column("decision_date", sa.String(10)),
    sa.Column("timeline", sa.Text, nullable=False, server_default=""),
    sa.Column("many_candidates", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("selling_point", sa.Text, nullable=False, server_default=""),
    sa.Column("forgot", sa.Text, nullable=False, server_default=""),
    sa.Column("skipped", sa.Text, nullable=False, server_default=""),
    sa.Column("ical_uid", sa.Text, nullable=False, server_default=""),
    sa.Column("ical_sequence", sa.Integer, nullable=False, server_default="0"),
    sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("application_id", "round", name="uq_interview_round"),
    sa.CheckConstraint("duration_minutes > 0", name="ck_interview_duration"),
)

interviewers = sa.Table(
    "interviewers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column(
        "interview_id",
        sa.Integer,
        sa.ForeignKey("interviews.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
)

# At most two follow-ups per round, held by the database itself: a follow-up is one of two
# kinds, email only, and a round has at most one of each kind. Two processes racing to record
# the status email cannot both succeed.
follow_ups = sa.Table(
    "follow_ups",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column(
        "interview_id",
        sa.Integer,
        sa.ForeignKey("interviews.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("channel", sa.String(10), nullable=False, server_default="email"),
    sa.Column("sent_at", sa.String(40), nullable=False),
    sa.Column("recipients", sa.Text, nullable=False, server_default="[]"),
    sa.Column("subject", sa.Text, nullable=False, server_default=""),
    sa.Column("body", sa.Text, nullable=False, server_default=""),
    sa.Column("message_id", sa.Text, nullable=False, server_default=""),
    sa.UniqueConstraint("interview_id", "kind", name="uq_follow_up_kind"),
    sa.CheckConstraint("kind IN ('thank-you', 'status-inquiry')", name="ck_follow_up_kind"),
    sa.CheckConstraint("channel = 'email'", name="ck_follow_up_email_only"),
)

# Each interviewer's thank-you note on its own (migration 0003). The notes are parts of the
# round's one thank-you step: the follow_ups row above is written when every note is sent or
# skipped, so the two-follow-up cap holds as before.
thank_you_notes = sa.Table(
    "thank_you_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column(
        "interview_id",
        sa.Integer,
        sa.ForeignKey("interviews.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
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

replies = sa.Table(
    "replies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column(
        "interview_id",
        sa.Integer,
        sa.ForeignKey("interviews.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False, server_default="other"),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.CheckConstraint(
        "outcome IN ('offer', 'rejection', 'next-round', 'other')", name="ck_reply_outcome"
    ),
)

profile_items = sa.Table(
    "profile_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.CheckConstraint("kind IN ('skill', 'accomplishment')", name="ck_profile_kind"),
)


# Accounts (migration 0005). Rows of these tables belong to no one: the accounts service reads
# and writes them, never a member's scope.
users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.Text, nullable=False, unique=True),
    sa.Column("role", sa.String(10), nullable=False),
    sa.Column("password_hash", sa.Text),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("last_login_at", sa.String(40)),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE")),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("last_seen_at", sa.Float, nullable=False),
    sa.Column("revoked_at", sa.Float),
    sa.Column("address", sa.Text, nullable=False, server_default=""),
    sa.Column("user_agent", sa.Text, nullable=False, server_default=""),
)

one_time_tokens = sa.Table(
    "one_time_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("purpose", sa.String(10), nullable=False),
    sa.Column("email", sa.Text, nullable=False),
    sa.Column("role", sa.String(10), nullable=False, server_default="member"),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("used_at", sa.Float),
)

login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("address", sa.Text, nullable=False),
    sa.Column("at", sa.Float, nullable=False),
)

shares = sa.Table(
    "shares",
    metadata,
    sa.Column("member_id", sa.Integer, primary_key=True),
    sa.Column("coach_id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.String(40), nullable=False),
)

data_versions = sa.Table(
    "data_versions",
    metadata,
    sa.Column("owner_id", sa.Integer, primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
    info={"unowned": True},
)

user_settings = sa.Table(
    "user_settings",
    metadata,
    owner(),
    sa.Column("name", sa.String(40), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
)

coach_notes = sa.Table(
    "coach_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("coach_id", sa.Integer, nullable=False),
    sa.Column("member_id", sa.Integer, nullable=False),
    sa.Column("interview_id", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

reminders = sa.Table(
    "reminders",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    owner(),
    sa.Column("interview_id", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("message_id", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)


mail_accounts = sa.Table(
    "mail_accounts",
    metadata,
    owner(),
    sa.Column("account", sa.Text, nullable=False),
    sa.Column("secret", sa.Text, nullable=False),
)
"""A member's mail account in multi-user mode; `secret` is encrypted by the server's key."""


_owned: tuple[int, frozenset[str]] = (-1, frozenset())


def owned_tables() -> frozenset[str]:
    """The tables whose rows belong to a user (computed again only when a table joins the
    metadata: every scoped read asks, and sorting the metadata cost 80 µs each time)."""
    import tactful.mailbox.tables  # noqa: F401 - its tables join the metadata

    global _owned
    count, names = _owned
    if count != len(metadata.tables):
        names = frozenset(t.name for t in metadata.tables.values() if is_owned(t))
        _owned = (len(metadata.tables), names)
    return names


def is_owned(table: sa.Table) -> bool:
    return OWNER in table.c and not table.info.get("unowned")
