from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.communication.schemas import CommunicationRead
from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.crisis.escalation import Answers, ThreatLevel, ThreatSubject
from vitaal.crisis.models import CrisisRole, CrisisScenario
from vitaal.issues.models import IssueStatus

REASON_LIMIT = 2_000


class CrisisAnswers(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "reputation": "acute",
                    "continuity": "none",
                    "subject": "association",
                    "several_members": True,
                    "member_affects_whole": False,
                }
            ]
        }
    )

    reputation: ThreatLevel = Field(description="Threat to the reputation.")
    continuity: ThreatLevel = Field(description="Threat to the continuity.")
    subject: ThreatSubject = Field(
        default=ThreatSubject.association, description="Of the association, the sector or both."
    )
    several_members: bool = Field(description="Several members are involved.")
    member_affects_whole: bool = Field(
        description="One member's crisis is big enough to affect the whole association."
    )

    def answers(self) -> Answers:
        return Answers(
            reputation=self.reputation,
            continuity=self.continuity,
            subject=self.subject,
            several_members=self.several_members,
            member_affects_whole=self.member_affects_whole,
        )


class CrisisAssessmentCreate(CrisisAnswers):
    note: str = Field(default="", max_length=REASON_LIMIT)

    @field_validator("note")
    @classmethod
    def _trim(cls, value: str) -> str:
        return value.strip()


class RuleOutcome(Schema):
    is_crisis: bool
    threat: bool = Field(description="A real or acute threat to reputation or continuity.")
    involvement: bool = Field(
        description="Several members involved, or one member's crisis affects the whole."
    )
    acute: bool = Field(description="At least one threat is acute.")
    held: list[str] = Field(
        description="Codes of the conditions that held, e.g. `reputation_acute`, "
        "`continuity_real`, `subject_sector`, `several_members`, `member_affects_whole`."
    )
    missing: list[str] = Field(description="`no_threat` and/or `no_involvement`.")


class CrisisAssessmentRead(CrisisAnswers, Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    note: str
    outcome: RuleOutcome
    assessed_at: datetime
    assessed_by_name: str


class Escalate(BaseModel):
    """Escalate on an assessment whose outcome is a crisis, or override the rule with a
    reason."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"assessment_id": "0193a1b2-0000-7000-8000-000000000000"}]}
    )

    assessment_id: uuid.UUID | None = None
    override_reason: str = Field(
        default="",
        max_length=REASON_LIMIT,
        description="Why this is treated as a crisis although the rule does not say so.",
    )
    lang: Literal["nl", "en"] = Field(
        default="nl",
        description="Language of Vitaal's template: its tasks (unless the organisation has its "
        "own template) and the first lines of the communication plan.",
    )

    @field_validator("override_reason")
    @classmethod
    def _trim(cls, value: str) -> str:
        return value.strip()


class DeEscalate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Situatie gestabiliseerd; leden geïnformeerd."}]}
    )

    reason: str = Field(min_length=1, max_length=REASON_LIMIT)
    status: Literal[IssueStatus.active, IssueStatus.monitoring] = IssueStatus.active

    _reason = field_validator("reason")(strip_required)


class TaskCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "scenario": "first_response",
                    "title": "Q&A voor de telefoon van het verenigingsbureau",
                    "owner": "Secretariaat",
                    "due_on": "2027-01-10",
                }
            ]
        }
    )

    scenario: CrisisScenario
    title: str = Field(min_length=1, max_length=300)
    owner: str = Field(default="", max_length=200)
    due_on: date | None = None

    _title = field_validator("title")(strip_required)

    @field_validator("owner")
    @classmethod
    def _owner(cls, value: str) -> str:
        return value.strip()


class TaskUpdate(Patch):
    """Only the fields given change; `done: true` ticks the task off, `false` reopens it."""

    scenario: NotNull[CrisisScenario] = None
    title: NotNull[str] = Field(default=None, min_length=1, max_length=300)
    owner: NotNull[str] = Field(default=None, max_length=200)
    due_on: date | None = None
    done: NotNull[bool] = None

    # A null never reaches these: NotNull refuses it first.
    _title = field_validator("title")(strip_required)

    @field_validator("owner")
    @classmethod
    def _owner(cls, value: str) -> str:
        return value.strip()


class TaskRead(Schema):
    id: uuid.UUID
    scenario: CrisisScenario
    title: str
    owner: str
    due_on: date | None
    done: bool
    done_at: datetime | None
    done_by_name: str | None


class TeamMemberCreate(BaseModel):
    """A user of the organisation (`user_id`), or a named person (`name`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"name": "Karin de Wit", "role": "spokesperson", "contact": "06-12345678"}]
        }
    )

    user_id: uuid.UUID | None = None
    name: str | None = Field(default=None, min_length=1, max_length=200)
    role: CrisisRole = CrisisRole.member
    contact: str = Field(default="", max_length=300, description="Phone or e-mail in a crisis.")

    @field_validator("name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        return None if value is None else strip_required(value)

    @model_validator(mode="after")
    def _someone(self) -> TeamMemberCreate:
        if self.user_id is None and self.name is None:
            raise Unprocessable.field("body.name", "give a user or a name", "missing")
        return self


class TeamMemberUpdate(Patch):
    name: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    role: NotNull[CrisisRole] = None
    contact: NotNull[str] = Field(default=None, max_length=300)

    # A null never reaches these: NotNull refuses it first.
    _name = field_validator("name")(strip_required)

    @field_validator("contact")
    @classmethod
    def _contact(cls, value: str) -> str:
        return value.strip()


class TeamMemberRead(Schema):
    id: uuid.UUID
    user_id: uuid.UUID | None
    name: str
    role: CrisisRole
    contact: str


class ProtocolSummary(BaseModel):
    id: uuid.UUID
    issue_id: uuid.UUID
    number: int
    active: bool = Field(description="Not de-escalated yet.")
    own_template: bool = Field(
        description="The tasks came from the organisation's own template, else from Vitaal's."
    )
    assessment_id: uuid.UUID | None
    override_reason: str | None = Field(description="Set when escalated against the rule.")
    escalated_at: datetime
    escalated_by_name: str
    de_escalated_at: datetime | None
    de_escalated_by_name: str | None
    de_escalation_reason: str | None
    tasks_total: int
    tasks_done: int


class ScenarioRead(BaseModel):
    scenario: CrisisScenario
    tasks: list[TaskRead]


class ProtocolRead(ProtocolSummary):
    scenarios: list[ScenarioRead] = Field(description="From signalling to closure, in order.")
    team: list[TeamMemberRead]
    communications: list[CommunicationRead]


class CrisisOverview(BaseModel):
    issue_status: IssueStatus
    latest_assessment: CrisisAssessmentRead | None
    active_protocol: ProtocolRead | None
    protocol_count: int = Field(description="Protocols so far, the active one included.")


class CrisisTemplateTaskWrite(BaseModel):
    scenario: CrisisScenario
    title: str = Field(min_length=1, max_length=300)
    due_after_days: int = Field(
        ge=0, le=365, description="Days after the escalation by which the task is due."
    )

    _title = field_validator("title")(strip_required)


class CrisisTemplateUpdate(BaseModel):
    """The whole template; the tasks are kept per scenario in the order given."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "tasks": [
                        {
                            "scenario": "signalling",
                            "title": "Feiten verzamelen en het crisisteam bijeenroepen",
                            "due_after_days": 0,
                        },
                        {
                            "scenario": "first_response",
                            "title": "Holdingstatement laten vaststellen door het bestuur",
                            "due_after_days": 1,
                        },
                    ]
                }
            ]
        }
    )

    tasks: list[CrisisTemplateTaskWrite] = Field(min_length=1, max_length=100)


class CrisisTemplateTaskRead(Schema):
    scenario: CrisisScenario
    title: str
    due_after_days: int


class CrisisTemplateRead(BaseModel):
    own: bool = Field(description="The organisation's own template; false: Vitaal's, in `lang`.")
    saved_at: datetime | None = Field(description="When the own template was saved.")
    tasks: list[CrisisTemplateTaskRead] = Field(description="From signalling to closure.")
