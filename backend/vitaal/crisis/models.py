"""Crisis assessments and crisis protocols of an issue (DOMAIN.md §1).

Every assessment is kept (who, when, the answers and the outcome). Escalating opens a protocol
with scenarios and tasks, a crisis team and (in ``communication.models.CommunicationItem``,
flagged by ``protocol_id``) a communication plan; de-escalating closes it, and the closed
protocol stays as history. Every row carries ``organisation_id`` so each query is scoped on its
own table.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import Base, IdMixin, TimestampMixin, str_enum, utcnow
from vitaal.crisis.escalation import Answers, Outcome, ThreatLevel, ThreatSubject, evaluate


class CrisisScenario(StrEnum):
    """The stages of the crisis protocol, from signalling to closure, in this order."""

    signalling = "signalling"
    first_response = "first_response"
    stabilisation = "stabilisation"
    evaluation = "evaluation"
    closure = "closure"


class CrisisRole(StrEnum):
    lead = "lead"
    spokesperson = "spokesperson"
    secretary = "secretary"
    member = "member"
    advisor = "advisor"


class CrisisAssessment(IdMixin, Base):
    __tablename__ = "crisis_assessments"
    __table_args__ = (
        Index("ix_crisis_assessments_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))
    reputation: Mapped[ThreatLevel] = mapped_column(str_enum(ThreatLevel, "reputation_threat"))
    continuity: Mapped[ThreatLevel] = mapped_column(str_enum(ThreatLevel, "continuity_threat"))
    subject: Mapped[ThreatSubject] = mapped_column(str_enum(ThreatSubject, "threat_subject"))
    several_members: Mapped[bool]
    member_affects_whole: Mapped[bool]
    is_crisis: Mapped[bool]
    note: Mapped[str] = mapped_column(Text, default="")
    assessed_at: Mapped[datetime] = mapped_column(default=utcnow)
    assessed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    assessed_by_name: Mapped[str] = mapped_column(String(200))

    @property
    def answers(self) -> Answers:
        return Answers(
            reputation=self.reputation,
            continuity=self.continuity,
            subject=self.subject,
            several_members=self.several_members,
            member_affects_whole=self.member_affects_whole,
        )

    @property
    def outcome(self) -> Outcome:
        """The escalation rule applied to the stored answers, with the codes that explain it."""
        return evaluate(self.answers)


class CrisisProtocol(IdMixin, Base):
    """One escalation of an issue to a crisis, until it is de-escalated."""

    __tablename__ = "crisis_protocols"
    __table_args__ = (
        UniqueConstraint("issue_id", "number"),
        Index("ix_crisis_protocols_organisation_id_issue_id", "organisation_id", "issue_id"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issues.id", ondelete="CASCADE"))
    # 1 for the issue's first crisis, 2 for the next one after a de-escalation, ...
    number: Mapped[int]
    # The assessment that said "crisis"; null when escalated by override.
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crisis_assessments.id", ondelete="SET NULL")
    )
    override_reason: Mapped[str | None] = mapped_column(Text)
    escalated_at: Mapped[datetime] = mapped_column(default=utcnow)
    escalated_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    escalated_by_name: Mapped[str] = mapped_column(String(200))
    de_escalated_at: Mapped[datetime | None]
    de_escalated_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    de_escalated_by_name: Mapped[str | None] = mapped_column(String(200))
    de_escalation_reason: Mapped[str | None] = mapped_column(Text)
    # Whether the tasks came from the organisation's own template (else from Vitaal's).
    own_template: Mapped[bool] = mapped_column(default=False)


class CrisisTask(IdMixin, TimestampMixin, Base):
    __tablename__ = "crisis_tasks"
    __table_args__ = (Index("ix_crisis_tasks_protocol_id", "protocol_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    protocol_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crisis_protocols.id", ondelete="CASCADE")
    )
    scenario: Mapped[CrisisScenario] = mapped_column(str_enum(CrisisScenario, "crisis_scenario"))
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    done_by_name: Mapped[str | None] = mapped_column(String(200))

    @property
    def done(self) -> bool:
        return self.done_at is not None


class CrisisTeamMember(IdMixin, TimestampMixin, Base):
    """A member of the crisis team: a user of the organisation, or a named person."""

    __tablename__ = "crisis_team_members"
    __table_args__ = (Index("ix_crisis_team_members_protocol_id", "protocol_id"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    protocol_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crisis_protocols.id", ondelete="CASCADE")
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[CrisisRole] = mapped_column(str_enum(CrisisRole, "crisis_role"))
    contact: Mapped[str] = mapped_column(String(300), default="")


class CrisisTemplateTask(IdMixin, TimestampMixin, Base):
    """A task of an organisation's own crisis protocol template, in its scenario's order.

    No rows: the organisation uses Vitaal's template (``crisis.template``). Escalating copies
    the tasks into the new protocol, so a changed template changes no protocol made before.
    """

    __tablename__ = "crisis_template_tasks"
    __table_args__ = (
        Index("ix_crisis_template_tasks_organisation_id", "organisation_id"),
        CheckConstraint("due_after_days >= 0 AND due_after_days <= 365", name="due_after_range"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    scenario: Mapped[CrisisScenario] = mapped_column(str_enum(CrisisScenario, "crisis_scenario"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    # Days after the escalation by which the task is due.
    due_after_days: Mapped[int]
