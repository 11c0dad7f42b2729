"""revoked access tokens: logout ends the access tokens of the login too, not only its refresh
tokens; each refresh token remembers the access token issued with it

Refresh tokens stored before have no access token recorded; their access tokens expire on
their own within minutes.

Revision ID: 2026_12_04_revoked_tokens
Revises: 2026_12_04_domain_strategy
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Short enough for alembic_version's VARCHAR(32) on PostgreSQL.
revision: str = "2026_12_04_revoked_tokens"
down_revision: str | None = "2026_12_04_domain_strategy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "revoked_access_tokens",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("jti", name=op.f("pk_revoked_access_tokens")),
    )
    # Nullable columns: a plain ALTER TABLE ADD COLUMN on both databases, no batch copy.
    op.add_column(
        "refresh_tokens", sa.Column("access_token_id", sa.String(length=64), nullable=True)
    )
    op.add_column(
        "refresh_tokens",
        sa.Column("access_expires_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    with op.batch_alter_table("refresh_tokens") as batch_op:
        batch_op.drop_column("access_expires_at")
        batch_op.drop_column("access_token_id")
    op.drop_table("revoked_access_tokens")
