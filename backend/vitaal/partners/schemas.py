from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.core.errors import FieldError, Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.partners.matrix import Movement, Quadrant, Strategy
from vitaal.partners.models import (
    Commitment,
    ContactIntensity,
    Financing,
    PartnerStatus,
    RelationshipType,
)
from vitaal.partners.strategy import ActionKind, LeftBy, SecureBy, StrategyDirection
from vitaal.stakeholders.schemas import FollowUpIn

MAX_PARTNERS = 10_000

Score = Annotated[float, Field(ge=0, le=10, allow_inf_nan=False)]


class AmbitionLineIn(BaseModel):
    base: float = Field(default=3.0, ge=0, le=10, allow_inf_nan=False)
    slope: float = Field(
        default=0.5,
        ge=0,
        le=10,
        allow_inf_nan=False,
        description="How much more influence each point of dependency asks for.",
    )
    midpoint: float = Field(default=5.0, ge=0, le=10, allow_inf_nan=False)


class PositionIn(BaseModel):
    influence: Score
    dependency: Score


class PartnerIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    influence: Score
    dependency: Score
    target: PositionIn | None = None


class MatrixRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "ambition_line": {"base": 3, "slope": 0.5, "midpoint": 5},
                    "partners": [
                        {
                            "id": "school-board",
                            "influence": 4,
                            "dependency": 8,
                            "target": {"influence": 7, "dependency": 8},
                        },
                        {"id": "library", "influence": 9, "dependency": 8},
                        {"id": "welfare", "influence": 5, "dependency": 9},
                    ],
                }
            ]
        }
    )

    ambition_line: AmbitionLineIn = Field(default_factory=AmbitionLineIn)
    partners: list[PartnerIn] = Field(max_length=MAX_PARTNERS)

    @model_validator(mode="after")
    def _unique_ids(self) -> MatrixRequest:
        seen: set[str] = set()
        errors: list[FieldError] = []
        for index, partner in enumerate(self.partners):
            if partner.id in seen:
                errors.append(
                    FieldError(
                        field=f"body.partners.{index}.id",
                        reason=f"duplicate id {partner.id!r}: every partner needs its own id",
                        code="duplicate",
                    )
                )
            seen.add(partner.id)
        if errors:
            raise Unprocessable("Partner ids must be unique.", errors=errors)
        return self


class PartnerOutcomeOut(BaseModel):
    id: str
    influence: float
    dependency: float
    required_influence: float = Field(description="base + slope * dependency")
    gap: float = Field(description="required_influence - influence; positive means short")
    sufficient: bool
    quadrant: Quadrant
    strategy: Strategy
    movement: Movement | None = Field(description="Toward the target; null without a target.")


class AttentionOut(BaseModel):
    id: str
    gap: float
    dependency: float
    score: float = Field(description="gap * dependency")


class SummaryOut(BaseModel):
    count: int
    sufficient: int
    share_sufficient: float
    by_quadrant: dict[Quadrant, int]
    by_strategy: dict[Strategy, int]
    attention: list[AttentionOut] = Field(
        description="Short partners, largest gap * dependency first."
    )


class MatrixResponse(BaseModel):
    ambition_line: AmbitionLineIn
    partners: list[PartnerOutcomeOut]
    summary: SummaryOut


# --- partners of a coalition -------------------------------------------------------------


class PartnerCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Scholengroep Binnenstad",
                    "status": "current",
                    "contact_intensity": "regular",
                    "commitment": "none",
                    "financing": "subsidy",
                    "relationship_type": "partnership",
                    "target": {"influence": 7, "dependency": 8},
                }
            ]
        }
    )

    name: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Taken from the stakeholder or member organisation when left out.",
    )
    stakeholder_id: uuid.UUID | None = Field(
        default=None, description="A stakeholder from one of your organisations' registers."
    )
    organisation_id: uuid.UUID | None = Field(
        default=None, description="A member organisation of this coalition."
    )
    status: PartnerStatus = PartnerStatus.potential
    contact_intensity: ContactIntensity | None = None
    commitment: Commitment | None = None
    financing: Financing | None = None
    relationship_type: RelationshipType = RelationshipType.partnership
    target: PositionIn | None = None

    @model_validator(mode="after")
    def _one_source(self) -> PartnerCreate:
        if self.stakeholder_id and self.organisation_id:
            raise Unprocessable.field(
                "body.organisation_id", "give a stakeholder or a member organisation, not both"
            )
        if not (self.name and self.name.strip()) and not (
            self.stakeholder_id or self.organisation_id
        ):
            raise Unprocessable.field(
                "body.name", "give a name, a stakeholder_id or an organisation_id"
            )
        return self


class PartnerUpdate(Patch):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "current", "commitment": "multi_year"}]}
    )

    name: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    status: NotNull[PartnerStatus] = None
    contact_intensity: ContactIntensity | None = None
    commitment: Commitment | None = None
    financing: Financing | None = None
    relationship_type: NotNull[RelationshipType] = None
    target: PositionIn | None = Field(default=None, description="Send null to clear the target.")

    _name = field_validator("name")(strip_required)


class PartnerRead(BaseModel):
    id: uuid.UUID
    coalition_id: uuid.UUID
    name: str
    stakeholder_id: uuid.UUID | None
    member_organisation_id: uuid.UUID | None
    status: PartnerStatus
    contact_intensity: ContactIntensity | None
    commitment: Commitment | None
    financing: Financing | None
    relationship_type: RelationshipType
    target: PositionIn | None = Field(
        description="Where the core team wants the partner to move; null while none is set, "
        "or when the target positions are preparation you do not see."
    )
    created_at: datetime
    updated_at: datetime


class AssessmentCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "influence": 4,
                    "dependency": 8,
                    "rationale": "Bepalend voor gelijke kansen, maar weinig middelen en motivatie.",
                }
            ]
        }
    )

    influence: Score
    dependency: Score
    rationale: str = Field(default="", max_length=5000)


class AssessmentRead(Schema):
    id: uuid.UUID
    partner_id: uuid.UUID
    assessor_id: uuid.UUID | None
    assessor_name: str
    influence: float
    dependency: float
    rationale: str
    assessed_at: datetime


class AmbitionLineUpdate(AmbitionLineIn):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"base": 3, "slope": 0.6, "midpoint": 5, "reason": "Hogere lat voor scholen"}
            ]
        }
    )

    reason: str = Field(default="", max_length=2000)


class AmbitionLineRead(AmbitionLineIn, Schema):
    reason: str = ""
    changed_at: datetime | None = Field(description="Null while the defaults apply.")
    changed_by_name: str | None


# How far the assessors' scores lie apart tells what each of them said; it belongs to the
# assessments (``assessment_rationales``), not to the shared position.
SPREAD_HIDDEN = " Null when the assessments are preparation you do not see."


class AggregatedPosition(BaseModel):
    influence: float = Field(description="Median of each assessor's latest influence score.")
    dependency: float = Field(description="Median of each assessor's latest dependency score.")
    assessors: int
    influence_range: float | None = Field(description="Highest minus lowest." + SPREAD_HIDDEN)
    dependency_range: float | None = Field(description="Highest minus lowest." + SPREAD_HIDDEN)
    disagreement: bool | None = Field(
        description="Scores differ by 3 or more on either axis." + SPREAD_HIDDEN
    )
    last_assessed_at: datetime


class TrailPointOut(BaseModel):
    on: date
    influence: float
    dependency: float


class MatrixOutcome(BaseModel):
    required_influence: float
    gap: float
    sufficient: bool
    quadrant: Quadrant
    strategy: Strategy
    movement: Movement | None = Field(
        description="Toward the target; null without a target, or when the target positions "
        "are preparation you do not see."
    )


class ChosenStrategy(BaseModel):
    strategy: Strategy
    direction: StrategyDirection | None = Field(
        description="`up` or `left` for `invest`; `left` or none for the other strategies."
    )
    review_on: date | None
    differs_from_suggestion: bool = Field(
        description="The chosen strategy is not the one the matrix suggests now."
    )


class CoalitionMatrixEntry(BaseModel):
    partner: PartnerRead
    position: AggregatedPosition | None = Field(description="Null until someone assessed it.")
    outcome: MatrixOutcome | None
    trail: list[TrailPointOut]
    chosen_strategy: ChosenStrategy | None = Field(
        description="The strategy the coalition chose for this partner; null until chosen, or "
        "when the partner strategies are preparation you do not see."
    )


class CoalitionMatrixSummary(SummaryOut):
    unassessed: int = Field(description="Partners nobody has assessed yet (not in the counts).")


class CoalitionMatrix(BaseModel):
    ambition_line: AmbitionLineRead
    partners: list[CoalitionMatrixEntry]
    summary: CoalitionMatrixSummary


# --- a partner's chosen strategy ------------------------------------------------------------


class PlannedAction(FollowUpIn):
    """A step of the partner strategy: what, who takes it up, by when, and whether it is done."""

    kind: ActionKind = Field(
        default=ActionKind.free,
        description="`free`; `ambassador`, for a strong partner (influence at or above the "
        "midpoint) working for others; `enforcement` or `joint_agreements`, to move up a "
        "partner that falls short of the ambition line and resists. 422 on "
        "`actions.N.kind` when the partner's place in the matrix does not fit.",
    )


class PartnerStrategyUpdate(BaseModel):
    """The whole strategy; what is left out is cleared (the actions list is replaced)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "strategy": "invest",
                    "direction": "up",
                    "reason": "",
                    "actions": [
                        {
                            "description": "Meerjarenafspraak over middelen voorleggen",
                            "owner_name": "Anouk Jansen",
                            "due_on": "2027-01-15",
                            "done": False,
                        }
                    ],
                    "review_on": "2027-03-01",
                },
                {
                    "strategy": "maintain",
                    "reason": "Het bestuur kiest bewust voor een losse samenwerking dit jaar.",
                    "review_on": "2027-06-01",
                },
            ]
        }
    )

    strategy: Strategy
    direction: StrategyDirection | None = Field(
        default=None,
        description="Required for `invest`: `up` (more influence: means, motivation, "
        "multi-year certainty) or `left` (admit alternatives). The other strategies may move a "
        "partner `left` too. `left` needs a partner whose dependency is high (at or above the "
        "midpoint; 422 `not_allowed` otherwise).",
    )
    reason: str = Field(
        default="",
        max_length=5000,
        description="Why; required when the strategy differs from the one the matrix suggests.",
    )
    actions: list[PlannedAction] = Field(default_factory=list, max_length=50)
    review_on: date | None = Field(default=None, description="When to look at it again.")

    @model_validator(mode="after")
    def _direction(self) -> PartnerStrategyUpdate:
        self.reason = self.reason.strip()
        if self.strategy is Strategy.invest and self.direction is None:
            raise Unprocessable.field(
                "body.direction", "choose `up` or `left` for an invest strategy", "missing"
            )
        if self.strategy is not Strategy.invest and self.direction is StrategyDirection.up:
            raise Unprocessable.field(
                "body.direction",
                "moving up belongs to an invest strategy; the others can only move left",
                "not_allowed",
            )
        return self


class StrategyWarning(BaseModel):
    """Advice beside a choice that is allowed."""

    code: Literal["competition_unwise"] = Field(
        description="Fostering competition for a partner the coalition should keep is unwise: "
        "its strength is being the one (the seed's libraries)."
    )
    left_by: list[LeftBy] = Field(
        description="What moves the partner left: the chosen direction, its target position."
    )
    secure_by: list[SecureBy] = Field(
        description="What says to keep it: the matrix's suggestion, the chosen strategy."
    )


class StrategyChangeRead(Schema):
    strategy: Strategy
    direction: StrategyDirection | None
    suggested: Strategy | None = Field(
        description="What the matrix suggested at that moment; null when the partner matrix is "
        "preparation you do not see."
    )
    reason: str
    changed_by_name: str
    changed_at: datetime


class PartnerStrategyRead(BaseModel):
    partner_id: uuid.UUID
    suggested_strategy: Strategy | None = Field(
        description="What the matrix suggests now; null until someone assessed the partner, "
        "or when the partner matrix is preparation you do not see."
    )
    suggestion: MatrixOutcome | None = Field(
        description="Why: the partner's place against the ambition line that led to it; null "
        "like `suggested_strategy`."
    )
    strategy: Strategy | None = Field(description="The chosen strategy; null until chosen.")
    direction: StrategyDirection | None
    reason: str
    differs_from_suggestion: bool = Field(
        description="The chosen strategy is not the suggested one (false without a suggestion)."
    )
    actions: list[PlannedAction]
    review_on: date | None
    updated_by_name: str | None
    updated_at: datetime | None
    history: list[StrategyChangeRead] = Field(
        description="Every change of the chosen strategy or direction, oldest first."
    )
    warnings: list[StrategyWarning] = Field(
        description="From what you see: without the partner matrix nothing follows from the "
        "suggestion, without the targets nothing from the target."
    )


class StrategyReviewItem(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    strategy: Strategy
    direction: StrategyDirection | None
    review_on: date
    open_actions: int = Field(description="Planned actions not done yet.")
