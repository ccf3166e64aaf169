"""Rules the database holds under races, beyond the two-follow-up cap.

Revision ID: 0002
Revises: 0001
"""

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled in by the foundations work (nothing is recorded after the employer's reply)."""


def downgrade() -> None:
    pass
