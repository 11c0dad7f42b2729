"""coalition journey: steps, bilateral conversations, interests, own plans

Revision ID: 2026_11_29_journey
Revises: 2026_11_29_signals
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_journey"
down_revision: str | None = "2026_11_29_signals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
