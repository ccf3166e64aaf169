"""The first schema: applications, interview rounds, interviewers, follow-ups, replies, profile.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer, primary_key=True),
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
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "application_id",
            sa.Integer,
            sa.ForeignKey("applications.id", ondelete="CASCADE"),
            nullable=False,
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
    op.create_index("ix_interviews_application_id", "interviews", ["application_id"])
    op.create_table(
        "interviewers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("email", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_interviewers_interview_id", "interviewers", ["interview_id"])
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False, server_default="email"),
        sa.Column("sent_at", sa.String(40), nullable=False),
        sa.Column("recipients", sa.Text, nullable=False, server_default="[]"),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("interview_id", "kind", name="uq_follow_up_kind"),
        sa.CheckConstraint("kind IN ('thank-you', 'status-inquiry')", name="ck_follow_up_kind"),
        sa.CheckConstraint("channel = 'email'", name="ck_follow_up_email_only"),
    )
    op.create_index("ix_follow_ups_interview_id", "follow_ups", ["interview_id"])
    op.create_table(
        "replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False, server_default="other"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.CheckConstraint(
            "outcome IN ('offer', 'rejection', 'next-round', 'other')", name="ck_reply_outcome"
        ),
    )
    op.create_index("ix_replies_interview_id", "replies", ["interview_id"])
    op.create_table(
        "profile_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.CheckConstraint("kind IN ('skill', 'accomplishment')", name="ck_profile_kind"),
    )


def downgrade() -> None:
    for table in ("profile_items", "replies", "follow_ups", "interviewers", "interviews"):
        op.drop_table(table)
    op.drop_table("applications")
