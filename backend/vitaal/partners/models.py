"""Partners of a coalition, their assessments, and the coalition's ambition line."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.partners.matrix import Strategy
from vitaal.partners.strategy import StrategyDirection


class PartnerStatus(StrEnum):
    current = "current"
    potential = "potential"


class ContactIntensity(StrEnum):
    daily = "daily"
    regular = "regular"
    occasional = "occasional"


class Commitment(StrEnum):
    multi_year = "multi_year"
    none = "none"


class Financing(StrEnum):
    contract = "contract"
    subsidy = "subsidy"
    own_means = "own_means"


class RelationshipType(StrEnum):
    partnership = "partnership"
    business_client = "business_client"  # opdrachtgeversrelatie


class CoalitionPartner(IdMixin, TimestampMixin, Base):
    """A current or potential partner of a coalition: a stakeholder from a member
    organisation's register, a member organisation itself, or just a name."""

    __tablename__ = "coalition_partners"
    __table_args__ = (
        UniqueConstraint("coalition_id", "stakeholder_id"),
        UniqueConstraint("coalition_id", "member_organisation_id"),
        CheckConstraint(
            "target_influence IS NULL OR (target_influence >= 0 AND target_influence <= 10)",
            name="target_influence_range",
        ),
        CheckConstraint(
            "target_dependency IS NULL OR (target_dependency >= 0 AND target_dependency <= 10)",
            name="target_dependency_range",
        ),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    # Indexed for the stakeholder timeline, which looks partners up by their stakeholder.
    stakeholder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL"), index=True
    )
    member_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    added_by_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    status: Mapped[PartnerStatus] = mapped_column(str_enum(PartnerStatus, "partner_status"))
    contact_intensity: Mapped[ContactIntensity | None] = mapped_column(
        str_enum(ContactIntensity, "contact_intensity")
    )
    commitment: Mapped[Commitment | None] = mapped_column(str_enum(Commitment, "commitment"))
    financing: Mapped[Financing | None] = mapped_column(str_enum(Financing, "financing"))
    relationship_type: Mapped[RelationshipType] = mapped_column(
        str_enum(RelationshipType, "relationship_type")
    )
    target_influence: Mapped[float | None] = mapped_column(Float)
    target_dependency: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PartnerAssessment(IdMixin, Base):
    """One person's dated score of one partner; kept as history, never edited."""

    __tablename__ = "partner_assessments"
    __table_args__ = (
        Index("ix_partner_assessments_coalition_id_assessed_at", "coalition_id", "assessed_at"),
        CheckConstraint("influence >= 0 AND influence <= 10", name="influence_range"),
        CheckConstraint("dependency >= 0 AND dependency <= 10", name="dependency_range"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), index=True
    )
    assessor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    assessor_name: Mapped[str] = mapped_column(String(200))
    influence: Mapped[float] = mapped_column(Float)
    dependency: Mapped[float] = mapped_column(Float)
    rationale: Mapped[str] = mapped_column(Text, default="")
    assessed_at: Mapped[datetime] = mapped_column(default=utcnow)


class PartnerPosition(Base):
    """A partner's aggregated position, kept up to date when it is assessed.

    Derived from ``partner_assessments`` by ``aggregate.aggregate`` (median of each assessor's
    latest score, the ranges, the day-by-day trail). Stored so that the coalition matrix reads
    one row per partner instead of folding every assessment ever made on every request.
    """

    __tablename__ = "partner_positions"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), primary_key=True
    )
    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    influence: Mapped[float] = mapped_column(Float)
    dependency: Mapped[float] = mapped_column(Float)
    assessors: Mapped[int]
    influence_range: Mapped[float] = mapped_column(Float)
    dependency_range: Mapped[float] = mapped_column(Float)
    disagreement: Mapped[bool]
    last_assessed_at: Mapped[datetime]
    # [{"on": ISO date, "influence": …, "dependency": …}, …], oldest first: the shape the API
    # returns, so the matrix passes it on without rebuilding thousands of points per request.
    trail: Mapped[list[dict[str, str | float]]] = mapped_column(JSON)


class AmbitionLineChange(IdMixin, Base):
    """Every setting of a coalition's ambition line; the newest one is in force."""

    __tablename__ = "ambition_line_changes"
    __table_args__ = (
        Index("ix_ambition_line_changes_coalition_id_changed_at", "coalition_id", "changed_at"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    base: Mapped[float] = mapped_column(Float)
    slope: Mapped[float] = mapped_column(Float)
    midpoint: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class PartnerStrategy(IdMixin, TimestampMixin, Base):
    """The strategy a coalition chose for one partner; it may differ from the matrix's
    suggestion, which moves with every assessment, so the suggestion is never stored here."""

    __tablename__ = "partner_strategies"
    __table_args__ = (
        # The reviews-due list: one coalition's strategies by review date.
        Index("ix_partner_strategies_coalition_id_review_on", "coalition_id", "review_on"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), unique=True
    )
    strategy: Mapped[Strategy] = mapped_column(str_enum(Strategy, "strategy"))
    direction: Mapped[StrategyDirection | None] = mapped_column(
        str_enum(StrategyDirection, "strategy_direction")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    # Replaced as a whole with every change and only read with the strategy: no table of its own.
    # Each is a ``PlannedAction``; those stored before actions had a kind read as free ones.
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    review_on: Mapped[date | None]
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    updated_by_name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PartnerStrategyChange(IdMixin, Base):
    """Every change of a partner's chosen strategy or direction: who, when, why, and what the
    matrix suggested at that moment."""

    __tablename__ = "partner_strategy_changes"

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), index=True
    )
    strategy: Mapped[Strategy] = mapped_column(str_enum(Strategy, "strategy"))
    direction: Mapped[StrategyDirection | None] = mapped_column(
        str_enum(StrategyDirection, "strategy_direction")
    )
    suggested: Mapped[Strategy | None] = mapped_column(str_enum(Strategy, "suggested_strategy"))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
