"""visibility: the core team, the preparation a coalition shares, and every change of it

Revision ID: 2026_12_04_visibility
Revises: 2026_11_29_issue_approach
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_12_04_visibility"
down_revision: str | None = "2026_11_29_issue_approach"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD/DROP COLUMN, which SQLite (3.35+) does in place: batch mode would copy and drop
    # the coalitions table, and with foreign keys on, the drop cascades to everything under it.
    op.add_column(
        "coalitions",
        sa.Column("shared_work", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    op.add_column(
        "coalition_members",
        sa.Column("core_team", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "coalition_visibility_changes",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "shared",
                "unshared",
                "core_team_added",
                "core_team_removed",
                name="visibility_change_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("piece", sa.String(length=40), nullable=True),
        sa.Column("member_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_coalition_visibility_changes_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_coalition_visibility_changes_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_coalition_visibility_changes_member_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_visibility_changes")),
    )
    op.create_index(
        op.f("ix_coalition_visibility_changes_coalition_id"),
        "coalition_visibility_changes",
        ["coalition_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_coalition_visibility_changes_coalition_id"),
        table_name="coalition_visibility_changes",
    )
    op.drop_table("coalition_visibility_changes")
    op.drop_column("coalition_members", "core_team")
    op.drop_column("coalitions", "shared_work")
