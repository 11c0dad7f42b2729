"""The issue register of an organisation (DOMAIN.md §1): issues with their workable frame and
the history of their phase, status and frame, the stakeholder analysis per issue, issue-driven
planning and evaluation moments.

Every row carries ``organisation_id``, children included, so each query can be scoped to the
organisation on its own table without trusting a join. Signals, Tob-3 worries, the
confrontation matrix, crisis protocols and the approach hang off ``issues.id``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vitaal.auth.models import User
from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.issues.priority import Priority
from vitaal.issues.priority import priority as priority_of
from vitaal.stakeholders.models import Stakeholder


class IssueScope(StrEnum):
    """Whom the issue concerns (*agenderen*: for a member, a member group or the association)."""

    member = "member"
    member_group = "member_group"
    association = "association"
    integral = "integral"


class IssueStatus(StrEnum):
    monitoring = "monitoring"
    active = "active"
    crisis = "crisis"
    closed = "closed"


class IssuePhase(StrEnum):
    """The phases of the seed; an issue may skip one or go back, so there is no order rule."""

    emergence = "emergence"
    societal_pressure = "societal_pressure"
    opinion_forming = "opinion_forming"
    political_consequences = "political_consequences"
    enforcement = "enforcement"


class IssueChangeKind(StrEnum):
    phase = "phase"
    status = "status"


class IssueFrameField(StrEnum):
    """The parts of the issue's workable frame (*werkbaar kader*) whose changes are kept."""

    goal = "goal"
    objectives = "objectives"
    added_value = "added_value"


class StakeholderStance(StrEnum):
    """A stakeholder's position on one issue."""

    supportive = "supportive"
    neutral = "neutral"
    opposed = "opposed"


class FundingSource(StrEnum):
    own_budget = "own_budget"
    members_contribution = "members_contribution"
    subsidy = "subsidy"
    sponsor = "sponsor"
    joint_fund = "joint_fund"
    other = "other"


class EvaluationOutcome(StrEnum):
    continue_ = "continue"
    adjust = "adjust"
    goal_reached = "goal_reached"


@dataclass(frozen=True)
class Person:
    """Who did something, as recorded then: the name stays when the account is removed."""

    id: uuid.UUID | None
    name: str


class Issue(IdMixin, TimestampMixin, Base):
    __tablename__ = "issues"
    __table_args__ = (
        CheckConstraint("impact >= 1 AND impact <= 5", name="impact_range"),
        CheckConstraint("urgency >= 1 AND urgency <= 5", name="urgency_range"),
        Index("ix_issues_organisation_id_status", "organisation_id", "status"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[IssueScope] = mapped_column(str_enum(IssueScope, "issue_scope"))
    # Which member, which group, or which other parties share an integral issue.
    scope_note: Mapped[str] = mapped_column(String(500), default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[IssueStatus] = mapped_column(str_enum(IssueStatus, "issue_status"))
    phase: Mapped[IssuePhase] = mapped_column(str_enum(IssuePhase, "issue_phase"))
    phase_since: Mapped[datetime] = mapped_column(default=utcnow)
    impact: Mapped[int]
    urgency: Mapped[int]
    # The workable frame the seed asks for: what the issue is meant to achieve (null while not
    # written down, and then "goal reached" cannot be recorded), the objectives that make it
    # concrete, in order, and the added value that justifies working on it.
    goal: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_value: Mapped[str | None] = mapped_column(Text)
    # Case-folded title, description and tags (see stakeholders.models.Stakeholder).
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[owner_id])

    @property
    def priority(self) -> Priority:
        return priority_of(self.impact, self.urgency)


class IssueChange(IdMixin, Base):
    """One change of phase or status: from what, to what, when, by whom and why.

    The first rows of an issue (``old_value`` null) record the phase and status it was
    registered with. A change caused by an evaluation points at it."""

    __tablename__ = "issue_changes"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("issues.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[IssueChangeKind] = mapped_column(str_enum(IssueChangeKind, "issue_change_kind"))
    old_value: Mapped[str | None] = mapped_column(String(40))
    new_value: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    evaluation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("issue_evaluations.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(String(200))

    @property
    def changed_by(self) -> Person:
        return Person(id=self.changed_by_id, name=self.changed_by_name)


class IssueFrameChange(IdMixin, Base):
    """One change of the goal, the objectives or the added value: from what, to what, when and
    by whom. Texts go in ``old_value``/``new_value`` (null: none written down), the objectives
    in ``old_objectives``/``new_objectives``; the first row of a field an issue was registered
    with has no old value."""

    __tablename__ = "issue_frame_changes"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("issues.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[IssueFrameField] = mapped_column(str_enum(IssueFrameField, "issue_frame_field"))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # SQL NULL for "none", not a JSON null, so a row has one form of "not this kind".
    old_objectives: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    new_objectives: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(String(200))

    # Read in one history with the phase and status changes: an edit of the frame asks for no
    # reason, and no evaluation causes it.
    @property
    def reason(self) -> str:
        return ""

    @property
    def evaluation_id(self) -> uuid.UUID | None:
        return None

    @property
    def changed_by(self) -> Person:
        return Person(id=self.changed_by_id, name=self.changed_by_name)


class IssueStakeholder(IdMixin, TimestampMixin, Base):
    """A stakeholder of the register in the analysis of one issue; interest and influence
    are scored 1 (low) to 5 (high) on this issue."""

    __tablename__ = "issue_stakeholders"
    __table_args__ = (
        UniqueConstraint("issue_id", "stakeholder_id"),
        CheckConstraint("interest >= 1 AND interest <= 5", name="interest_range"),
        CheckConstraint("influence >= 1 AND influence <= 5", name="influence_range"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    stance: Mapped[StakeholderStance] = mapped_column(
        str_enum(StakeholderStance, "stakeholder_stance")
    )
    interest: Mapped[int]
    influence: Mapped[int]
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    stakeholder: Mapped[Stakeholder] = relationship(lazy="raise")


class IssueActivity(IdMixin, TimestampMixin, Base):
    """An activity planned for an issue, with its estimated cost in whole euros and where the
    money comes from (*planning kantelen*: issues first, then activities and costs, then means)."""

    __tablename__ = "issue_activities"
    __table_args__ = (
        CheckConstraint("cost_estimate >= 0", name="cost_estimate_not_negative"),
        Index("ix_issue_activities_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("issues.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    cost_estimate: Mapped[int]
    funding_source: Mapped[FundingSource] = mapped_column(str_enum(FundingSource, "funding_source"))
    funded: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class IssueEvaluation(IdMixin, TimestampMixin, Base):
    """A planned evaluation moment; the outcome is filled in when it has taken place."""

    __tablename__ = "issue_evaluations"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("issues.id", ondelete="CASCADE"), index=True
    )
    planned_on: Mapped[date]
    focus: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[EvaluationOutcome | None] = mapped_column(
        str_enum(EvaluationOutcome, "evaluation_outcome")
    )
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    # The issue's goal as it stood when the outcome was recorded, kept so that changing the goal
    # later does not change what this evaluation was judged against.
    goal: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None]
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    recorded_by_name: Mapped[str | None] = mapped_column(String(200))

    @property
    def recorded_by(self) -> Person | None:
        """Set once the outcome is recorded."""
        if self.recorded_by_name is None:
            return None
        return Person(id=self.recorded_by_id, name=self.recorded_by_name)
