"""method settings: an organisation's own crisis protocol template and its own words for the
commitment levels (both Vitaal rules, not from the method), and whether a crisis protocol's
tasks came from the organisation's own template

Revision ID: 2026_12_04_method_settings
Revises: 2026_12_04_tob3_links
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Short enough for alembic_version's VARCHAR(32) on PostgreSQL.
revision: str = "2026_12_04_method_settings"
down_revision: str | None = "2026_12_04_tob3_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCENARIOS = ("signalling", "first_response", "stabilisation", "evaluation", "closure")
LEVELS = ("not_interested", "exploring", "intends_to_join", "committed")


def _enum(values: Sequence[str], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _organisation_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["organisation_id"],
        ["organisations.id"],
        name=op.f(f"fk_{table}_organisation_id_organisations"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "crisis_template_tasks",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("scenario", _enum(SCENARIOS, "crisis_scenario"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_after_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "due_after_days >= 0 AND due_after_days <= 365",
            name=op.f("ck_crisis_template_tasks_due_after_range"),
        ),
        _organisation_fk("crisis_template_tasks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_template_tasks")),
    )
    op.create_index(
        "ix_crisis_template_tasks_organisation_id", "crisis_template_tasks", ["organisation_id"]
    )
    op.create_table(
        "commitment_level_settings",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("level", _enum(LEVELS, "commitment_level"), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("counts_as_commitment", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _organisation_fk("commitment_level_settings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_level_settings")),
        sa.UniqueConstraint(
            "organisation_id",
            "level",
            name=op.f("uq_commitment_level_settings_organisation_id_level"),
        ),
    )
    # Plain ADD COLUMN, in place on SQLite too. Every protocol so far came from Vitaal's template.
    op.add_column(
        "crisis_protocols",
        sa.Column("own_template", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("crisis_protocols", "own_template")
    op.drop_table("commitment_level_settings")
    op.drop_index("ix_crisis_template_tasks_organisation_id", table_name="crisis_template_tasks")
    op.drop_table("crisis_template_tasks")
