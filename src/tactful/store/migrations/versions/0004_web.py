"""The web's needs: each application's language (filled in by the web work).

Revision ID: 0004
Revises: 0003
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """An empty slot, so that work on several branches chains its migrations in one order."""


def downgrade() -> None:
    pass
