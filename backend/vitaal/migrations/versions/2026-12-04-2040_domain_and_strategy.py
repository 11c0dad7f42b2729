"""domain and strategy: what the coalition decided about each candidate topic of its domain
(in, out or undecided), with the reason and who decided

A partner strategy's planned actions gained a kind (free, ambassador, enforcement, joint
agreements); they are a JSON list on the strategy, read with a default for the actions stored
before, so that needs no change here.

Revision ID: 2026_12_04_domain_strategy
Revises: 2026_12_04_method_settings
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Short enough for alembic_version's VARCHAR(32) on PostgreSQL.
revision: str = "2026_12_04_domain_strategy"
down_revision: str | None = "2026_12_04_method_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "domain_decisions",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("topic_key", sa.String(length=200), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "in_domain",
                "not_in_domain",
                "undecided",
                name="domain_decision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("decided_by_name", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_domain_decisions_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["users.id"],
            name=op.f("fk_domain_decisions_decided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domain_decisions")),
        sa.UniqueConstraint(
            "coalition_id", "topic_key", name=op.f("uq_domain_decisions_coalition_id_topic_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("domain_decisions")
