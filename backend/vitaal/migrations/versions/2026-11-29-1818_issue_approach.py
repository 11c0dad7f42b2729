"""issue approach: crisis assessments and protocols, reputation actions, position papers,
communication plans and agenda items

Revision ID: 2026_11_29_issue_approach
Revises: 2026_11_29_confrontation
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_issue_approach"
down_revision: str | None = "2026_11_29_confrontation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "crisis_assessments",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column(
            "reputation",
            sa.Enum(
                "none",
                "real",
                "acute",
                name="reputation_threat",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "continuity",
            sa.Enum(
                "none",
                "real",
                "acute",
                name="continuity_threat",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "subject",
            sa.Enum(
                "association",
                "sector",
                "both",
                name="threat_subject",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("several_members", sa.Boolean(), nullable=False),
        sa.Column("member_affects_whole", sa.Boolean(), nullable=False),
        sa.Column("is_crisis", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessed_by_id", sa.Uuid(), nullable=True),
        sa.Column("assessed_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"],
            ["users.id"],
            name=op.f("fk_crisis_assessments_assessed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_crisis_assessments_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_crisis_assessments_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_assessments")),
    )
    with op.batch_alter_table("crisis_assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_crisis_assessments_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "issue_agenda_items",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column(
            "forum",
            sa.Enum(
                "board",
                "members_meeting",
                "working_group",
                "other",
                name="agenda_forum",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "discussed",
                "postponed",
                name="agenda_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_agenda_items_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_agenda_items_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_agenda_items")),
    )
    with op.batch_alter_table("issue_agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issue_agenda_items_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "issue_coalitions",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("started", sa.Boolean(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("linked_by_id", sa.Uuid(), nullable=True),
        sa.Column("linked_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_issue_coalitions_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_coalitions_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["linked_by_id"],
            ["users.id"],
            name=op.f("fk_issue_coalitions_linked_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_coalitions_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_coalitions")),
        sa.UniqueConstraint(
            "issue_id", "coalition_id", name=op.f("uq_issue_coalitions_issue_id_coalition_id")
        ),
    )
    with op.batch_alter_table("issue_coalitions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_coalitions_coalition_id"), ["coalition_id"], unique=False
        )
        batch_op.create_index(
            "ix_issue_coalitions_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "issue_policy_links",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_policy_links_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_policy_links_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_policy_links")),
    )
    with op.batch_alter_table("issue_policy_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_issue_policy_links_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "position_paper_versions",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_position_paper_versions_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_position_paper_versions_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_position_paper_versions_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position_paper_versions")),
        sa.UniqueConstraint(
            "issue_id", "number", name=op.f("uq_position_paper_versions_issue_id_number")
        ),
    )
    with op.batch_alter_table("position_paper_versions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_position_paper_versions_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "reputation_actions",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "proactive_core_risks",
                "build_reserve",
                "protect",
                name="reputation_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_reputation_actions_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_reputation_actions_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reputation_actions")),
    )
    with op.batch_alter_table("reputation_actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reputation_actions_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "crisis_protocols",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("escalated_by_id", sa.Uuid(), nullable=True),
        sa.Column("escalated_by_name", sa.String(length=200), nullable=False),
        sa.Column("de_escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("de_escalated_by_id", sa.Uuid(), nullable=True),
        sa.Column("de_escalated_by_name", sa.String(length=200), nullable=True),
        sa.Column("de_escalation_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["crisis_assessments.id"],
            name=op.f("fk_crisis_protocols_assessment_id_crisis_assessments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["de_escalated_by_id"],
            ["users.id"],
            name=op.f("fk_crisis_protocols_de_escalated_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["escalated_by_id"],
            ["users.id"],
            name=op.f("fk_crisis_protocols_escalated_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_crisis_protocols_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_crisis_protocols_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_protocols")),
        sa.UniqueConstraint("issue_id", "number", name=op.f("uq_crisis_protocols_issue_id_number")),
    )
    with op.batch_alter_table("crisis_protocols", schema=None) as batch_op:
        batch_op.create_index(
            "ix_crisis_protocols_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )

    op.create_table(
        "communication_items",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("protocol_id", sa.Uuid(), nullable=True),
        sa.Column("audience", sa.String(length=300), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "newsletter",
                "website",
                "social_media",
                "press",
                "meeting",
                "letter",
                "phone",
                "video",
                "factsheet",
                "other",
                name="communication_channel",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "sent",
                "done",
                name="communication_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_communication_items_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_communication_items_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["crisis_protocols.id"],
            name=op.f("fk_communication_items_protocol_id_crisis_protocols"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_items")),
    )
    with op.batch_alter_table("communication_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_communication_items_organisation_id_issue_id",
            ["organisation_id", "issue_id"],
            unique=False,
        )
        batch_op.create_index("ix_communication_items_protocol_id", ["protocol_id"], unique=False)

    op.create_table(
        "crisis_tasks",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("protocol_id", sa.Uuid(), nullable=False),
        sa.Column(
            "scenario",
            sa.Enum(
                "signalling",
                "first_response",
                "stabilisation",
                "evaluation",
                "closure",
                name="crisis_scenario",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_crisis_tasks_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["crisis_protocols.id"],
            name=op.f("fk_crisis_tasks_protocol_id_crisis_protocols"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_tasks")),
    )
    with op.batch_alter_table("crisis_tasks", schema=None) as batch_op:
        batch_op.create_index("ix_crisis_tasks_protocol_id", ["protocol_id"], unique=False)

    op.create_table(
        "crisis_team_members",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("protocol_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead",
                "spokesperson",
                "secretary",
                "member",
                "advisor",
                name="crisis_role",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_crisis_team_members_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["crisis_protocols.id"],
            name=op.f("fk_crisis_team_members_protocol_id_crisis_protocols"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_crisis_team_members_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_team_members")),
    )
    with op.batch_alter_table("crisis_team_members", schema=None) as batch_op:
        batch_op.create_index("ix_crisis_team_members_protocol_id", ["protocol_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("crisis_team_members", schema=None) as batch_op:
        batch_op.drop_index("ix_crisis_team_members_protocol_id")

    op.drop_table("crisis_team_members")
    with op.batch_alter_table("crisis_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_crisis_tasks_protocol_id")

    op.drop_table("crisis_tasks")
    with op.batch_alter_table("communication_items", schema=None) as batch_op:
        batch_op.drop_index("ix_communication_items_protocol_id")
        batch_op.drop_index("ix_communication_items_organisation_id_issue_id")

    op.drop_table("communication_items")
    with op.batch_alter_table("crisis_protocols", schema=None) as batch_op:
        batch_op.drop_index("ix_crisis_protocols_organisation_id_issue_id")

    op.drop_table("crisis_protocols")
    with op.batch_alter_table("reputation_actions", schema=None) as batch_op:
        batch_op.drop_index("ix_reputation_actions_organisation_id_issue_id")

    op.drop_table("reputation_actions")
    with op.batch_alter_table("position_paper_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_position_paper_versions_organisation_id_issue_id")

    op.drop_table("position_paper_versions")
    with op.batch_alter_table("issue_policy_links", schema=None) as batch_op:
        batch_op.drop_index("ix_issue_policy_links_organisation_id_issue_id")

    op.drop_table("issue_policy_links")
    with op.batch_alter_table("issue_coalitions", schema=None) as batch_op:
        batch_op.drop_index("ix_issue_coalitions_organisation_id_issue_id")
        batch_op.drop_index(batch_op.f("ix_issue_coalitions_coalition_id"))

    op.drop_table("issue_coalitions")
    with op.batch_alter_table("issue_agenda_items", schema=None) as batch_op:
        batch_op.drop_index("ix_issue_agenda_items_organisation_id_issue_id")

    op.drop_table("issue_agenda_items")
    with op.batch_alter_table("crisis_assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_crisis_assessments_organisation_id_issue_id")

    op.drop_table("crisis_assessments")
