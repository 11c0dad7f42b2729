"""agreements: versions, options, sign-offs and founding

Revision ID: 2026_11_29_agreements
Revises: 2026_11_29_meetings
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_agreements"
down_revision: str | None = "2026_11_29_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "intent_declaration",
                "covenant",
                "contract",
                "initiative_proposal",
                "plan_of_approach",
                "programme_plan",
                name="agreement_type",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_agreements_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    op.create_index(
        op.f("ix_agreements_coalition_id"), "agreements", ["coalition_id"], unique=False
    )
    op.create_table(
        "agreement_options",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "content",
                "governance",
                name="option_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "governance_model",
            sa.Enum(
                "steering_group",
                "lead_organisation",
                "programme_team",
                "other",
                name="governance_model",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("pros", sa.JSON(), nullable=False),
        sa.Column("cons", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_options_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_options")),
    )
    op.create_index(
        op.f("ix_agreement_options_agreement_id"),
        "agreement_options",
        ["agreement_id"],
        unique=False,
    )
    op.create_table(
        "agreement_parties",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_parties_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["coalition_partners.id"],
            name=op.f("fk_agreement_parties_partner_id_coalition_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_parties")),
        sa.UniqueConstraint(
            "agreement_id", "partner_id", name=op.f("uq_agreement_parties_agreement_id_partner_id")
        ),
    )
    op.create_index(
        op.f("ix_agreement_parties_partner_id"), "agreement_parties", ["partner_id"], unique=False
    )
    op.create_table(
        "agreement_versions",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "text",
                "options",
                name="version_reason",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_for_signature_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_by_name", sa.String(length=200), nullable=True),
        sa.Column("options_snapshot", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_versions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_agreement_versions_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_versions")),
        sa.UniqueConstraint(
            "agreement_id", "number", name=op.f("uq_agreement_versions_agreement_id_number")
        ),
    )
    op.create_table(
        "agreement_choices",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "content",
                "governance",
                name="option_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("option_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("chosen_by_id", sa.Uuid(), nullable=True),
        sa.Column("chosen_by_name", sa.String(length=200), nullable=False),
        sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_choices_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["chosen_by_id"],
            ["users.id"],
            name=op.f("fk_agreement_choices_chosen_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["agreement_options.id"],
            name=op.f("fk_agreement_choices_option_id_agreement_options"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_choices")),
        sa.UniqueConstraint(
            "agreement_id", "kind", name=op.f("uq_agreement_choices_agreement_id_kind")
        ),
    )
    op.create_index(
        op.f("ix_agreement_choices_option_id"), "agreement_choices", ["option_id"], unique=False
    )
    op.create_table(
        "agreement_sign_offs",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("partner_name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_sign_offs_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_agreement_sign_offs_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["coalition_partners.id"],
            name=op.f("fk_agreement_sign_offs_partner_id_coalition_partners"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_agreement_sign_offs_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_agreement_sign_offs_version_id_agreement_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_sign_offs")),
        sa.UniqueConstraint(
            "version_id", "partner_id", name=op.f("uq_agreement_sign_offs_version_id_partner_id")
        ),
    )
    op.create_index(
        "ix_agreement_sign_offs_agreement_id_signed_at",
        "agreement_sign_offs",
        ["agreement_id", "signed_at"],
        unique=False,
    )
    op.create_table(
        "coalition_foundings",
        sa.Column("coalition_id", sa.Uuid(), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=False),
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("founding_partners", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_coalition_foundings_agreement_id_agreements"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["coalition_id"],
            ["coalitions.id"],
            name=op.f("fk_coalition_foundings_coalition_id_coalitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_coalition_foundings_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_versions.id"],
            name=op.f("fk_coalition_foundings_version_id_agreement_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_foundings")),
        sa.UniqueConstraint("coalition_id", name=op.f("uq_coalition_foundings_coalition_id")),
    )
    op.create_index(
        op.f("ix_coalition_foundings_agreement_id"),
        "coalition_foundings",
        ["agreement_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_coalition_foundings_version_id"),
        "coalition_foundings",
        ["version_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_coalition_foundings_version_id"), table_name="coalition_foundings")
    op.drop_index(op.f("ix_coalition_foundings_agreement_id"), table_name="coalition_foundings")
    op.drop_table("coalition_foundings")
    op.drop_index("ix_agreement_sign_offs_agreement_id_signed_at", table_name="agreement_sign_offs")
    op.drop_table("agreement_sign_offs")
    op.drop_index(op.f("ix_agreement_choices_option_id"), table_name="agreement_choices")
    op.drop_table("agreement_choices")
    op.drop_table("agreement_versions")
    op.drop_index(op.f("ix_agreement_parties_partner_id"), table_name="agreement_parties")
    op.drop_table("agreement_parties")
    op.drop_index(op.f("ix_agreement_options_agreement_id"), table_name="agreement_options")
    op.drop_table("agreement_options")
    op.drop_index(op.f("ix_agreements_coalition_id"), table_name="agreements")
    op.drop_table("agreements")
