"""tob3 links: members without an account answer a Tob-3 round through a link (one per member
organisation, or an open link where the respondent names the member), with the idempotency
keys of the answers sent through them

An answer given through a link has no user, so ``tob3_answers.user_id`` becomes nullable
beside the new ``link_id``. SQLite cannot change a column's nullability in place, and batch
mode would drop ``tob3_answers`` while ``tob3_worries`` still points at it (with foreign keys
on, the drop deletes every worry). So both tables are moved by hand, the same way on both
databases: copied aside, dropped worries first (nothing points at them), made anew and filled
from the copies.

Revision ID: 2026_12_04_tob3_links
Revises: 2026_12_04_issue_goal_reviews
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Short enough for alembic_version's VARCHAR(32) on PostgreSQL.
revision: str = "2026_12_04_tob3_links"
down_revision: str | None = "2026_12_04_issue_goal_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWER_COLUMNS = "organisation_id, round_id, user_id, on_behalf_of, updated_at, id, created_at"
WORRY_COLUMNS = "organisation_id, round_id, answer_id, rank, text, topic, issue_id, id"


def _answers(*, with_links: bool) -> None:
    link_columns: list[sa.schema.SchemaItem] = (
        [
            sa.Column("link_id", sa.Uuid(), nullable=True),
            sa.Column("member_key", sa.String(length=200), nullable=True),
            sa.CheckConstraint(
                "(user_id IS NULL) <> (link_id IS NULL)",
                name=op.f("ck_tob3_answers_one_respondent"),
            ),
            sa.ForeignKeyConstraint(
                ["link_id"],
                ["tob3_links.id"],
                name=op.f("fk_tob3_answers_link_id_tob3_links"),
                ondelete="CASCADE",
            ),
            sa.UniqueConstraint(
                "link_id", "member_key", name=op.f("uq_tob3_answers_link_id_member_key")
            ),
        ]
        if with_links
        else []
    )
    op.create_table(
        "tob3_answers",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=with_links),
        sa.Column("on_behalf_of", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tob3_answers_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["tob3_rounds.id"],
            name=op.f("fk_tob3_answers_round_id_tob3_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_tob3_answers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tob3_answers")),
        sa.UniqueConstraint("round_id", "user_id", name=op.f("uq_tob3_answers_round_id_user_id")),
        *link_columns,
    )
    op.create_index(op.f("ix_tob3_answers_user_id"), "tob3_answers", ["user_id"], unique=False)


def _worries() -> None:
    """Unchanged, but made anew: it points at the answers."""
    op.create_table(
        "tob3_worries",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("rank >= 1 AND rank <= 3", name=op.f("ck_tob3_worries_rank_range")),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["tob3_answers.id"],
            name=op.f("fk_tob3_worries_answer_id_tob3_answers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_tob3_worries_issue_id_issues"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tob3_worries_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["tob3_rounds.id"],
            name=op.f("fk_tob3_worries_round_id_tob3_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tob3_worries")),
        sa.UniqueConstraint("answer_id", "rank", name=op.f("uq_tob3_worries_answer_id_rank")),
    )
    op.create_index(op.f("ix_tob3_worries_issue_id"), "tob3_worries", ["issue_id"], unique=False)
    op.create_index(op.f("ix_tob3_worries_round_id"), "tob3_worries", ["round_id"], unique=False)


def _fill(table: str, columns: str) -> None:
    # Only this migration's own table and column names go into the statements.
    op.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {table}_moving")  # noqa: S608


def _move_answers(*, with_links: bool, keep: str) -> None:
    """Copy the answers (those ``keep`` selects) and their worries aside, make both tables
    anew and fill them from the copies."""
    op.execute(f"CREATE TABLE tob3_answers_moving AS SELECT * FROM tob3_answers WHERE {keep}")  # noqa: S608
    op.execute(
        "CREATE TABLE tob3_worries_moving AS SELECT * FROM tob3_worries "
        "WHERE answer_id IN (SELECT id FROM tob3_answers_moving)"
    )
    op.drop_table("tob3_worries")
    op.drop_table("tob3_answers")
    _answers(with_links=with_links)
    _worries()
    _fill("tob3_answers", ANSWER_COLUMNS)
    _fill("tob3_worries", WORRY_COLUMNS)
    op.drop_table("tob3_worries_moving")
    op.drop_table("tob3_answers_moving")


def upgrade() -> None:
    op.create_table(
        "tob3_links",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "member",
                "open",
                name="tob3_link_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("member_name", sa.String(length=200), nullable=False),
        sa.Column("member_key", sa.String(length=200), nullable=True),
        sa.Column("stakeholder_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_tob3_links_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tob3_links_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["tob3_rounds.id"],
            name=op.f("fk_tob3_links_round_id_tob3_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholders.id"],
            name=op.f("fk_tob3_links_stakeholder_id_stakeholders"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tob3_links")),
        sa.UniqueConstraint(
            "round_id", "member_key", name=op.f("uq_tob3_links_round_id_member_key")
        ),
        sa.UniqueConstraint("token_hash", name=op.f("uq_tob3_links_token_hash")),
    )
    op.create_table(
        "tob3_link_requests",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_digest", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("link_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"],
            ["tob3_links.id"],
            name=op.f("fk_tob3_link_requests_link_id_tob3_links"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tob3_link_requests_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tob3_link_requests")),
        sa.UniqueConstraint("link_id", "key", name=op.f("uq_tob3_link_requests_link_id_key")),
    )
    _move_answers(with_links=True, keep="1 = 1")


def downgrade() -> None:
    op.drop_table("tob3_link_requests")
    # Answers given through a link have no user and cannot go back; users' answers do.
    _move_answers(with_links=False, keep="user_id IS NOT NULL")
    op.drop_table("tob3_links")
