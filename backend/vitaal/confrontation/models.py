"""Confrontation matrices (DOMAIN.md §1): an organisation's strengths and weaknesses against
the opportunities and threats around it, for the whole organisation or for one issue.

Items and scores carry no ``organisation_id`` of their own: they are only ever reached
through their matrix, which is resolved (and scoped) first.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.confrontation.analysis import ItemKind
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow


class ConfrontationMatrix(IdMixin, TimestampMixin, Base):
    __tablename__ = "confrontation_matrices"
    __table_args__ = (Index("ix_confrontation_matrices_organisation_id", "organisation_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    # An organisation-wide matrix has no issue; one made for an issue outlives the link.
    issue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issues.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    items: Mapped[list[ConfrontationItem]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(ConfrontationItem.position, ConfrontationItem.id)",
        passive_deletes=True,
    )
    scores: Mapped[list[ConfrontationScore]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )


class ConfrontationItem(IdMixin, TimestampMixin, Base):
    __tablename__ = "confrontation_items"
    __table_args__ = (Index("ix_confrontation_items_matrix_id", "matrix_id"),)

    matrix_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("confrontation_matrices.id", ondelete="CASCADE")
    )
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind, "confrontation_item_kind"))
    label: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class ConfrontationScore(Base):
    """One cell: how strongly an inside item (S/W) bears on an outside item (O/T), 0-3.

    A cell scored 0 is not stored: absent and 0 mean the same, so clearing a cell deletes it.
    """

    __tablename__ = "confrontation_scores"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 3", name="score_range"),
        Index("ix_confrontation_scores_matrix_id", "matrix_id"),
    )

    internal_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("confrontation_items.id", ondelete="CASCADE"), primary_key=True
    )
    external_item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("confrontation_items.id", ondelete="CASCADE"), primary_key=True
    )
    matrix_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("confrontation_matrices.id", ondelete="CASCADE")
    )
    score: Mapped[int] = mapped_column(SmallInteger)
