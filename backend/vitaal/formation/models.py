"""Coalition formation, round 1: bilateral conversations with partners (step 1), their
interests (step 2) and the coordinator's own plan for the collaboration (step 3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.formation.domain import TopicDecision
from vitaal.partners.models import CoalitionPartner


class PartnerConversation(IdMixin, TimestampMixin, Base):
    """One bilateral conversation with a (potential) partner and its answers to the seven
    questions of step 1; a partner may be spoken to several times."""

    __tablename__ = "partner_conversations"
    __table_args__ = (
        Index("ix_partner_conversations_coalition_id_held_on", "coalition_id", "held_on"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date]
    interviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    interviewer_name: Mapped[str] = mapped_column(String(200))
    spoke_with: Mapped[str] = mapped_column(String(200), default="")
    driver: Mapped[str] = mapped_column(Text, default="")
    developments: Mapped[str] = mapped_column(Text, default="")
    expected_yield: Mapped[str] = mapped_column(Text, default="")
    adapt_activities: Mapped[str] = mapped_column(Text, default="")
    extra_efforts: Mapped[str] = mapped_column(Text, default="")
    worries: Mapped[str] = mapped_column(Text, default="")
    agreements_recording: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    partner: Mapped[CoalitionPartner] = relationship(lazy="raise")

    @property
    def partner_name(self) -> str:
        return self.partner.name


class PartnerInterest(IdMixin, TimestampMixin, Base):
    """A topic a partner cares about, with its weight; possibly its reason to join."""

    __tablename__ = "partner_interests"
    __table_args__ = (
        UniqueConstraint("partner_id", "topic_key"),
        CheckConstraint("weight >= 1 AND weight <= 5", name="weight_range"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE")
    )
    topic: Mapped[str] = mapped_column(String(200))
    # domain.topic_key(topic): what topics are matched on, across partners.
    topic_key: Mapped[str] = mapped_column(String(200))
    weight: Mapped[int]
    reason_to_join: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DomainDecision(IdMixin, Base):
    """What the coalition decided about one candidate topic of its domain, why, and who.

    Keyed by the topic as the domain matches it (``domain.topic_key``), not by an interest: the
    decision is about the topic, whoever holds it. It stays when the last partner drops the
    topic, and applies again when a partner names it again.
    """

    __tablename__ = "domain_decisions"
    __table_args__ = (UniqueConstraint("coalition_id", "topic_key"),)

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    topic_key: Mapped[str] = mapped_column(String(200))
    decision: Mapped[TopicDecision] = mapped_column(str_enum(TopicDecision, "domain_decision"))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    decided_by_name: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExecutionPower(StrEnum):
    """*Uitvoeringskracht*: can the partner carry out its part itself?"""

    own = "own"  # within its existing work package
    extra_means = "extra_means"  # only with extra financing (subsidy, assignment, joint fund)
    none = "none"


class PartnerPlan(IdMixin, Base):
    """A partner's place in the coordinator's own plan (step 3): its role and execution power.

    Interest and influence are not stored here: they are read from the partner matrix
    (``partner_positions``) and the partner's interests when the plan is shown.
    """

    __tablename__ = "partner_plans"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), unique=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")
    execution_power: Mapped[ExecutionPower | None] = mapped_column(
        str_enum(ExecutionPower, "execution_power")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_by_name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CollaborationDraft(IdMixin, Base):
    """The coordinator's draft of how the collaboration is organised (step 3), one per coalition."""

    __tablename__ = "collaboration_drafts"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by_name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
