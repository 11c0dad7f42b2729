"""Imports every domain's models so ``Base.metadata`` knows all tables (for Alembic)."""

from vitaal.auth.models import LoginThrottle, RefreshToken, User
from vitaal.coalitions.models import Coalition, CoalitionInvitation, CoalitionMember
from vitaal.core.db import Base
from vitaal.organisations.models import Membership, Organisation, OrganisationInvitation
from vitaal.partners.models import (
    AmbitionLineChange,
    CoalitionPartner,
    PartnerAssessment,
    PartnerPosition,
    PartnerStrategy,
    PartnerStrategyChange,
)
from vitaal.portfolio.models import Collaboration, CollaborationPause, CollaborationReview
from vitaal.stakeholders.models import (
    FollowUp,
    Interaction,
    Stakeholder,
    StakeholderContact,
    StakeholderExternalId,
)

__all__ = [
    "AmbitionLineChange",
    "Base",
    "Coalition",
    "CoalitionInvitation",
    "CoalitionMember",
    "CoalitionPartner",
    "Collaboration",
    "CollaborationPause",
    "CollaborationReview",
    "FollowUp",
    "Interaction",
    "LoginThrottle",
    "Membership",
    "Organisation",
    "OrganisationInvitation",
    "PartnerAssessment",
    "PartnerPosition",
    "PartnerStrategy",
    "PartnerStrategyChange",
    "RefreshToken",
    "Stakeholder",
    "StakeholderContact",
    "StakeholderExternalId",
    "User",
]
