"""confrontation matrices: strengths and weaknesses against opportunities and threats

Revision ID: 2026_11_29_confrontation
Revises: 2026_11_29_agreements
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_confrontation"
down_revision: str | None = "2026_11_29_agreements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "confrontation_matrices",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_confrontation_matrices_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_confrontation_matrices_issue_id_issues"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_confrontation_matrices_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confrontation_matrices")),
    )
    with op.batch_alter_table("confrontation_matrices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_confrontation_matrices_issue_id"), ["issue_id"], unique=False
        )
        batch_op.create_index(
            "ix_confrontation_matrices_organisation_id", ["organisation_id"], unique=False
        )

    op.create_table(
        "confrontation_items",
        sa.Column("matrix_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "strength",
                "weakness",
                "opportunity",
                "threat",
                name="confrontation_item_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["matrix_id"],
            ["confrontation_matrices.id"],
            name=op.f("fk_confrontation_items_matrix_id_confrontation_matrices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confrontation_items")),
    )
    with op.batch_alter_table("confrontation_items", schema=None) as batch_op:
        batch_op.create_index("ix_confrontation_items_matrix_id", ["matrix_id"], unique=False)

    op.create_table(
        "confrontation_scores",
        sa.Column("internal_item_id", sa.Uuid(), nullable=False),
        sa.Column("external_item_id", sa.Uuid(), nullable=False),
        sa.Column("matrix_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint(
            "score BETWEEN 1 AND 3", name=op.f("ck_confrontation_scores_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["external_item_id"],
            ["confrontation_items.id"],
            name=op.f("fk_confrontation_scores_external_item_id_confrontation_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["internal_item_id"],
            ["confrontation_items.id"],
            name=op.f("fk_confrontation_scores_internal_item_id_confrontation_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["matrix_id"],
            ["confrontation_matrices.id"],
            name=op.f("fk_confrontation_scores_matrix_id_confrontation_matrices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "internal_item_id", "external_item_id", name=op.f("pk_confrontation_scores")
        ),
    )
    with op.batch_alter_table("confrontation_scores", schema=None) as batch_op:
        batch_op.create_index("ix_confrontation_scores_matrix_id", ["matrix_id"], unique=False)


def downgrade() -> None:
    op.drop_table("confrontation_scores")
    op.drop_table("confrontation_items")
    op.drop_table("confrontation_matrices")
