"""The stakeholder register of an organisation and its log of interactions.

Every row carries ``organisation_id``, children included, so each query can be scoped to the
organisation on its own table without trusting a join.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow


class StakeholderKind(StrEnum):
    organisation = "organisation"
    person = "person"


class StakeholderType(StrEnum):
    government = "government"
    education = "education"
    business = "business"
    civil_society = "civil_society"
    residents = "residents"
    knowledge_institution = "knowledge_institution"
    financier = "financier"
    other = "other"


class InteractionType(StrEnum):
    meeting = "meeting"
    call = "call"
    email = "email"
    visit = "visit"
    event = "event"


class Stakeholder(IdMixin, TimestampMixin, Base):
    __tablename__ = "stakeholders"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[StakeholderKind] = mapped_column(str_enum(StakeholderKind, "stakeholder_kind"))
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[StakeholderType] = mapped_column(str_enum(StakeholderType, "stakeholder_type"))
    sector: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case-folded in Python: SQLite's lower() and LIKE only fold ASCII, so "Één" would not
    # match "één" there; a folded copy searches the same way on both databases.
    search_text: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    contacts: Mapped[list[StakeholderContact]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="StakeholderContact.position",
        passive_deletes=True,
    )
    external_ids: Mapped[list[StakeholderExternalId]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class StakeholderContact(IdMixin, Base):
    __tablename__ = "stakeholder_contacts"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class StakeholderExternalId(IdMixin, Base):
    """The id a CRM system gives the stakeholder; one system's id names one stakeholder."""

    __tablename__ = "stakeholder_external_ids"
    __table_args__ = (UniqueConstraint("organisation_id", "system", "external_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    system: Mapped[str] = mapped_column(String(100))
    external_id: Mapped[str] = mapped_column(String(200))


class Interaction(IdMixin, TimestampMixin, Base):
    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_stakeholder_occurred", "stakeholder_id", "occurred_on"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE")
    )
    occurred_on: Mapped[date]
    type: Mapped[InteractionType] = mapped_column(str_enum(InteractionType, "interaction_type"))
    our_people: Mapped[list[str]] = mapped_column(JSON, default=list)
    their_people: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    created_by: Mapped[User | None] = relationship(lazy="raise")
    follow_ups: Mapped[list[FollowUp]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="FollowUp.position",
        passive_deletes=True,
    )


class FollowUp(IdMixin, Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_organisation_done_due", "organisation_id", "done", "due_on"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)
