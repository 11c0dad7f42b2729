from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.portfolio.models import Relevance, RelevanceChange, ReviewAnswer

TEXT_LIMIT = 10_000


_EXAMPLE: dict[str, Any] = {
    "title": "Taalcafé met de bibliotheek",
    "stakeholder_id": None,
    "coalition_id": None,
    "contribution": "Minder laaggeletterdheid in de binnenstad; 40 deelnemers per jaar.",
    "we_give": "Ruimte en vrijwilligers",
    "we_get": "Bereik onder laaggeletterden, lesmateriaal",
    "flexibility": "Sinds de crisis ook online; wekelijks in plaats van dagelijks.",
    "relevance": "high",
    "started_on": "2019-09-01",
}

STARTED_ON = (
    "When the relationship began, if known (it may be older than its entry in the portfolio); "
    "each review keeps how long it had lasted then."
)


class CollaborationCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    title: str = Field(min_length=1, max_length=200)
    stakeholder_id: uuid.UUID | None = Field(
        default=None, description="A stakeholder from this organisation's register."
    )
    coalition_id: uuid.UUID | None = Field(
        default=None, description="A coalition this organisation belongs to."
    )
    contribution: str = Field(
        default="",
        max_length=TEXT_LIMIT,
        description="What it contributes to the intended societal impact and outcomes.",
    )
    we_give: str = Field(default="", max_length=TEXT_LIMIT, description="Reciprocity: our side.")
    we_get: str = Field(default="", max_length=TEXT_LIMIT, description="Reciprocity: theirs.")
    flexibility: str = Field(
        default="",
        max_length=TEXT_LIMIT,
        description="The form of working together and how it can flex (e.g. online).",
    )
    relevance: Relevance = Field(
        default=Relevance.medium, description="The starting point; reviews move it afterwards."
    )
    started_on: date | None = Field(default=None, description=STARTED_ON)

    _title = field_validator("title")(strip_required)


class CollaborationUpdate(Patch):
    """Only the fields given change; `null` unlinks the stakeholder or coalition, or clears the
    start date. The
    relevance changes through reviews, so that every change has a date, a reviewer and a note."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"we_get": "Bereik en lesmateriaal", "coalition_id": None}]}
    )

    title: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    stakeholder_id: uuid.UUID | None = None
    coalition_id: uuid.UUID | None = None
    contribution: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    we_give: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    we_get: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    flexibility: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)
    started_on: date | None = Field(default=None, description=STARTED_ON)

    _title = field_validator("title")(strip_required)


class ReviewCreate(BaseModel):
    """The relevance is the one thing a review must say; the seed's questions for a
    collaboration in a changed situation (a crisis) may each be answered or left out."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "reviewed_on": "2026-11-20",
                    "relevance": "more",
                    "note": "Online taalcafé bereikt nu ook ouderen thuis.",
                },
                {
                    "reviewed_on": "2026-11-20",
                    "relevance": "same",
                    "purpose_changed": "partly",
                    "purpose_note": "Minder fysieke bijeenkomsten, meer online.",
                    "agreements_hold": "yes",
                    "impact_contribution": "40 deelnemers per jaar; een kwart volgt een cursus.",
                    "strategy_fit": "yes",
                    "loyalty_note": "De bibliotheek bleef ook in de crisis meedoen.",
                    "return_lapsed": "no",
                },
            ]
        }
    )

    reviewed_on: date | None = Field(default=None, description="Today (UTC) when left out.")
    relevance: RelevanceChange = Field(
        description="More, equally or less relevant than before; moves the current relevance "
        "one step (`low` → `medium` → `high`)."
    )
    note: str = Field(default="", max_length=TEXT_LIMIT)
    purpose_changed: ReviewAnswer | None = Field(
        default=None,
        description="Has the why, what and how (*waarom, waarin en hoe*) of this collaboration "
        "changed?",
    )
    purpose_note: str = Field(default="", max_length=TEXT_LIMIT)
    agreements_hold: ReviewAnswer | None = Field(
        default=None, description="Do the existing agreements still hold?"
    )
    agreements_note: str = Field(default="", max_length=TEXT_LIMIT)
    impact_contribution: str = Field(
        default="",
        max_length=TEXT_LIMIT,
        description="What does it contribute to the intended societal impact and outcomes?",
    )
    strategy_fit: ReviewAnswer | None = Field(
        default=None, description="Does it still fit the organisation's (changed) strategy?"
    )
    strategy_note: str = Field(default="", max_length=TEXT_LIMIT)
    loyalty_note: str = Field(
        default="",
        max_length=TEXT_LIMIT,
        description="Loyalty between the partners; the review keeps the relationship's length "
        "itself, from the collaboration's `started_on`.",
    )
    return_lapsed: ReviewAnswer | None = Field(
        default=None, description="Has the partner's return (*tegenprestatie*) lapsed?"
    )
    return_note: str = Field(default="", max_length=TEXT_LIMIT)


class PauseCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"reason": "De partner zit zelf in een crisis; we laten hen even met rust."}
            ]
        }
    )

    reason: str = Field(min_length=1, max_length=2000, description="Why it is paused.")

    _reason = field_validator("reason")(strip_required)


class Ref(Schema):
    id: uuid.UUID
    name: str


class ReviewRead(Schema):
    id: uuid.UUID
    reviewed_on: date
    relevance: RelevanceChange
    relevance_after: Relevance = Field(description="The current relevance this review led to.")
    note: str
    purpose_changed: ReviewAnswer | None = Field(description="Null when not answered.")
    purpose_note: str
    agreements_hold: ReviewAnswer | None
    agreements_note: str
    impact_contribution: str
    strategy_fit: ReviewAnswer | None
    strategy_note: str
    loyalty_note: str
    relationship_months: int | None = Field(
        description="How long the relationship had lasted at this review, in whole months; "
        "null when the collaboration's start was not known then."
    )
    return_lapsed: ReviewAnswer | None
    return_note: str
    reviewer_name: str
    created_at: datetime


class PauseRead(Schema):
    id: uuid.UUID
    reason: str
    paused_at: datetime
    paused_by_name: str
    resumed_at: datetime | None
    resumed_by_name: str | None


class CollaborationRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    title: str
    stakeholder: Ref | None
    coalition: Ref | None
    contribution: str
    we_give: str
    we_get: str
    flexibility: str
    relevance: Relevance
    started_on: date | None
    paused: bool
    pause: PauseRead | None = Field(description="The pause in force; null while running.")
    reviews: list[ReviewRead] = Field(description="Oldest first.")
    pauses: list[PauseRead] = Field(description="Every pause and resumption, oldest first.")
    created_at: datetime
    updated_at: datetime
