"""The plan of approach (step 8) and the working structures that elaborate it (step 6).

Every row carries ``coalition_id``, children included, so each query is scoped to the coalition
on its own table without trusting a join.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.partners.models import CoalitionPartner
from vitaal.plan.coverage import ActionFinancing, PlanActionStatus


class WorkingStructureKind(StrEnum):
    working_group = "working_group"  # werkgroep
    project_team = "project_team"  # projectteam
    programme_team = "programme_team"  # programmateam
    steering_group = "steering_group"  # stuurgroep
    sounding_board = "sounding_board"  # klankbordgroep


class WorkingStructure(IdMixin, TimestampMixin, Base):
    __tablename__ = "working_structures"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[WorkingStructureKind] = mapped_column(
        str_enum(WorkingStructureKind, "structure_kind")
    )
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    members: Mapped[list[WorkingStructureMember]] = relationship(
        lazy="raise",
        order_by="WorkingStructureMember.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class WorkingStructureMember(IdMixin, Base):
    """A person in a working structure: a user of the portal or just a name, usually on behalf
    of one of the coalition's partners."""

    __tablename__ = "working_structure_members"

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    structure_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("working_structures.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="SET NULL"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")

    partner: Mapped[CoalitionPartner | None] = relationship(lazy="raise")

    @property
    def partner_name(self) -> str | None:
        return self.partner.name if self.partner else None


class PlanAction(IdMixin, TimestampMixin, Base):
    """One action of the plan of approach; its owner may still be missing (figure 4)."""

    __tablename__ = "plan_actions"
    __table_args__ = (
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_positive"),
        CheckConstraint("money >= 0", name="money_positive"),
        CheckConstraint("money_financed >= 0 AND money_financed <= money", name="financed_range"),
    )

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coalition_partners.id", ondelete="SET NULL"), index=True
    )
    hours: Mapped[int | None] = mapped_column(Integer)
    # Whole euros: plans of approach budget in euros, and integers add up exactly.
    money: Mapped[int] = mapped_column(BigInteger, default=0)
    money_financed: Mapped[int] = mapped_column(BigInteger, default=0)
    financing: Mapped[ActionFinancing | None] = mapped_column(
        str_enum(ActionFinancing, "action_financing")
    )
    starts_on: Mapped[date | None]
    due_on: Mapped[date | None]
    status: Mapped[PlanActionStatus] = mapped_column(
        str_enum(PlanActionStatus, "action_status"), default=PlanActionStatus.planned
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner_partner: Mapped[CoalitionPartner | None] = relationship(lazy="raise")

    @property
    def owner_partner_name(self) -> str | None:
        return self.owner_partner.name if self.owner_partner else None
