"""issue register: issues, phase changes, stakeholder positions, activities, evaluations

Revision ID: 2026_11_29_issues
Revises: 2026_11_24_partner_positions
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_issues"
down_revision: str | None = "2026_11_24_partner_positions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
