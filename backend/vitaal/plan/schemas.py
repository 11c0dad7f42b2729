from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.plan.coverage import ActionFinancing, PlanActionStatus
from vitaal.plan.models import WorkingStructureKind

MAX_MONEY = 10_000_000_000  # ten billion euros: far beyond any coalition's plan
MAX_HOURS = 10_000_000


Title = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(strip_required)]
Text = Annotated[str, Field(max_length=5000)]
Hours = Annotated[int, Field(ge=0, le=MAX_HOURS, description="Capacity in hours.")]
Money = Annotated[int, Field(ge=0, le=MAX_MONEY, description="Whole euros.")]


def check_dates(starts_on: date | None, due_on: date | None) -> None:
    if starts_on is not None and due_on is not None and due_on < starts_on:
        raise Unprocessable.field("body.due_on", "must not be before starts_on", "due_before_start")


# --- working structures --------------------------------------------------------------------


class StructureMemberIn(BaseModel):
    partner_id: uuid.UUID | None = Field(
        default=None, description="The partner organisation the member comes from."
    )
    user_id: uuid.UUID | None = Field(
        default=None, description="A user of one of the coalition's member organisations."
    )
    name: Annotated[str, Field(max_length=200), AfterValidator(str.strip)] = Field(
        default="", description="Taken from the user when left out."
    )
    role: Annotated[str, Field(max_length=100), AfterValidator(str.strip)] = ""

    @model_validator(mode="after")
    def _someone(self) -> StructureMemberIn:
        if self.user_id is None and not self.name:
            raise Unprocessable.field("body.name", "give a name or a user_id")
        return self


class StructureMemberRead(Schema):
    id: uuid.UUID
    partner_id: uuid.UUID | None
    partner_name: str | None
    user_id: uuid.UUID | None
    name: str
    role: str


class WorkingStructureCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "working_group",
                    "name": "Werkgroep evenementen",
                    "purpose": "Een gezamenlijke evenementenkalender voor de binnenstad uitwerken",
                }
            ]
        }
    )

    kind: WorkingStructureKind
    name: Title
    purpose: Text = ""


class WorkingStructureUpdate(Patch):
    kind: NotNull[WorkingStructureKind] = None
    name: NotNull[Title] = None
    purpose: NotNull[Text] = None


class WorkingStructureRead(Schema):
    id: uuid.UUID
    coalition_id: uuid.UUID
    kind: WorkingStructureKind
    name: str
    purpose: str
    members: list[StructureMemberRead]
    created_at: datetime
    updated_at: datetime


# --- actions -------------------------------------------------------------------------------


class PlanActionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Openbare ruimte intensiever schoonhouden",
                    "owner_partner_id": None,
                    "hours": 400,
                    "money": 60000,
                    "money_financed": 0,
                    "financing": "subsidy",
                    "starts_on": "2027-02-01",
                    "due_on": "2027-12-31",
                }
            ]
        }
    )

    title: Title
    description: Text = ""
    owner_partner_id: uuid.UUID | None = Field(
        default=None, description="The partner that takes the action on; empty while unowned."
    )
    hours: Hours | None = None
    money: Money = 0
    money_financed: Money = Field(
        default=0,
        description="How much of `money` is secured. Set to `money` for an action within the "
        "owner's existing work package.",
    )
    financing: ActionFinancing | None = None
    starts_on: date | None = None
    due_on: date | None = None
    status: PlanActionStatus = PlanActionStatus.planned

    @model_validator(mode="after")
    def _consistent(self) -> PlanActionCreate:
        check_dates(self.starts_on, self.due_on)
        return self


class PlanActionUpdate(Patch):
    title: NotNull[Title] = None
    description: NotNull[Text] = None
    owner_partner_id: uuid.UUID | None = Field(default=None, description="Send null to unassign.")
    hours: Hours | None = None
    money: NotNull[Money] = None
    money_financed: NotNull[Money] = None
    financing: ActionFinancing | None = None
    starts_on: date | None = None
    due_on: date | None = None
    status: NotNull[PlanActionStatus] = None


class PlanActionRead(Schema):
    id: uuid.UUID
    coalition_id: uuid.UUID
    title: str
    description: str
    owner_partner_id: uuid.UUID | None
    owner_partner_name: str | None
    hours: int | None
    money: int
    money_financed: int
    financing: ActionFinancing | None
    starts_on: date | None
    due_on: date | None
    status: PlanActionStatus
    created_at: datetime
    updated_at: datetime


class PlanFinancingLine(BaseModel):
    financing: ActionFinancing | None = Field(description="null: no kind of financing chosen yet")
    actions: int
    money_needed: int
    money_financed: int


class PlanOwnerLine(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    actions: int
    hours: int
    money: int


class PlanUnownedAction(BaseModel):
    id: uuid.UUID
    title: str
    hours: int | None
    money: int
    due_on: date | None


class PlanCoverage(BaseModel):
    actions: int = Field(description="Actions in the plan, dropped ones left out.")
    owned: int
    owned_share: float | None = Field(description="owned / actions; null without actions.")
    dropped: int
    hours_total: int
    hours_owned: int
    money_needed: int
    money_financed: int
    financed_share: float | None = Field(description="financed / needed; null if none needed.")
    by_financing: list[PlanFinancingLine]
    by_owner: list[PlanOwnerLine]
    unowned: list[PlanUnownedAction] = Field(
        description="Actions without an owner yet: a coalition may start before all are owned."
    )
