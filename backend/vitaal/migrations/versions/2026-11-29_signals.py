"""signals, feeds and Tob-3 rounds

Revision ID: 2026_11_29_signals
Revises: 2026_11_29_issues
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_signals"
down_revision: str | None = "2026_11_29_issues"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
