"""The mail loop: outbox, per-interviewer thank-you notes, inbox state (filled in by the mail work).

Revision ID: 0003
Revises: 0002
"""

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """An empty slot, so that work on several branches chains its migrations in one order."""


def downgrade() -> None:
    pass
