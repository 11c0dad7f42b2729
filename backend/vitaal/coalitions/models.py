from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.core.invitations import InvitationMixin


class CoalitionStatus(StrEnum):
    forming = "forming"
    active = "active"
    closed = "closed"


class FoundingSignatories(StrEnum):
    """Who must have signed the agreement a coalition is founded on (step 9).

    `all_parties`: every party to the agreement that signs in Vitaal must have signed its
    current version.
    `signed_parties`: the parties that signed are the founding partners, the others stay
    potential partners that can sign later (the seed: a coalition starts when a relevant part
    of the task can be tackled, not when everyone is on board). At least one partner
    organisation besides the coordinators must have signed: the coordinators prepare the
    founding, they do not found a coalition on their own signatures.
    """

    all_parties = "all_parties"
    signed_parties = "signed_parties"


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
    # The preparation pieces (vitaal.visibility.WorkPiece) the coordinators share with all
    # member organisations; on the row so every request that loads the coalition has it.
    shared_work: Mapped[list[str]] = mapped_column(JSON, default=list)
    founding_signatories: Mapped[FoundingSignatories] = mapped_column(
        str_enum(FoundingSignatories, "founding_signatories"),
        default=FoundingSignatories.all_parties,
    )


class CoalitionMember(IdMixin, Base):
    __tablename__ = "coalition_members"
    __table_args__ = (UniqueConstraint("coalition_id", "organisation_id"),)

    coalition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[CoalitionRole] = mapped_column(str_enum(CoalitionRole, "coalition_role"))
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A partner organisation the coordinators added to the core team sees the preparation.
    # Coordinators are always in it; observers never are.
    core_team: Mapped[bool] = mapped_column(default=False)


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


class VisibilityChangeKind(StrEnum):
    shared = "shared"
    unshared = "unshared"
    core_team_added = "core_team_added"
    core_team_removed = "core_team_removed"


class VisibilityChange(IdMixin, Base):
    """Every change of who sees the preparation, kept as history."""

    __tablename__ = "coalition_visibility_changes"

    coalition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("coalitions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[VisibilityChangeKind] = mapped_column(
        str_enum(VisibilityChangeKind, "visibility_change_kind")
    )
    piece: Mapped[str | None] = mapped_column(String(40))
    member_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
