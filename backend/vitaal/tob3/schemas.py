from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.issues.schemas import IssueCreate
from vitaal.signals.schemas import UserRef


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("must include a time zone, e.g. 2026-12-15T17:00:00+01:00")
    return value


class RoundCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Tob-3 najaar 2026",
                    "question": "Waar liggen uw leden wakker van? Noem de drie grootste zorgen.",
                    "closes_at": "2026-12-15T17:00:00Z",
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    question: str = Field(min_length=1, max_length=2000)
    closes_at: datetime = Field(description="With a time zone; answers are taken until then.")

    _text = field_validator("title", "question")(strip_required)
    _closes_at = field_validator("closes_at")(_aware)


class RoundUpdate(Patch):
    title: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    question: NotNull[str] = Field(default=None, min_length=1, max_length=2000)
    closes_at: NotNull[datetime] = None

    # A null never reaches these: NotNull refuses it first.
    _text = field_validator("title", "question")(strip_required)
    _closes_at = field_validator("closes_at")(_aware)


class RoundRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    title: str
    question: str
    closes_at: datetime
    is_open: bool
    answer_count: int
    answered_by_me: bool
    created_at: datetime


class WorryIn(BaseModel):
    rank: int = Field(ge=1, le=3, description="1 is the biggest worry.")
    text: str = Field(min_length=1, max_length=1000)
    topic: str = Field(default="", max_length=100, description="Optional theme to group by.")

    _text = field_validator("text")(strip_required)

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: str) -> str:
        return " ".join(value.split())


_ANSWER_EXAMPLE: dict[str, Any] = {
    "on_behalf_of": "Bakkerij De Korenschoof",
    "worries": [
        {"rank": 1, "text": "Leegstand in de Diezerstraat", "topic": "Leegstand"},
        {"rank": 2, "text": "Parkeertarieven schrikken klanten af", "topic": "Bereikbaarheid"},
        {"rank": 3, "text": "Geen personeel voor de zaterdag", "topic": "Personeel"},
    ],
}


class AnswerIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_ANSWER_EXAMPLE]})

    on_behalf_of: str = Field(
        default="",
        max_length=200,
        description="The member organisation you answer for; empty when for yourself.",
    )
    worries: list[WorryIn] = Field(min_length=1, max_length=3)

    @field_validator("on_behalf_of")
    @classmethod
    def _behalf(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _unique_ranks(self) -> AnswerIn:
        ranks = [w.rank for w in self.worries]
        if len(set(ranks)) != len(ranks):
            raise ValueError("each rank (1, 2, 3) may be used once")
        return self


class WorryRead(Schema):
    id: uuid.UUID
    rank: int
    text: str
    topic: str
    issue_id: uuid.UUID | None


class AnswerRead(Schema):
    id: uuid.UUID
    round_id: uuid.UUID
    user: UserRef
    on_behalf_of: str
    worries: list[WorryRead]
    created_at: datetime
    updated_at: datetime


class ResultWorry(Schema):
    id: uuid.UUID
    rank: int
    text: str
    topic: str
    issue_id: uuid.UUID | None


class ResultGroup(Schema):
    key: str = Field(description="Pass as `group` to make an issue of the whole group.")
    label: str
    has_topic: bool
    score: int = Field(description="Weighted count: 3 per first place, 2 per second, 1 per third.")
    mentions: int
    first: int
    second: int
    third: int
    worries: list[ResultWorry]


class RoundResults(Schema):
    round_id: uuid.UUID
    is_open: bool
    answer_count: int
    groups: list[ResultGroup]


class GroupIssueRequest(BaseModel):
    group: str = Field(min_length=1, max_length=1200, description="`key` of a result group.")
    issue: IssueCreate


class IssueFromWorries(Schema):
    issue_id: uuid.UUID
    worry_ids: list[uuid.UUID]
