"""Imports every domain's models so ``Base.metadata`` knows all tables (for Alembic)."""

from vitaal.agreements.models import (
    Agreement,
    AgreementChoice,
    AgreementOption,
    AgreementParty,
    AgreementSignOff,
    AgreementVersion,
    CoalitionFounding,
)
from vitaal.approach.models import (
    IssueAgendaItem,
    IssueCoalition,
    IssuePolicyLink,
    PositionPaperVersion,
    ReputationAction,
)
from vitaal.auth.models import LoginThrottle, RefreshToken, RevokedAccessToken, User
from vitaal.coalitions.models import (
    Coalition,
    CoalitionInvitation,
    CoalitionMember,
    VisibilityChange,
)
from vitaal.communication.models import CommunicationItem
from vitaal.confrontation.models import (
    ConfrontationItem,
    ConfrontationMatrix,
    ConfrontationScore,
)
from vitaal.core.db import Base
from vitaal.crisis.models import (
    CrisisAssessment,
    CrisisProtocol,
    CrisisTask,
    CrisisTeamMember,
    CrisisTemplateTask,
)
from vitaal.formation.models import (
    CollaborationDraft,
    DomainDecision,
    PartnerConversation,
    PartnerInterest,
    PartnerPlan,
)
from vitaal.issues.models import (
    Issue,
    IssueActivity,
    IssueChange,
    IssueEvaluation,
    IssueFrameChange,
    IssueStakeholder,
)
from vitaal.journey.models import JourneyStep, JourneyStepChange
from vitaal.meetings.models import (
    AgendaItem,
    CommitmentLevelSetting,
    CommitmentRecord,
    Meeting,
    MeetingDocument,
    MeetingInvitee,
    MeetingOutcome,
)
from vitaal.organisations.models import Membership, Organisation, OrganisationInvitation
from vitaal.partners.models import (
    AmbitionLineChange,
    CoalitionPartner,
    PartnerAssessment,
    PartnerPosition,
    PartnerStrategy,
    PartnerStrategyChange,
)
from vitaal.plan.models import PlanAction, WorkingStructure, WorkingStructureMember
from vitaal.portfolio.models import Collaboration, CollaborationPause, CollaborationReview
from vitaal.signals.models import FeedFetch, Signal, SignalFeed
from vitaal.stakeholders.models import (
    FollowUp,
    Interaction,
    Stakeholder,
    StakeholderContact,
    StakeholderExternalId,
)
from vitaal.tob3.models import Tob3Answer, Tob3Link, Tob3LinkRequest, Tob3Round, Tob3Worry

__all__ = [
    "AgendaItem",
    "Agreement",
    "AgreementChoice",
    "AgreementOption",
    "AgreementParty",
    "AgreementSignOff",
    "AgreementVersion",
    "AmbitionLineChange",
    "Base",
    "Coalition",
    "CoalitionFounding",
    "CoalitionInvitation",
    "CoalitionMember",
    "CoalitionPartner",
    "Collaboration",
    "CollaborationDraft",
    "CollaborationPause",
    "CollaborationReview",
    "CommitmentLevelSetting",
    "CommitmentRecord",
    "CommunicationItem",
    "ConfrontationItem",
    "ConfrontationMatrix",
    "ConfrontationScore",
    "CrisisAssessment",
    "CrisisProtocol",
    "CrisisTask",
    "CrisisTeamMember",
    "CrisisTemplateTask",
    "DomainDecision",
    "FeedFetch",
    "FollowUp",
    "Interaction",
    "Issue",
    "IssueActivity",
    "IssueAgendaItem",
    "IssueChange",
    "IssueCoalition",
    "IssueEvaluation",
    "IssueFrameChange",
    "IssuePolicyLink",
    "IssueStakeholder",
    "JourneyStep",
    "JourneyStepChange",
    "LoginThrottle",
    "Meeting",
    "MeetingDocument",
    "MeetingInvitee",
    "MeetingOutcome",
    "Membership",
    "Organisation",
    "OrganisationInvitation",
    "PartnerAssessment",
    "PartnerConversation",
    "PartnerInterest",
    "PartnerPlan",
    "PartnerPosition",
    "PartnerStrategy",
    "PartnerStrategyChange",
    "PlanAction",
    "PositionPaperVersion",
    "RefreshToken",
    "ReputationAction",
    "RevokedAccessToken",
    "Signal",
    "SignalFeed",
    "Stakeholder",
    "StakeholderContact",
    "StakeholderExternalId",
    "Tob3Answer",
    "Tob3Link",
    "Tob3LinkRequest",
    "Tob3Round",
    "Tob3Worry",
    "User",
    "VisibilityChange",
    "WorkingStructure",
    "WorkingStructureMember",
]
