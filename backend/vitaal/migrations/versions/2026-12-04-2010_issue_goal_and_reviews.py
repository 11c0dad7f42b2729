"""issue goal and reviews: an issue's workable frame (goal, objectives, added value) with its
history and the goal an evaluation was judged against; a collaboration's start and the answers
a portfolio review gives to the seed's questions

Revision ID: 2026_12_04_issue_goal_reviews
Revises: 2026_12_04_founding_rule
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Short enough for alembic_version's VARCHAR(32) on PostgreSQL.
revision: str = "2026_12_04_issue_goal_reviews"
down_revision: str | None = "2026_12_04_founding_rule"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWERS = ("yes", "partly", "no")
ANSWER_COLUMNS = ("purpose_changed", "agreements_hold", "strategy_fit", "return_lapsed")
REVIEW_NOTES = (
    "purpose_note",
    "agreements_note",
    "impact_contribution",
    "strategy_note",
    "loyalty_note",
    "return_note",
)
FRAME_FIELDS = ("goal", "objectives", "added_value")

# Plain ADD/DROP COLUMN, which SQLite (3.35+) does in place: batch mode would copy and drop the
# tables, and with foreign keys on, the drop cascades to the rows under them.


def _add_answer_column(column: str) -> None:
    """A nullable VARCHAR with its CHECK written inline, as both databases accept in ADD COLUMN
    (``op.add_column`` with the enum type would add the CHECK as a separate ALTER, which SQLite
    cannot do). The constraint is named after the column, as the model's enum is."""
    allowed = ", ".join(f"'{answer}'" for answer in ANSWERS)
    op.execute(
        f"ALTER TABLE collaboration_reviews ADD COLUMN {column} VARCHAR(40) "
        f"CONSTRAINT ck_collaboration_reviews_{column} CHECK ({column} IN ({allowed}))"
    )


def upgrade() -> None:
    op.add_column("issues", sa.Column("goal", sa.Text(), nullable=True))
    op.add_column(
        "issues",
        sa.Column("objectives", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    op.add_column("issues", sa.Column("added_value", sa.Text(), nullable=True))
    # Evaluations recorded before: no goal existed to judge them against.
    op.add_column("issue_evaluations", sa.Column("goal", sa.Text(), nullable=True))
    op.create_table(
        "issue_frame_changes",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                *FRAME_FIELDS,
                name="issue_frame_field",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("old_objectives", sa.JSON(), nullable=True),
        sa.Column("new_objectives", sa.JSON(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_issue_frame_changes_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_frame_changes_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_frame_changes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_frame_changes")),
    )
    op.create_index(
        op.f("ix_issue_frame_changes_issue_id"), "issue_frame_changes", ["issue_id"], unique=False
    )

    op.add_column("collaborations", sa.Column("started_on", sa.Date(), nullable=True))
    for column in ANSWER_COLUMNS:
        _add_answer_column(column)
    for column in REVIEW_NOTES:
        op.add_column(
            "collaboration_reviews",
            sa.Column(column, sa.Text(), nullable=False, server_default=sa.text("''")),
        )
    # Reviews made before kept no length: the start was not known then.
    op.add_column(
        "collaboration_reviews", sa.Column("relationship_months", sa.Integer(), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("collaboration_reviews", "relationship_months")
    for column in reversed(REVIEW_NOTES):
        op.drop_column("collaboration_reviews", column)
    for column in reversed(ANSWER_COLUMNS):
        op.drop_column("collaboration_reviews", column)
    op.drop_column("collaborations", "started_on")
    op.drop_index(op.f("ix_issue_frame_changes_issue_id"), table_name="issue_frame_changes")
    op.drop_table("issue_frame_changes")
    op.drop_column("issue_evaluations", "goal")
    op.drop_column("issues", "added_value")
    op.drop_column("issues", "objectives")
    op.drop_column("issues", "goal")
