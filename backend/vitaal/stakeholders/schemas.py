from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    HttpUrl,
    TypeAdapter,
    ValidationError,
    field_validator,
)

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import clean_tags, strip_required
from vitaal.stakeholders.models import (
    InteractionType,
    StakeholderExternalId,
    StakeholderKind,
    StakeholderType,
)

MAX_TAGS = 30
MAX_PEOPLE = 50
_PHONE = re.compile(r"^[0-9+()\-./ ]*$")
_url = TypeAdapter(HttpUrl)
_email = TypeAdapter(EmailStr)


def _website(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        url = _url.validate_python(value)
    except ValidationError:
        raise ValueError("must be empty or a web address such as https://zwolle.nl") from None
    return str(url)


def _names(values: list[str]) -> list[str]:
    return [strip_required(value) for value in values]


class ContactPerson(BaseModel):
    # Read from the stakeholder's contact rows too, whose columns carry the same names.
    model_config = ConfigDict(from_attributes=True)

    name: str = Field(min_length=1, max_length=200)
    role: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=320, description="Empty or an e-mail address.")
    phone: str = Field(default="", max_length=50)

    _name = field_validator("name")(strip_required)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        return value.strip()

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return ""
        try:
            return _email.validate_python(value).lower()
        except ValidationError:
            raise ValueError("must be empty or an e-mail address") from None

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        value = value.strip()
        if not _PHONE.match(value):
            raise ValueError("may contain only digits, spaces and + ( ) - . /")
        return value


class ExternalId(BaseModel):
    system: str = Field(
        min_length=1,
        max_length=100,
        description="The CRM or other system that gave the id; compared in lower case.",
    )
    id: str = Field(min_length=1, max_length=200, description="The id in that system, as is.")

    @field_validator("system")
    @classmethod
    def _system(cls, value: str) -> str:
        return strip_required(value).lower()

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return strip_required(value)


_EXAMPLE: dict[str, Any] = {
    "kind": "organisation",
    "name": "Bibliotheek Zwolle",
    "type": "civil_society",
    "sector": "Cultuur en educatie",
    "region": "Overijssel",
    "website": "https://www.bibliotheek-zwolle.example",
    "contacts": [
        {
            "name": "Fatima el Amrani",
            "role": "Directeur",
            "email": "f.elamrani@bibliotheek-zwolle.example",
            "phone": "+31 38 123 4567",
        }
    ],
    "tags": ["Leesbevordering", "binnenstad"],
    "interests": "Laaggeletterdheid terugdringen; meer bezoekers in de binnenstad.",
    "notes": "Wil graag trekker zijn van de werkgroep taal.",
    "external_ids": [{"system": "hubspot", "id": "48213"}],
}


def _unique_external_ids(values: list[ExternalId]) -> list[ExternalId]:
    seen: set[tuple[str, str]] = set()
    for value in values:
        key = (value.system, value.id)
        if key in seen:
            raise ValueError(f"{value.system} id {value.id!r} is given twice")
        seen.add(key)
    return values


class StakeholderCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    kind: StakeholderKind = StakeholderKind.organisation
    name: str = Field(min_length=1, max_length=200)
    type: StakeholderType = StakeholderType.other
    sector: str = Field(default="", max_length=200)
    region: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=500)
    contacts: list[ContactPerson] = Field(default_factory=list, max_length=50)
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    interests: str = Field(default="", max_length=10000)
    notes: str = Field(default="", max_length=20000)
    external_ids: list[ExternalId] = Field(default_factory=list, max_length=20)

    _name = field_validator("name")(strip_required)
    _website = field_validator("website")(_website)
    _tags = field_validator("tags")(clean_tags)
    _external_ids = field_validator("external_ids")(_unique_external_ids)

    @field_validator("sector", "region")
    @classmethod
    def _trim(cls, value: str) -> str:
        return value.strip()


class StakeholderUpdate(Patch):
    """Only the fields given change; a list given replaces the whole list."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"tags": ["leesbevordering"], "contacts": [{"name": "Bram de Vries"}]}]
        }
    )

    kind: NotNull[StakeholderKind] = None
    name: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    type: NotNull[StakeholderType] = None
    sector: NotNull[str] = Field(default=None, max_length=200)
    region: NotNull[str] = Field(default=None, max_length=200)
    website: NotNull[str] = Field(default=None, max_length=500)
    contacts: NotNull[list[ContactPerson]] = Field(default=None, max_length=50)
    tags: NotNull[list[str]] = Field(default=None, max_length=MAX_TAGS)
    interests: NotNull[str] = Field(default=None, max_length=10000)
    notes: NotNull[str] = Field(default=None, max_length=20000)
    external_ids: NotNull[list[ExternalId]] = Field(default=None, max_length=20)

    # The validators run only on values sent: ``NotNull`` has refused a null before them.
    _name = field_validator("name")(strip_required)
    _website = field_validator("website")(_website)
    _tags = field_validator("tags")(clean_tags)
    _external_ids = field_validator("external_ids")(_unique_external_ids)

    @field_validator("sector", "region")
    @classmethod
    def _trim(cls, value: str) -> str:
        return value.strip()


class StakeholderRead(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    kind: StakeholderKind
    name: str
    type: StakeholderType
    sector: str
    region: str
    website: str
    contacts: list[ContactPerson]
    tags: list[str]
    interests: str
    notes: str
    external_ids: list[ExternalId]
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @field_validator("external_ids", mode="before")
    @classmethod
    def _from_rows(cls, values: list[Any]) -> list[Any]:
        # A stored id names the CRM's id ``external_id`` (its own ``id`` is the row's key);
        # the API lists them as ``system``/``id``, sorted, whatever order they were added in.
        rows = [v for v in values if isinstance(v, StakeholderExternalId)]
        if not rows:
            return values
        return [
            ExternalId(system=e.system, id=e.external_id)
            for e in sorted(rows, key=lambda e: (e.system, e.external_id))
        ]


class FollowUpIn(BaseModel):
    description: str = Field(min_length=1, max_length=2000)
    owner_name: str = Field(default="", max_length=200, description="Who takes it up.")
    due_on: date | None = None
    done: bool = False

    _description = field_validator("description")(strip_required)

    @field_validator("owner_name")
    @classmethod
    def _owner(cls, value: str) -> str:
        return value.strip()


class FollowUpRead(FollowUpIn, Schema):
    id: uuid.UUID


class UserRef(Schema):
    id: uuid.UUID
    name: str


_INTERACTION_EXAMPLE: dict[str, Any] = {
    "occurred_on": "2026-11-20",
    "type": "meeting",
    "our_people": ["Anouk Jansen"],
    "their_people": ["Fatima el Amrani"],
    "summary": "Verkennend gesprek: de bibliotheek wil trekker zijn van de werkgroep taal.",
    "follow_ups": [
        {
            "description": "Conceptplan werkgroep taal sturen",
            "owner_name": "Anouk Jansen",
            "due_on": "2026-12-04",
        }
    ],
}


class InteractionCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_INTERACTION_EXAMPLE]})

    occurred_on: date
    type: InteractionType
    our_people: list[str] = Field(default_factory=list, max_length=MAX_PEOPLE)
    their_people: list[str] = Field(default_factory=list, max_length=MAX_PEOPLE)
    summary: str = Field(default="", max_length=20000)
    follow_ups: list[FollowUpIn] = Field(default_factory=list, max_length=50)

    _people = field_validator("our_people", "their_people")(_names)


class InteractionUpdate(Patch):
    """Only the fields given change; ``follow_ups`` given replaces the whole list."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"follow_ups": [{"description": "Conceptplan werkgroep taal sturen", "done": True}]}
            ]
        }
    )

    occurred_on: NotNull[date] = None
    type: NotNull[InteractionType] = None
    our_people: NotNull[list[str]] = Field(default=None, max_length=MAX_PEOPLE)
    their_people: NotNull[list[str]] = Field(default=None, max_length=MAX_PEOPLE)
    summary: NotNull[str] = Field(default=None, max_length=20000)
    follow_ups: NotNull[list[FollowUpIn]] = Field(default=None, max_length=50)

    _people = field_validator("our_people", "their_people")(_names)


class InteractionRead(Schema):
    id: uuid.UUID
    stakeholder_id: uuid.UUID
    occurred_on: date
    type: InteractionType
    our_people: list[str]
    their_people: list[str]
    summary: str
    follow_ups: list[FollowUpRead]
    created_by: UserRef | None = Field(description="Null when that account has been removed.")
    created_at: datetime
    updated_at: datetime


class TimelineEntry(BaseModel):
    """One event in a stakeholder's history; ``kind`` says which resource ``id`` names: an
    interaction, or an assessment of the coalition partner linked to this stakeholder."""

    kind: Literal["interaction", "assessment"]
    at: date = Field(description="The day it happened (assessments: the UTC day); newest first.")
    title: str
    summary: str
    id: uuid.UUID
    coalition_id: uuid.UUID | None = Field(
        default=None, description="Assessments: the coalition, to link to its partner matrix."
    )
    partner_id: uuid.UUID | None = Field(
        default=None, description="Assessments: the coalition partner that was assessed."
    )
    coalition_name: str | None = Field(default=None, description="Assessments: the coalition.")
    assessor_name: str | None = Field(default=None, description="Assessments: who assessed.")
    influence: float | None = Field(default=None, description="Assessments: the score 0-10.")
    dependency: float | None = Field(default=None, description="Assessments: the score 0-10.")


class FollowUpOverviewItem(FollowUpRead):
    """A follow-up with the interaction and stakeholder it belongs to."""

    interaction_id: uuid.UUID
    stakeholder_id: uuid.UUID
    stakeholder_name: str
