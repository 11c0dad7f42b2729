from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum
from vitaal.core.invitations import InvitationMixin


class OrganisationKind(StrEnum):
    municipality = "municipality"
    province = "province"
    trade_association = "trade_association"
    school = "school"
    housing_corporation = "housing_corporation"
    charity = "charity"
    company = "company"
    cultural_institution = "cultural_institution"
    residents_association = "residents_association"
    knowledge_institution = "knowledge_institution"
    other = "other"


class OrganisationRole(StrEnum):
    owner = "owner"
    admin = "admin"
    member = "member"


class Organisation(IdMixin, TimestampMixin, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind, "organisation_kind"))


class Membership(IdMixin, TimestampMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("organisation_id", "user_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[OrganisationRole] = mapped_column(str_enum(OrganisationRole, "organisation_role"))

    user: Mapped[User] = relationship(lazy="raise")


class OrganisationInvitation(InvitationMixin, IdMixin, TimestampMixin, Base):
    __tablename__ = "organisation_invitations"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[OrganisationRole] = mapped_column(str_enum(OrganisationRole, "organisation_role"))
