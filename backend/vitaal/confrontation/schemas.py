from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from vitaal.confrontation.analysis import SCORE_MAX, SCORE_MIN, ItemKind, StrategyQuadrant
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema

MAX_ITEMS_PER_KIND = 30

Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Note = Annotated[str, StringConstraints(max_length=4000)]


class ItemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: ItemKind
    label: Label
    note: Note = ""


class ItemUpdate(Patch):
    model_config = ConfigDict(extra="forbid")

    label: NotNull[Label] = None
    note: NotNull[Note] = None
    position: NotNull[int] = Field(
        default=None, ge=0, description="Place among the items of the same kind, from 0."
    )


class MatrixCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Leegstand binnenstad",
                    "issue_id": None,
                    "items": [
                        {"kind": "strength", "label": "Sterk netwerk van ondernemers"},
                        {"kind": "weakness", "label": "Weinig eigen budget"},
                        {"kind": "opportunity", "label": "Provinciale subsidie binnenstad"},
                        {"kind": "threat", "label": "Online winkelen groeit"},
                    ],
                }
            ]
        },
    )

    title: Title
    description: Note = ""
    issue_id: uuid.UUID | None = Field(
        default=None,
        description="The issue this matrix is made for; none for the whole organisation.",
    )
    items: list[ItemCreate] = Field(default_factory=list, max_length=4 * MAX_ITEMS_PER_KIND)


class MatrixUpdate(Patch):
    model_config = ConfigDict(extra="forbid")

    title: NotNull[Title] = None
    description: NotNull[Note] = None
    issue_id: uuid.UUID | None = None


class ScoreWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    internal_item_id: uuid.UUID = Field(description="A strength or weakness of this matrix.")
    external_item_id: uuid.UUID = Field(description="An opportunity or threat of this matrix.")
    score: int = Field(ge=SCORE_MIN, le=SCORE_MAX, description="0 (no relation) to 3 (strong).")


class ScoresWrite(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "scores": [
                        {
                            "internal_item_id": "0193a0c2-0000-7000-8000-000000000001",
                            "external_item_id": "0193a0c2-0000-7000-8000-000000000003",
                            "score": 3,
                        }
                    ]
                }
            ]
        },
    )

    scores: list[ScoreWrite] = Field(
        min_length=1,
        max_length=4 * MAX_ITEMS_PER_KIND * MAX_ITEMS_PER_KIND,
        description="The cells to set; cells not named keep their score, 0 clears a cell.",
    )


class ItemRead(Schema):
    id: uuid.UUID
    kind: ItemKind
    label: str
    note: str
    position: int


class ScoreRead(Schema):
    internal_item_id: uuid.UUID
    external_item_id: uuid.UUID
    score: int


class ItemTotalRead(BaseModel):
    item_id: uuid.UUID
    kind: ItemKind
    total: int
    rank: int = Field(description="1 = matters most among items of its kind; ties share a rank.")


class QuadrantRead(BaseModel):
    quadrant: StrategyQuadrant = Field(
        description="offensive (SO), defensive (ST), improve (WO) or avoid (WT)."
    )
    total: int
    cells: int
    mean: float = Field(description="total / cells: the quadrants are ranked by this.")
    rank: int


class OptionRead(BaseModel):
    internal_item_id: uuid.UUID
    external_item_id: uuid.UUID
    quadrant: StrategyQuadrant
    score: int


class AnalysisRead(BaseModel):
    rows: list[ItemTotalRead] = Field(description="Strengths and weaknesses with their totals.")
    columns: list[ItemTotalRead] = Field(description="Opportunities and threats with totals.")
    quadrants: list[QuadrantRead] = Field(
        description="Ranked: the first is the strategy to weigh first."
    )
    options: list[OptionRead] = Field(description="Every scored cell, strongest first.")
    total: int


class MatrixSummary(Schema):
    id: uuid.UUID
    title: str
    description: str
    issue_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class MatrixRead(MatrixSummary):
    items: list[ItemRead]
    scores: list[ScoreRead]
    analysis: AnalysisRead
