from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.core.invitations import InvitationMixin


class CoalitionStatus(StrEnum):
    forming = "forming"
    active = "active"
    closed = "closed"


class CoalitionRole(StrEnum):
    coordinator = "coordinator"  # kwartiermaker
    partner = "partner"
    observer = "observer"


class Coalition(IdMixin, TimestampMixin, Base):
    __tablename__ = "coalitions"

    name: Mapped[str] = mapped_column(String(200))
    societal_goal: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CoalitionStatus] = mapped_column(
        str_enum(CoalitionStatus, "coalition_status"), default=CoalitionStatus.forming
    )
    founding_organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CoalitionMember(IdMixin, Base):
    __tablename__ = "coalition_members"
    __table_args__ = (UniqueConstraint("coalition_id", "organisation_id"),)

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[CoalitionRole] = mapped_column(str_enum(CoalitionRole, "coalition_role"))
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class CoalitionInvitation(InvitationMixin, IdMixin, TimestampMixin, Base):
    __tablename__ = "coalition_invitations"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[CoalitionRole] = mapped_column(str_enum(CoalitionRole, "coalition_role"))
    note: Mapped[str] = mapped_column(Text, default="")
    organisation_name_hint: Mapped[str] = mapped_column(String(200), default="")
    inviting_organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    accepted_by_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
