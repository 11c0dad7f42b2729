"""founding rule: who must sign the founding agreement, and the potential partners of a founding

Revision ID: 2026_12_04_founding_rule
Revises: 2026_12_04_visibility
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2026_12_04_founding_rule"
down_revision: str | None = "2026_12_04_visibility"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RULES = ("all_parties", "signed_parties")


def _add_rule_column(table: str, column: str) -> None:
    """A VARCHAR with its CHECK written inline, as both databases accept in ADD COLUMN.

    ``op.add_column`` with the enum type would add the CHECK as a separate ALTER, which SQLite
    cannot do (alembic skips it there with a warning), and batch mode would copy and drop the
    coalitions table, and with foreign keys on, the drop cascades to everything under it.
    Existing rows get today's rule, ``all_parties``: every founding so far was made under it.
    """
    allowed = ", ".join(f"'{rule}'" for rule in RULES)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(40) DEFAULT '{RULES[0]}' NOT NULL "
        f"CONSTRAINT ck_{table}_founding_signatories CHECK ({column} IN ({allowed}))"
    )


def upgrade() -> None:
    _add_rule_column("coalitions", "founding_signatories")
    _add_rule_column("coalition_foundings", "signatories")
    op.add_column(
        "coalition_foundings",
        sa.Column("potential_partners", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    op.drop_column("coalition_foundings", "potential_partners")
    op.drop_column("coalition_foundings", "signatories")
    op.drop_column("coalitions", "founding_signatories")
