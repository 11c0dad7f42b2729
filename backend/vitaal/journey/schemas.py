from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.journey.models import StepChangeKind
from vitaal.journey.position import StepStatus
from vitaal.journey.steps import Question


class LocalisedText(BaseModel):
    nl: str
    en: str


class ChecklistItemRead(BaseModel):
    key: str
    label: LocalisedText
    ticked: bool


class JourneyStepRead(BaseModel):
    number: int = Field(ge=1, le=10)
    round: int = Field(ge=1, le=3)
    question: Question
    title: LocalisedText
    purpose: LocalisedText
    checklist: list[ChecklistItemRead]
    status: StepStatus
    skip_reason: str
    notes: str
    started_on: date | None
    done_on: date | None
    updated_by_name: str | None = Field(description="Null while the step was never touched.")
    updated_at: datetime | None


class JourneyRoundRead(BaseModel):
    round: int
    title: LocalisedText
    steps: list[int]
    done: int
    skipped: int
    in_progress: int
    complete: bool
    repeats: int = Field(description="How often the round was run through again.")


class JourneyQuestionRead(BaseModel):
    key: Question
    label: LocalisedText


class JourneyPositionRead(BaseModel):
    current_step: int | None = Field(description="Null when every step is done or skipped.")
    current_round: int | None
    next_step: int | None = Field(description="What comes after the current step.")
    next_round: int | None
    left_behind: list[int] = Field(description="Unfinished steps before the current one.")
    finished: int
    total: int
    complete: bool


class JourneyRead(BaseModel):
    coalition_id: uuid.UUID
    position: JourneyPositionRead
    rounds: list[JourneyRoundRead]
    questions: list[JourneyQuestionRead]
    steps: list[JourneyStepRead]


class StepUpdate(Patch):
    """Only the fields sent change. Reopening a done or skipped step needs a `reason`."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"status": "in_progress", "checklist": ["own_intention"], "notes": "Gestart."},
                {"status": "skipped", "skip_reason": "Partners werken al jaren samen."},
                {"status": "in_progress", "reason": "Nieuwe partner: gesprekken opnieuw."},
            ]
        }
    )

    status: NotNull[StepStatus] = None
    skip_reason: NotNull[str] = Field(default=None, max_length=2000)
    reason: NotNull[str] = Field(
        default=None, max_length=2000, description="Why the status changes; required to go back."
    )
    checklist: NotNull[list[str]] = Field(
        default=None, max_length=50, description="Keys of the ticked items."
    )
    notes: NotNull[str] = Field(default=None, max_length=20_000)
    started_on: date | None = None
    done_on: date | None = None


class RoundRepeat(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Twee nieuwe partners sluiten aan."}]}
    )

    reason: str = Field(min_length=1, max_length=2000)


class StepChangeRead(Schema):
    id: uuid.UUID
    step: int
    kind: StepChangeKind
    from_status: StepStatus
    to_status: StepStatus
    reason: str
    changed_by_id: uuid.UUID | None
    changed_by_name: str
    changed_at: datetime
