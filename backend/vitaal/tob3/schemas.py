from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.issues.schemas import IssueCreate
from vitaal.signals.schemas import UserRef
from vitaal.tob3.models import Tob3LinkKind


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("must include a time zone, e.g. 2026-12-15T17:00:00+01:00")
    return value


def _collapse(value: str) -> str:
    """Without surrounding and repeated spaces."""
    return " ".join(value.split())


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
    _topic = field_validator("topic")(_collapse)


_ANSWER_EXAMPLE: dict[str, Any] = {
    "on_behalf_of": "Bakkerij De Korenschoof",
    "worries": [
        {"rank": 1, "text": "Leegstand in de Diezerstraat", "topic": "Leegstand"},
        {"rank": 2, "text": "Parkeertarieven schrikken klanten af", "topic": "Bereikbaarheid"},
        {"rank": 3, "text": "Geen personeel voor de zaterdag", "topic": "Personeel"},
    ],
}


class WorriesIn(BaseModel):
    """One to three ranked worries: what every answer gives, with or without an account."""

    worries: list[WorryIn] = Field(min_length=1, max_length=3)

    @model_validator(mode="after")
    def _unique_ranks(self) -> WorriesIn:
        ranks = [w.rank for w in self.worries]
        if len(set(ranks)) != len(ranks):
            raise ValueError("each rank (1, 2, 3) may be used once")
        return self


class AnswerIn(WorriesIn):
    model_config = ConfigDict(json_schema_extra={"examples": [_ANSWER_EXAMPLE]})

    on_behalf_of: str = Field(
        default="",
        max_length=200,
        description="The member organisation you answer for; empty when for yourself.",
    )

    @field_validator("on_behalf_of")
    @classmethod
    def _behalf(cls, value: str) -> str:
        return value.strip()


class WorryRead(Schema):
    id: uuid.UUID
    rank: int
    text: str
    topic: str
    issue_id: uuid.UUID | None


class AnswerRead(Schema):
    id: uuid.UUID
    round_id: uuid.UUID
    user: UserRef | None = Field(description="Who answered; null for an answer through a link.")
    link_id: uuid.UUID | None = Field(description="The link the member answered through.")
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


# Links: members without an account answer through a link.


class LinkCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"kind": "member", "member_name": "Bakkerij De Korenschoof"},
                {"kind": "open", "code": "rivierstad"},
            ]
        }
    )

    kind: Tob3LinkKind = Field(
        default=Tob3LinkKind.member,
        description="`member`: a link for one member organisation, which answers once and may "
        "change its answer. `open`: one link for many; the respondent names the member.",
    )
    member_name: str = Field(
        default="",
        max_length=200,
        description="Member links: the member organisation; taken from the stakeholder when "
        "one is given and this is empty. Open links: leave empty.",
    )
    stakeholder_id: uuid.UUID | None = Field(
        default=None, description="Member links: the member in the stakeholder register."
    )
    code: str = Field(
        default="",
        max_length=40,
        description="Open links: a code respondents must give too (told at a meeting, printed "
        "on a letter); empty for none. Member links: leave empty.",
    )

    _name = field_validator("member_name", "code")(_collapse)


class LinkRead(Schema):
    id: uuid.UUID
    round_id: uuid.UUID
    kind: Tob3LinkKind
    member_name: str
    stakeholder_id: uuid.UUID | None
    code: str
    created_at: datetime
    revoked_at: datetime | None
    answer_count: int = Field(
        description="Members that answered through the link (0 or 1 for a member link)."
    )
    last_answer_at: datetime | None


class LinkCreated(LinkRead):
    token: str = Field(description="Shown once; renew the link to get a new one.")
    url: str = Field(description="The page members answer on.")


class PublicWorry(Schema):
    rank: int
    text: str
    topic: str


class PublicAnswer(Schema):
    """An answer as the member who gave it sees it: no ids, no issues, no one else's."""

    member_name: str = Field(validation_alias=AliasChoices("member_name", "on_behalf_of"))
    worries: list[PublicWorry]
    updated_at: datetime


class PublicRound(BaseModel):
    organisation_name: str
    title: str
    question: str
    closes_at: datetime
    is_open: bool
    kind: Tob3LinkKind
    member_name: str | None = Field(description="The member of a member link; null when open.")
    code_required: bool = Field(description="Open links: whether `code` must be given.")
    answer: PublicAnswer | None = Field(
        description="Member links: the member's answer so far. Always null for an open link, "
        "which never shows what anyone answered."
    )


class PublicAnswerIn(WorriesIn):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "member_name": "Bakkerij De Korenschoof",
                    "code": "rivierstad",
                    "worries": _ANSWER_EXAMPLE["worries"],
                }
            ]
        }
    )

    member_name: str = Field(
        default="",
        max_length=200,
        description="Open links: the member organisation you answer for; an answer with the "
        "same name replaces the earlier one. Member links: leave empty.",
    )
    code: str = Field(default="", max_length=40, description="Open links with a code: the code.")

    _name = field_validator("member_name", "code")(_collapse)
