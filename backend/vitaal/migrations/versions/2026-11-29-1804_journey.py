"""coalition journey: steps, bilateral conversations, interests, own plans

Revision ID: 2026_11_29_journey
Revises: 2026_11_29_signals
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_journey"
down_revision: str | None = "2026_11_29_signals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "collaboration_drafts",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_collaboration_drafts_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration_drafts")),
        sa.UniqueConstraint("coalition_id", name=op.f("uq_collaboration_drafts_coalition_id")),
    )
    op.create_table(
        "journey_step_changes",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "forward",
                "reopened",
                "round_repeated",
                name="journey_change_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "from_status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="journey_step_status_from",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="journey_step_status_to",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.Column("changed_by_name", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_journey_step_changes_changed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_journey_step_changes_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_step_changes")),
    )
    op.create_index(
        "ix_journey_step_changes_coalition_id_step",
        "journey_step_changes",
        ["coalition_id", "step"],
        unique=False,
    )
    op.create_table(
        "journey_steps",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="journey_step_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("skip_reason", sa.Text(), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("updated_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status <> 'skipped' OR length(skip_reason) > 0",
            name=op.f("ck_journey_steps_skip_needs_reason"),
        ),
        sa.CheckConstraint("step >= 1 AND step <= 10", name=op.f("ck_journey_steps_step_range")),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_journey_steps_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_steps")),
        sa.UniqueConstraint(
            "coalition_id", "step", name=op.f("uq_journey_steps_coalition_id_step")
        ),
    )
    op.create_table(
        "partner_conversations",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("interviewer_id", sa.Uuid(), nullable=True),
        sa.Column("interviewer_name", sa.String(length=200), nullable=False),
        sa.Column("spoke_with", sa.String(length=200), nullable=False),
        sa.Column("driver", sa.Text(), nullable=False),
        sa.Column("developments", sa.Text(), nullable=False),
        sa.Column("expected_yield", sa.Text(), nullable=False),
        sa.Column("adapt_activities", sa.Text(), nullable=False),
        sa.Column("extra_efforts", sa.Text(), nullable=False),
        sa.Column("worries", sa.Text(), nullable=False),
        sa.Column("agreements_recording", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_partner_conversations_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_id"],
            ["users.id"],
            name=op.f("fk_partner_conversations_interviewer_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["coalition_partners.id"],
            name=op.f("fk_partner_conversations_partner_id_coalition_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_conversations")),
    )
    op.create_index(
        "ix_partner_conversations_coalition_id_held_on",
        "partner_conversations",
        ["coalition_id", "held_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_partner_conversations_partner_id"),
        "partner_conversations",
        ["partner_id"],
        unique=False,
    )
    op.create_table(
        "partner_interests",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("topic_key", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("reason_to_join", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "weight >= 1 AND weight <= 5", name=op.f("ck_partner_interests_weight_range")
        ),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_partner_interests_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["coalition_partners.id"],
            name=op.f("fk_partner_interests_partner_id_coalition_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_interests")),
        sa.UniqueConstraint(
            "partner_id", "topic_key", name=op.f("uq_partner_interests_partner_id_topic_key")
        ),
    )
    op.create_index(
        op.f("ix_partner_interests_coalition_id"),
        "partner_interests",
        ["coalition_id"],
        unique=False,
    )
    op.create_table(
        "partner_plans",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column(
            "execution_power",
            sa.Enum(
                "own",
                "extra_means",
                "none",
                name="execution_power",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_partner_plans_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["coalition_partners.id"],
            name=op.f("fk_partner_plans_partner_id_coalition_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_plans")),
        sa.UniqueConstraint("partner_id", name=op.f("uq_partner_plans_partner_id")),
    )
    op.create_index(
        op.f("ix_partner_plans_coalition_id"), "partner_plans", ["coalition_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_partner_plans_coalition_id"), table_name="partner_plans")
    op.drop_table("partner_plans")
    op.drop_index(op.f("ix_partner_interests_coalition_id"), table_name="partner_interests")
    op.drop_table("partner_interests")
    op.drop_index(op.f("ix_partner_conversations_partner_id"), table_name="partner_conversations")
    op.drop_index(
        "ix_partner_conversations_coalition_id_held_on", table_name="partner_conversations"
    )
    op.drop_table("partner_conversations")
    op.drop_table("journey_steps")
    op.drop_index("ix_journey_step_changes_coalition_id_step", table_name="journey_step_changes")
    op.drop_table("journey_step_changes")
    op.drop_table("collaboration_drafts")
