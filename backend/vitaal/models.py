"""Imports every domain's models so ``Base.metadata`` knows all tables (for Alembic)."""

from vitaal.auth.models import LoginThrottle, RefreshToken, User
from vitaal.coalitions.models import Coalition, CoalitionInvitation, CoalitionMember
from vitaal.core.db import Base
from vitaal.organisations.models import Membership, Organisation, OrganisationInvitation
from vitaal.stakeholders.models import (
    FollowUp,
    Interaction,
    Stakeholder,
    StakeholderContact,
    StakeholderExternalId,
)

__all__ = [
    "Base",
    "Coalition",
    "CoalitionInvitation",
    "CoalitionMember",
    "FollowUp",
    "Interaction",
    "LoginThrottle",
    "Membership",
    "Organisation",
    "OrganisationInvitation",
    "RefreshToken",
    "Stakeholder",
    "StakeholderContact",
    "StakeholderExternalId",
    "User",
]
