"""An organisation's portfolio of collaborations, their reviews and pauses (DOMAIN.md §3).

Every row carries ``organisation_id``, children included, so each query can be scoped to the
organisation on its own table without trusting a join.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.coalitions.models import Coalition
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.stakeholders.models import Stakeholder


class Relevance(StrEnum):
    """Where a collaboration stands now; reviews move it one step at a time."""

    low = "low"
    medium = "medium"
    high = "high"


class RelevanceChange(StrEnum):
    """A review's verdict: the collaboration became more, equally or less relevant."""

    more = "more"
    same = "same"
    less = "less"


class ReviewAnswer(StrEnum):
    """The answer to one of a review's yes-or-no questions, with room for "partly"."""

    yes = "yes"
    partly = "partly"
    no = "no"


class Collaboration(IdMixin, TimestampMixin, Base):
    __tablename__ = "collaborations"
    __table_args__ = (
        # Serves the scoped list and its relevance filter alike.
        Index("ix_collaborations_organisation_id_relevance", "organisation_id", "relevance"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL")
    )
    coalition_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalitions.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    contribution: Mapped[str] = mapped_column(Text, default="")
    we_give: Mapped[str] = mapped_column(Text, default="")
    we_get: Mapped[str] = mapped_column(Text, default="")
    flexibility: Mapped[str] = mapped_column(Text, default="")
    relevance: Mapped[Relevance] = mapped_column(str_enum(Relevance, "relevance"))
    # When the relationship began, which may be long before it entered the portfolio; a review
    # keeps how long it had lasted by then (the seed weighs loyalty and a long relationship).
    started_on: Mapped[date | None]
    # Mirrors the open pause row so the list can filter on it without a subquery.
    paused_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    stakeholder: Mapped[Stakeholder | None] = relationship(lazy="raise")
    coalition: Mapped[Coalition | None] = relationship(lazy="raise")
    reviews: Mapped[list[CollaborationReview]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(CollaborationReview.reviewed_on, CollaborationReview.id)",
        passive_deletes=True,
    )
    pauses: Mapped[list[CollaborationPause]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="CollaborationPause.id",
        passive_deletes=True,
    )

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def pause(self) -> CollaborationPause | None:
        """The pause in force; None while the collaboration runs."""
        return next((p for p in self.pauses if p.resumed_at is None), None)


class CollaborationReview(IdMixin, TimestampMixin, Base):
    """A review of one collaboration: its relevance now, and the answers to the questions the
    seed asks of a collaboration in a changed situation. Every answer is optional, so a quick
    review stays quick; an unanswered question is null (answers) or empty (notes)."""

    __tablename__ = "collaboration_reviews"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    collaboration_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("collaborations.id", ondelete="CASCADE"), index=True
    )
    reviewed_on: Mapped[date]
    relevance: Mapped[RelevanceChange] = mapped_column(
        str_enum(RelevanceChange, "relevance_change")
    )
    # Kept with the review: the level it led to, so the history reads without recalculating.
    relevance_after: Mapped[Relevance] = mapped_column(str_enum(Relevance, "relevance"))
    note: Mapped[str] = mapped_column(Text, default="")
    # Has the why, what and how (*waarom, waarin en hoe*) of working together changed?
    purpose_changed: Mapped[ReviewAnswer | None] = mapped_column(
        str_enum(ReviewAnswer, "purpose_changed")
    )
    purpose_note: Mapped[str] = mapped_column(Text, default="")
    # Do the existing agreements still hold, now that they are in a new light?
    agreements_hold: Mapped[ReviewAnswer | None] = mapped_column(
        str_enum(ReviewAnswer, "agreements_hold")
    )
    agreements_note: Mapped[str] = mapped_column(Text, default="")
    # What it contributes to the intended societal impact and the outcomes needed for it.
    impact_contribution: Mapped[str] = mapped_column(Text, default="")
    # Does it still fit the organisation's own, possibly changed, strategy?
    strategy_fit: Mapped[ReviewAnswer | None] = mapped_column(
        str_enum(ReviewAnswer, "strategy_fit")
    )
    strategy_note: Mapped[str] = mapped_column(Text, default="")
    # Loyalty between the partners; the relationship's length beside it is kept in whole
    # months at the review date (null when the collaboration's start is not known).
    loyalty_note: Mapped[str] = mapped_column(Text, default="")
    relationship_months: Mapped[int | None]
    # Has the partner's return (*tegenprestatie*) lapsed?
    return_lapsed: Mapped[ReviewAnswer | None] = mapped_column(
        str_enum(ReviewAnswer, "return_lapsed")
    )
    return_note: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    reviewer_name: Mapped[str] = mapped_column(String(200))


class CollaborationPause(IdMixin, Base):
    """One period in which the collaboration was paused; open while ``resumed_at`` is null."""

    __tablename__ = "collaboration_pauses"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    collaboration_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("collaborations.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    paused_at: Mapped[datetime] = mapped_column(default=utcnow)
    paused_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    paused_by_name: Mapped[str] = mapped_column(String(200))
    resumed_at: Mapped[datetime | None]
    resumed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    resumed_by_name: Mapped[str | None] = mapped_column(String(200))
