"""meetings, working structures and the plan of approach

Revision ID: 2026_11_29_meetings
Revises: 2026_11_29_journey
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_meetings"
down_revision: str | None = "2026_11_29_journey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
