"""issue register: issues, phase changes, stakeholder positions, activities, evaluations

Revision ID: 2026_11_29_issues
Revises: 2026_11_24_partner_positions
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_issues"
down_revision: str | None = "2026_11_24_partner_positions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issues",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "scope",
            sa.Enum(
                "member",
                "member_group",
                "association",
                "integral",
                name="issue_scope",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("scope_note", sa.String(length=500), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "monitoring",
                "active",
                "crisis",
                "closed",
                name="issue_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "phase",
            sa.Enum(
                "emergence",
                "societal_pressure",
                "opinion_forming",
                "political_consequences",
                "enforcement",
                name="issue_phase",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("phase_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("impact >= 1 AND impact <= 5", name=op.f("ck_issues_impact_range")),
        sa.CheckConstraint("urgency >= 1 AND urgency <= 5", name=op.f("ck_issues_urgency_range")),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_issues_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issues_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_issues_owner_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issues")),
    )
    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issues_organisation_id_status", ["organisation_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_issues_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "issue_activities",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("cost_estimate", sa.Integer(), nullable=False),
        sa.Column(
            "funding_source",
            sa.Enum(
                "own_budget",
                "members_contribution",
                "subsidy",
                "sponsor",
                "joint_fund",
                "other",
                name="funding_source",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("funded", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "cost_estimate >= 0", name=op.f("ck_issue_activities_cost_estimate_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_activities_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_activities_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_activities")),
    )
    with op.batch_alter_table("issue_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_activities_issue_id"), ["issue_id"], unique=False
        )
        batch_op.create_index(
            "ix_issue_activities_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "issue_evaluations",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("focus", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "continue",
                "adjust",
                "goal_reached",
                name="evaluation_outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_evaluations_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_evaluations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_issue_evaluations_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_evaluations")),
    )
    with op.batch_alter_table("issue_evaluations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_evaluations_issue_id"), ["issue_id"], unique=False
        )

    op.create_table(
        "issue_stakeholders",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("stakeholder_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stance",
            sa.Enum(
                "supportive",
                "neutral",
                "opposed",
                name="stakeholder_stance",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("interest", sa.Integer(), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "influence >= 1 AND influence <= 5", name=op.f("ck_issue_stakeholders_influence_range")
        ),
        sa.CheckConstraint(
            "interest >= 1 AND interest <= 5", name=op.f("ck_issue_stakeholders_interest_range")
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_stakeholders_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_stakeholders_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_issue_stakeholders_stakeholder_id_stakeholders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_stakeholders")),
        sa.UniqueConstraint(
            "issue_id", "stakeholder_id", name=op.f("uq_issue_stakeholders_issue_id_stakeholder_id")
        ),
    )
    with op.batch_alter_table("issue_stakeholders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_stakeholders_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "issue_changes",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "phase",
                "status",
                name="issue_change_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("old_value", sa.String(length=40), nullable=True),
        sa.Column("new_value", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evaluation_id", sa.Uuid(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_issue_changes_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["issue_evaluations.id"],
            name=op.f("fk_issue_changes_evaluation_id_issue_evaluations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_changes_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_changes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_changes")),
    )
    with op.batch_alter_table("issue_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issue_changes_issue_id"), ["issue_id"], unique=False)


def downgrade() -> None:
    op.drop_table("issue_changes")
    op.drop_table("issue_stakeholders")
    op.drop_table("issue_evaluations")
    op.drop_table("issue_activities")
    op.drop_table("issues")
