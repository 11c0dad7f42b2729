"""Meetings of a coalition (exploration, start, regular): invitations, documents sent beforehand,
the agenda, minutes, decisions and next steps, and the chair's commitment determination.

Every row carries ``coalition_id``, children included, so each query is scoped to the coalition
on its own table without trusting a join.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.partners.models import CoalitionPartner


class MeetingType(StrEnum):
    exploration = "exploration"  # verkenningsbijeenkomst (step 4/5)
    start = "start"  # startbijeenkomst, founding (step 9)
    regular = "regular"  # during execution (step 10)


class MeetingStatus(StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class InviteeScope(StrEnum):
    """Whom to invite (step 4): only partners with execution power, or stakeholders too."""

    execution_power_only = "execution_power_only"
    with_stakeholders = "with_stakeholders"


class InvitedBy(StrEnum):
    """From whom the invitation comes (step 4)."""

    lead_partner = "lead_partner"
    front_runners = "front_runners"


class AgendaPart(StrEnum):
    """The four parts of the seed's programme, in order."""

    vision = "vision"
    central = "central"
    conclusion = "conclusion"
    closing = "closing"


class InviteeAttendance(StrEnum):
    present = "present"
    absent = "absent"
    excused = "excused"


class MeetingOutcomeKind(StrEnum):
    decision = "decision"
    next_step = "next_step"


class CommitmentLevel(StrEnum):
    """Where a partner stands after the chair's determination, weakest first.

    A Vitaal rule, not from the method: the seed has the chair state "in welke mate er
    overeenstemming en commitment is" without a scale. The keys and their order are fixed, so a
    recorded determination keeps its meaning; an organisation names the levels in its own words
    (``CommitmentLevelSetting``).
    """

    not_interested = "not_interested"
    exploring = "exploring"
    intends_to_join = "intends_to_join"
    committed = "committed"


class Meeting(IdMixin, TimestampMixin, Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_coalition_id_starts_at", "coalition_id", "starts_at"),)

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    type: Mapped[MeetingType] = mapped_column(str_enum(MeetingType, "meeting_type"))
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus, "meeting_status"), default=MeetingStatus.planned
    )
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    place: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    invitee_scope: Mapped[InviteeScope | None] = mapped_column(
        str_enum(InviteeScope, "invitee_scope")
    )
    invited_by: Mapped[InvitedBy | None] = mapped_column(str_enum(InvitedBy, "invited_by"))
    invitation_note: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    invitees: Mapped[list[MeetingInvitee]] = relationship(
        lazy="raise",
        order_by="MeetingInvitee.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    documents: Mapped[list[MeetingDocument]] = relationship(
        lazy="raise",
        order_by="MeetingDocument.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        lazy="raise",
        order_by="(AgendaItem.position, AgendaItem.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    outcomes: Mapped[list[MeetingOutcome]] = relationship(
        lazy="raise",
        order_by="MeetingOutcome.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    commitments: Mapped[list[CommitmentRecord]] = relationship(
        lazy="raise",
        order_by="(CommitmentRecord.recorded_at, CommitmentRecord.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def agenda_minutes(self) -> int:
        return sum(item.duration_minutes or 0 for item in self.agenda)


class MeetingInvitee(IdMixin, Base):
    """A partner organisation and/or a person invited; attendance is filled in afterwards."""

    __tablename__ = "meeting_invitees"

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    has_execution_power: Mapped[bool | None]
    note: Mapped[str] = mapped_column(Text, default="")
    attendance: Mapped[InviteeAttendance | None] = mapped_column(
        str_enum(InviteeAttendance, "attendance")
    )

    partner: Mapped[CoalitionPartner | None] = relationship(lazy="raise")

    @property
    def partner_name(self) -> str | None:
        return self.partner.name if self.partner is not None else None


class MeetingDocument(IdMixin, Base):
    """Information sent beforehand (step 4): an occasion and goal, or a note with ideas."""

    __tablename__ = "meeting_documents"

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(1000))


class AgendaItem(IdMixin, Base):
    __tablename__ = "meeting_agenda_items"
    __table_args__ = (
        CheckConstraint(
            "duration_minutes IS NULL OR (duration_minutes >= 0 AND duration_minutes <= 1440)",
            name="duration_range",
        ),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[AgendaPart | None] = mapped_column(str_enum(AgendaPart, "agenda_part"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class MeetingOutcome(IdMixin, TimestampMixin, Base):
    """A decision taken or a next step agreed, with its owner and due date."""

    __tablename__ = "meeting_outcomes"

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeetingOutcomeKind] = mapped_column(str_enum(MeetingOutcomeKind, "outcome_kind"))
    description: Mapped[str] = mapped_column(Text)
    owner_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="SET NULL")
    )
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)

    owner_partner: Mapped[CoalitionPartner | None] = relationship(lazy="raise")

    @property
    def owner_partner_name(self) -> str | None:
        return self.owner_partner.name if self.owner_partner is not None else None


class CommitmentRecord(IdMixin, Base):
    """The chair's determination of one partner's commitment at one meeting; never edited, the
    latest per partner is its current level."""

    __tablename__ = "commitment_records"
    __table_args__ = (
        Index("ix_commitment_records_coalition_id_partner_id", "coalition_id", "partner_id"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="CASCADE")
    )
    level: Mapped[CommitmentLevel] = mapped_column(str_enum(CommitmentLevel, "commitment_level"))
    points_to_discuss: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    recorded_by_name: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    partner: Mapped[CoalitionPartner] = relationship(lazy="raise")

    @property
    def partner_name(self) -> str:
        return self.partner.name


class CommitmentLevelSetting(IdMixin, TimestampMixin, Base):
    """An organisation's own name and description for one level of the commitment scale, and
    whether the level counts as commitment. An organisation has a row for every level or none
    (Vitaal's scale); the coalitions it coordinates use its scale (``meetings.scale``)."""

    __tablename__ = "commitment_level_settings"
    __table_args__ = (UniqueConstraint("organisation_id", "level"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    level: Mapped[CommitmentLevel] = mapped_column(str_enum(CommitmentLevel, "commitment_level"))
    label: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    counts_as_commitment: Mapped[bool]
