from __future__ import annotations

import uuid
from datetime import date, datetime
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.approach.models import (
    ActionStatus,
    AgendaForum,
    AgendaStatus,
    ReputationKind,
)
from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required

TEXT_LIMIT = 20_000
PAPER_LIMIT = 200_000

# The PATCH bodies below use the same cleaning validators as the create bodies: a null never
# reaches them, since NotNull refuses it first.


def _strip(value: str) -> str:
    return value.strip()


def _url(value: str) -> str:
    """Empty, or an http(s) address: the app shows it as a link."""
    value = value.strip()
    if value and (urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc):
        raise ValueError("must be an http or https address")
    return value


# --- agenda items ---------------------------------------------------------------------------


class AgendaItemCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "forum": "board",
                    "title": "Leegstand: standpunt over een leegstandsheffing",
                    "planned_on": "2027-01-14",
                    "status": "planned",
                }
            ]
        }
    )

    forum: AgendaForum
    title: str = Field(min_length=1, max_length=300)
    planned_on: date | None = None
    status: AgendaStatus = AgendaStatus.planned
    notes: str = Field(default="", max_length=TEXT_LIMIT)

    _title = field_validator("title")(strip_required)
    _notes = field_validator("notes")(_strip)


class AgendaItemUpdate(Patch):
    forum: NotNull[AgendaForum] = None
    title: NotNull[str] = Field(default=None, min_length=1, max_length=300)
    planned_on: date | None = None
    status: NotNull[AgendaStatus] = None
    notes: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)

    _title = field_validator("title")(strip_required)
    _notes = field_validator("notes")(_strip)


class AgendaItemRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    forum: AgendaForum
    title: str
    planned_on: date | None
    status: AgendaStatus
    notes: str
    created_at: datetime


# --- policy links ---------------------------------------------------------------------------


class PolicyLinkCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Beleidsplan Vitale Binnenstad 2025-2028",
                    "url": "https://www.rivierstad.nl/binnenstad",
                    "notes": "Hoofdstuk 3: leegstand en transformatie",
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=300)
    url: str = Field(default="", max_length=2000, description="Empty, or an http(s) address.")
    notes: str = Field(default="", max_length=TEXT_LIMIT)

    _title = field_validator("title")(strip_required)
    _notes = field_validator("notes")(_strip)
    _url = field_validator("url")(_url)


class PolicyLinkUpdate(Patch):
    title: NotNull[str] = Field(default=None, min_length=1, max_length=300)
    url: NotNull[str] = Field(default=None, max_length=2000)
    notes: NotNull[str] = Field(default=None, max_length=TEXT_LIMIT)

    _title = field_validator("title")(strip_required)
    _notes = field_validator("notes")(_strip)
    _url = field_validator("url")(_url)


class PolicyLinkRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    title: str
    url: str
    notes: str
    created_at: datetime


# --- reputation actions ---------------------------------------------------------------------


class ReputationActionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "proactive_core_risks",
                    "description": "Feitenoverzicht leegstand per straat publiceren",
                    "owner": "Anouk Jansen",
                    "due_on": "2027-02-01",
                }
            ]
        }
    )

    kind: ReputationKind
    description: str = Field(min_length=1, max_length=TEXT_LIMIT)
    owner: str = Field(default="", max_length=200)
    due_on: date | None = None
    status: ActionStatus = ActionStatus.open

    _description = field_validator("description")(strip_required)
    _owner = field_validator("owner")(_strip)


class ReputationActionUpdate(Patch):
    kind: NotNull[ReputationKind] = None
    description: NotNull[str] = Field(default=None, min_length=1, max_length=TEXT_LIMIT)
    owner: NotNull[str] = Field(default=None, max_length=200)
    due_on: date | None = None
    status: NotNull[ActionStatus] = None

    _description = field_validator("description")(strip_required)
    _owner = field_validator("owner")(_strip)


class ReputationActionRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    kind: ReputationKind
    description: str
    owner: str
    due_on: date | None
    status: ActionStatus
    created_at: datetime


# --- position paper -------------------------------------------------------------------------


class PositionPaperSave(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Standpunt: samen tegen leegstand",
                    "content": "## Ons standpunt\n\nGeen heffing, wel een gezamenlijk fonds.",
                    "note": "Na overleg met het bestuur",
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=300)
    content: str = Field(max_length=PAPER_LIMIT, description="Markdown; raw HTML is escaped.")
    note: str = Field(default="", max_length=500, description="What changed in this version.")

    _title = field_validator("title")(strip_required)
    _note = field_validator("note")(_strip)


class PaperPreviewIn(BaseModel):
    content: str = Field(max_length=PAPER_LIMIT, description="Markdown.")


class PaperPreview(BaseModel):
    html: str = Field(description="Rendered as the paper and its printable page show it.")


class PaperVersionSummary(Schema):
    number: int
    title: str
    note: str
    author_name: str
    created_at: datetime


class PaperVersionRead(PaperVersionSummary):
    content: str
    content_html: str = Field(description="The content rendered from markdown, HTML escaped.")


class PositionPaperRead(BaseModel):
    current: PaperVersionRead | None = Field(description="The latest version; null before any.")
    version_count: int


# --- coalitions -----------------------------------------------------------------------------


class StartCoalition(BaseModel):
    """Either ``coalition_id`` (link a coalition your organisation is a member of) or a new
    coalition's ``name`` and ``societal_goal`` (your organisation founds it and coordinates)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Alliantie vitale winkelstraten",
                    "societal_goal": "Minder dan 5% leegstand in de winkelstraten in 2028.",
                }
            ]
        }
    )

    coalition_id: uuid.UUID | None = None
    name: str | None = Field(default=None, min_length=1, max_length=200)
    societal_goal: str | None = Field(default=None, min_length=1, max_length=2000)
    description: str = Field(default="", max_length=10000)

    @field_validator("name", "societal_goal")
    @classmethod
    def _text(cls, value: str | None) -> str | None:
        return None if value is None else strip_required(value)

    @model_validator(mode="after")
    def _one_way(self) -> StartCoalition:
        if self.coalition_id is not None:
            if self.name is not None or self.societal_goal is not None:
                raise Unprocessable.field(
                    "body.coalition_id", "link a coalition or start a new one, not both", "both"
                )
            return self
        for name in ("name", "societal_goal"):
            if getattr(self, name) is None:
                raise Unprocessable.field(f"body.{name}", "needed for a new coalition", "missing")
        return self


class IssueCoalitionRead(BaseModel):
    coalition_id: uuid.UUID
    name: str
    started: bool = Field(description="Started from this issue (true) or linked (false).")
    linked_at: datetime
    linked_by_name: str


class AddedPartner(BaseModel):
    id: uuid.UUID
    name: str
    stakeholder_id: uuid.UUID


class StartCoalitionResult(BaseModel):
    coalition: IssueCoalitionRead
    added_partners: list[AddedPartner] = Field(
        description="Partners added (as potential partners) from the issue's stakeholders."
    )
    already_partners: int = Field(
        description="Stakeholders of the issue that were already partners of the coalition."
    )
