from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import clean_tags, strip_required
from vitaal.issues.models import (
    EvaluationOutcome,
    FundingSource,
    IssueChangeKind,
    IssueFrameField,
    IssuePhase,
    IssueScope,
    IssueStatus,
    StakeholderStance,
)
from vitaal.issues.priority import PriorityBand
from vitaal.stakeholders.models import StakeholderType

TEXT_LIMIT = 20_000
REASON_LIMIT = 2_000
MAX_TAGS = 30
MAX_COST = 100_000_000
GOAL_LIMIT = 2_000
OBJECTIVE_LIMIT = 500
MAX_OBJECTIVES = 20

Score = Field(ge=1, le=5)


def _trim(value: str) -> str:
    return value.strip()


def _text_or_none(value: str | None) -> str | None:
    """Trimmed; blank is the same as not written down (null), so "no goal" has one form."""
    if value is None:
        return None
    return value.strip() or None


# One objective: a short line, trimmed, never blank.
Objective = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=OBJECTIVE_LIMIT)
]

GOAL_DESCRIPTION = (
    "What the issue is meant to achieve, part of its workable frame; an evaluation can only "
    "record `goal_reached` once it is written down. Blank is stored as null."
)
OBJECTIVES_DESCRIPTION = "The objectives that make the goal concrete, in order."
ADDED_VALUE_DESCRIPTION = (
    "The added value (*meerwaarde*) of working on the issue, for the members and partners. "
    "Blank is stored as null."
)


class IssuePersonRef(Schema):
    id: uuid.UUID | None = Field(description="Null when that account has been removed.")
    name: str


# --- issues ---------------------------------------------------------------------------------

_ISSUE_EXAMPLE: dict[str, Any] = {
    "title": "Leegstand in de binnenstad",
    "description": "Steeds meer panden in de Diezerstraat staan leeg; leden zien minder bezoekers.",
    "scope": "member_group",
    "scope_note": "Winkeliers in het kernwinkelgebied",
    "owner_id": None,
    "tags": ["leegstand", "binnenstad"],
    "status": "active",
    "phase": "societal_pressure",
    "impact": 4,
    "urgency": 3,
    "goal": "Leegstand in de Diezerstraat eind 2028 onder de 5%.",
    "objectives": ["Drie pop-upwinkels in 2027", "Gevelfonds met de vastgoedeigenaren"],
    "added_value": "Winkeliers krijgen meer passanten; eigenaren houden hun panden verhuurd.",
}


class IssueCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_ISSUE_EXAMPLE]})

    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=TEXT_LIMIT)
    scope: IssueScope = Field(
        default=IssueScope.association,
        description="One member, a member group, the whole association, or an integral issue "
        "shared with other parties.",
    )
    scope_note: str = Field(
        default="",
        max_length=500,
        description="Which member or group, or which parties share the integral issue.",
    )
    owner_id: uuid.UUID | None = Field(
        default=None, description="A user who is a member of this organisation."
    )
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    status: IssueStatus = IssueStatus.monitoring
    phase: IssuePhase = IssuePhase.emergence
    impact: int = Field(default=3, ge=1, le=5, description="1 (small) to 5 (very large).")
    urgency: int = Field(default=3, ge=1, le=5, description="1 (can wait) to 5 (acute).")
    goal: str | None = Field(default=None, max_length=GOAL_LIMIT, description=GOAL_DESCRIPTION)
    objectives: list[Objective] = Field(
        default_factory=list, max_length=MAX_OBJECTIVES, description=OBJECTIVES_DESCRIPTION
    )
    added_value: str | None = Field(
        default=None, max_length=TEXT_LIMIT, description=ADDED_VALUE_DESCRIPTION
    )

    _title = field_validator("title")(strip_required)
    _tags = field_validator("tags")(clean_tags)
    _text = field_validator("description", "scope_note")(_trim)
    _frame = field_validator("goal", "added_value")(_text_or_none)


class IssueUpdate(Patch):
    """Only the fields given change; `owner_id: null` leaves the issue without an owner and
    `goal`/`added_value: null` clears them (`objectives: []` clears the objectives). Phase and
    status change through their own endpoints, so each change has a reason; a change of the
    goal, objectives or added value enters the issue's history."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"impact": 5, "tags": ["leegstand", "veiligheid"]}]}
    )

    title: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    description: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    scope: NotNull[IssueScope] = None
    scope_note: NotNull[str] = Field(default=None, max_length=500)
    owner_id: uuid.UUID | None = None
    tags: NotNull[list[str]] = Field(default=None, max_length=MAX_TAGS)
    impact: NotNull[int] = Field(default=None, ge=1, le=5)
    urgency: NotNull[int] = Field(default=None, ge=1, le=5)
    goal: str | None = Field(default=None, max_length=GOAL_LIMIT, description=GOAL_DESCRIPTION)
    objectives: NotNull[list[Objective]] = Field(
        default=None, max_length=MAX_OBJECTIVES, description=OBJECTIVES_DESCRIPTION
    )
    added_value: str | None = Field(
        default=None, max_length=TEXT_LIMIT, description=ADDED_VALUE_DESCRIPTION
    )

    # A null never reaches these: NotNull refuses it first.
    _title = field_validator("title")(strip_required)
    _tags = field_validator("tags")(clean_tags)
    _text = field_validator("description", "scope_note")(_trim)
    _frame = field_validator("goal", "added_value")(_text_or_none)


class PhaseChange(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "phase": "political_consequences",
                    "reason": "De gemeenteraad agendeert een leegstandsverordening.",
                }
            ]
        }
    )

    phase: IssuePhase = Field(description="Any phase: an issue may skip one or go back.")
    reason: str = Field(min_length=1, max_length=REASON_LIMIT, description="Why it moved.")

    _reason = field_validator("reason")(strip_required)


class StatusChange(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "active", "reason": "Besproken in het bestuur"}]}
    )

    status: IssueStatus
    reason: str = Field(default="", max_length=REASON_LIMIT)

    _reason = field_validator("reason")(_trim)


class PriorityRead(Schema):
    score: int = Field(description="impact x urgency, 1 to 25.")
    band: PriorityBand = Field(
        description="low ≤ 4, medium 5-9, high 10-14, critical ≥ 15 (see issues/priority.py)."
    )


class IssueRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    title: str
    description: str
    scope: IssueScope
    scope_note: str
    owner: IssuePersonRef | None
    tags: list[str]
    status: IssueStatus
    phase: IssuePhase
    phase_since: datetime = Field(description="When the issue entered its current phase.")
    impact: int
    urgency: int
    priority: PriorityRead
    goal: str | None = Field(description="Null while no goal is written down.")
    objectives: list[str]
    added_value: str | None
    created_at: datetime
    updated_at: datetime


class IssueChangeRead(Schema):
    """One entry of the issue's history: a change of phase or status, or of the goal, the
    objectives or the added value (``kind`` says which)."""

    id: uuid.UUID
    kind: IssueChangeKind | IssueFrameField
    old_value: str | None = Field(
        description="The phase or status before, or the goal or added value text before. Null "
        "on the entry made when it was registered, when no goal or added value was written "
        "down before, and on `objectives` entries."
    )
    new_value: str | None = Field(
        description="The phase or status after, or the goal or added value text after. Null "
        "when the goal or added value was cleared, and on `objectives` entries."
    )
    old_objectives: list[str] | None = Field(
        default=None,
        description="`objectives` entries: the objectives before; null on the entry made when "
        "the issue was registered with objectives.",
    )
    new_objectives: list[str] | None = Field(
        default=None, description="`objectives` entries: the objectives after."
    )
    reason: str = Field(description="Empty for goal, objectives and added value changes.")
    evaluation_id: uuid.UUID | None = Field(description="The evaluation that caused it, if any.")
    changed_at: datetime
    changed_by: IssuePersonRef


class HeatMapCell(BaseModel):
    impact: int
    urgency: int
    count: int
    priority: PriorityRead


class HeatMap(BaseModel):
    cells: list[HeatMapCell] = Field(description="All 25 cells, impact 5 → 1, urgency 1 → 5.")
    total: int


# --- stakeholder analysis -------------------------------------------------------------------


class IssueStakeholderCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "stakeholder_id": "0193a0b2-7c4e-7def-8a12-3456789abcde",
                    "stance": "supportive",
                    "interest": 5,
                    "influence": 3,
                    "notes": "Wil pop-upwinkels faciliteren.",
                }
            ]
        }
    )

    stakeholder_id: uuid.UUID = Field(
        description="A stakeholder from this organisation's register."
    )
    stance: StakeholderStance = StakeholderStance.neutral
    interest: int = Field(default=3, ge=1, le=5, description="Interest in the issue, 1 to 5.")
    influence: int = Field(default=3, ge=1, le=5, description="Influence on the issue, 1 to 5.")
    notes: str = Field(default="", max_length=TEXT_LIMIT)

    _notes = field_validator("notes")(_trim)


class IssueStakeholderUpdate(Patch):
    stance: NotNull[StakeholderStance] = None
    interest: NotNull[int] = Field(default=None, ge=1, le=5)
    influence: NotNull[int] = Field(default=None, ge=1, le=5)
    notes: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)

    _notes = field_validator("notes")(_trim)


class IssueStakeholderRef(Schema):
    id: uuid.UUID
    name: str
    type: StakeholderType
    archived: bool


class IssueStakeholderRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    stakeholder: IssueStakeholderRef
    stance: StakeholderStance
    interest: int
    influence: int
    notes: str
    created_at: datetime
    updated_at: datetime


# --- planning -------------------------------------------------------------------------------


class _ActivityDates(BaseModel):
    starts_on: date | None = None
    ends_on: date | None = None

    @model_validator(mode="after")
    def _order(self) -> _ActivityDates:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class ActivityCreate(_ActivityDates):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Pop-upwinkels in leegstaande panden",
                    "description": "Drie panden zes maanden tijdelijk verhuren aan starters.",
                    "starts_on": "2027-02-01",
                    "ends_on": "2027-07-31",
                    "cost_estimate": 18000,
                    "funding_source": "subsidy",
                    "funded": False,
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=TEXT_LIMIT)
    cost_estimate: int = Field(ge=0, le=MAX_COST, description="Estimated cost in whole euros.")
    funding_source: FundingSource = FundingSource.own_budget
    funded: bool = Field(default=False, description="Whether the money is secured.")

    _title = field_validator("title")(strip_required)
    _description = field_validator("description")(_trim)


class ActivityUpdate(Patch):
    """Only the fields given change; `starts_on`/`ends_on: null` clear a date."""

    title: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    description: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    starts_on: date | None = None
    ends_on: date | None = None
    cost_estimate: NotNull[int] = Field(default=None, ge=0, le=MAX_COST)
    funding_source: NotNull[FundingSource] = None
    funded: NotNull[bool] = None

    _title = field_validator("title")(strip_required)
    _description = field_validator("description")(_trim)


class ActivityRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    title: str
    description: str
    starts_on: date | None
    ends_on: date | None
    cost_estimate: int
    funding_source: FundingSource
    funded: bool
    created_at: datetime
    updated_at: datetime


class BudgetAmounts(BaseModel):
    planned: int = Field(description="Sum of the cost estimates, whole euros.")
    funded: int = Field(description="Of which the money is secured.")
    unfunded: int = Field(description="planned - funded: still to find.")


class BudgetBySource(BudgetAmounts):
    funding_source: FundingSource


class BudgetIssueLine(BudgetAmounts):
    issue_id: uuid.UUID
    title: str
    status: IssueStatus
    activities: int


class BudgetOverview(BaseModel):
    issues: list[BudgetIssueLine] = Field(description="Most unfunded first.")
    by_source: list[BudgetBySource]
    total: BudgetAmounts


# --- evaluations ----------------------------------------------------------------------------


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "planned_on": "2027-06-30",
                    "focus": "Is de leegstand in de Diezerstraat gedaald?",
                }
            ]
        }
    )

    planned_on: date
    focus: str = Field(default="", max_length=TEXT_LIMIT, description="What will be evaluated.")

    _focus = field_validator("focus")(_trim)


class EvaluationUpdate(Patch):
    planned_on: NotNull[date] = None
    focus: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)

    _focus = field_validator("focus")(_trim)


class EvaluationOutcomeIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"outcome": "adjust", "note": "Minder pop-ups, meer gevelverbetering."}]
        }
    )

    outcome: EvaluationOutcome = Field(
        description="`goal_reached` closes the issue; the closing is kept in its history. It "
        "is refused (422, code `no_goal`) while the issue has no goal written down."
    )
    note: str = Field(default="", max_length=TEXT_LIMIT)

    _note = field_validator("note")(_trim)


class EvaluationRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    planned_on: date
    focus: str
    outcome: EvaluationOutcome | None
    outcome_note: str
    goal: str | None = Field(
        description="The issue's goal as it stood when the outcome was recorded, kept as it "
        "was when the goal changes later. Null until the outcome is recorded, or when the "
        "issue had no goal then."
    )
    recorded_at: datetime | None
    recorded_by: IssuePersonRef | None
    created_at: datetime
