"""signals, feeds and Tob-3 rounds

Revision ID: 2026_11_29_signals
Revises: 2026_11_29_issues
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_11_29_signals"
down_revision: str | None = "2026_11_29_issues"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signal_feeds",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column(
            "source_type",
            sa.Enum(
                "member_conversation",
                "working_group",
                "community",
                "survey",
                "weak_signal",
                "newspaper",
                "social_media",
                "trade_media",
                "politics",
                "policy",
                "election_programme",
                "future_table",
                name="signal_source",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("interval_minutes", sa.Integer(), nullable=True),
        sa.Column("next_fetch_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("last_fetched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "last_outcome",
            sa.Enum(
                "ok",
                "unreachable",
                "http_error",
                "too_large",
                "not_a_feed",
                "malformed",
                "blocked",
                "conflict",
                name="fetch_outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("last_items_new", sa.Integer(), nullable=True),
        sa.Column("last_items_duplicate", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_signal_feeds_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_signal_feeds_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_feeds")),
        sa.UniqueConstraint(
            "organisation_id", "url", name=op.f("uq_signal_feeds_organisation_id_url")
        ),
    )
    with op.batch_alter_table("signal_feeds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signal_feeds_next_fetch_at"), ["next_fetch_at"], unique=False
        )

    op.create_table(
        "signals",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "source_type",
            sa.Enum(
                "member_conversation",
                "working_group",
                "community",
                "survey",
                "weak_signal",
                "newspaper",
                "social_media",
                "trade_media",
                "politics",
                "policy",
                "election_programme",
                "future_table",
                name="signal_source",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum(
                "entered",
                "feed",
                "upload",
                name="signal_origin",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("feed_id", sa.Uuid(), nullable=True),
        sa.Column("dedup_key", sa.String(length=64), nullable=True),
        sa.Column("entered_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "dismissed",
                "attached",
                "converted",
                name="signal_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("dismiss_reason", sa.Text(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=True),
        sa.Column("triaged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("triaged_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entered_by_id"],
            ["users.id"],
            name=op.f("fk_signals_entered_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["signal_feeds.id"],
            name=op.f("fk_signals_feed_id_signal_feeds"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_signals_issue_id_issues"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_signals_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["triaged_by_id"],
            ["users.id"],
            name=op.f("fk_signals_triaged_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signals")),
        sa.UniqueConstraint(
            "organisation_id", "dedup_key", name=op.f("uq_signals_organisation_id_dedup_key")
        ),
    )
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signals_feed_id"), ["feed_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signals_issue_id"), ["issue_id"], unique=False)
        batch_op.create_index(
            "ix_signals_organisation_observed",
            ["organisation_id", "observed_on", "id"],
            unique=False,
        )

    op.create_table(
        "feed_fetches",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("feed_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "fetch",
                "upload",
                name="fetch_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("source_name", sa.String(length=2000), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "ok",
                "unreachable",
                "http_error",
                "too_large",
                "not_a_feed",
                "malformed",
                "blocked",
                "conflict",
                name="fetch_outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("items_total", sa.Integer(), nullable=False),
        sa.Column("items_new", sa.Integer(), nullable=False),
        sa.Column("items_duplicate", sa.Integer(), nullable=False),
        sa.Column("triggered_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["signal_feeds.id"],
            name=op.f("fk_feed_fetches_feed_id_signal_feeds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_feed_fetches_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["triggered_by_id"],
            ["users.id"],
            name=op.f("fk_feed_fetches_triggered_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_fetches")),
    )
    with op.batch_alter_table("feed_fetches", schema=None) as batch_op:
        batch_op.create_index("ix_feed_fetches_feed_id_id", ["feed_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_feed_fetches_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "tob3_rounds",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("closes_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_tob3_rounds_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_tob3_rounds_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tob3_rounds")),
    )
    with op.batch_alter_table("tob3_rounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tob3_rounds_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "tob3_answers",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
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
    )
    with op.batch_alter_table("tob3_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tob3_answers_user_id"), ["user_id"], unique=False)

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
    with op.batch_alter_table("tob3_worries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tob3_worries_issue_id"), ["issue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tob3_worries_round_id"), ["round_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tob3_worries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tob3_worries_round_id"))
        batch_op.drop_index(batch_op.f("ix_tob3_worries_issue_id"))

    op.drop_table("tob3_worries")
    with op.batch_alter_table("tob3_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tob3_answers_user_id"))

    op.drop_table("tob3_answers")
    with op.batch_alter_table("tob3_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tob3_rounds_organisation_id"))

    op.drop_table("tob3_rounds")
    with op.batch_alter_table("feed_fetches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feed_fetches_organisation_id"))
        batch_op.drop_index("ix_feed_fetches_feed_id_id")

    op.drop_table("feed_fetches")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_index("ix_signals_organisation_observed")
        batch_op.drop_index(batch_op.f("ix_signals_issue_id"))
        batch_op.drop_index(batch_op.f("ix_signals_feed_id"))

    op.drop_table("signals")
    with op.batch_alter_table("signal_feeds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_feeds_next_fetch_at"))

    op.drop_table("signal_feeds")
