"""agreements: versions, options, sign-offs and founding

Revision ID: 2026_11_29_agreements
Revises: 2026_11_29_meetings
Create Date: 2026-11-29
"""

from collections.abc import Sequence

revision: str = "2026_11_29_agreements"
down_revision: str | None = "2026_11_29_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
