"""issue approach: crisis assessments and protocols, reputation actions, position papers,
communication plans and agenda items

Revision ID: 2026_11_29_issue_approach
Revises: 2026_11_29_confrontation
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_issue_approach"
down_revision: str | None = "2026_11_29_confrontation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
