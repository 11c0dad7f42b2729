from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vitaal.communication.models import CommunicationChannel, CommunicationStatus
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required

TEXT_LIMIT = 20_000


def _strip(value: str) -> str:
    return value.strip()


class CommunicationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "audience": "Leden in de Hoogstraat",
                    "message": "Wat de gemeente tegen leegstand doet en wat u kunt doen",
                    "channel": "newsletter",
                    "planned_on": "2027-01-20",
                    "owner": "Communicatie",
                }
            ]
        }
    )

    audience: str = Field(min_length=1, max_length=300)
    message: str = Field(min_length=1, max_length=TEXT_LIMIT)
    channel: CommunicationChannel = CommunicationChannel.email
    planned_on: date | None = None
    owner: str = Field(default="", max_length=200)
    status: CommunicationStatus = CommunicationStatus.planned
    protocol_id: uuid.UUID | None = Field(
        default=None,
        description="A crisis protocol of this issue: the line belongs to that crisis's plan. "
        "Left out: the issue's external communication plan.",
    )

    _required_text = field_validator("audience", "message")(strip_required)
    _owner = field_validator("owner")(_strip)


# The plan a line belongs to does not change; ``planned_on: null`` clears the date.
class CommunicationUpdate(Patch):
    audience: NotNull[str] = Field(default=None, min_length=1, max_length=300)
    message: NotNull[str] = Field(default=None, min_length=1, max_length=TEXT_LIMIT)
    channel: NotNull[CommunicationChannel] = None
    planned_on: date | None = None
    owner: NotNull[str] = Field(default=None, max_length=200)
    status: NotNull[CommunicationStatus] = None

    # A null never reaches these: NotNull refuses it first.
    _required_text = field_validator("audience", "message")(strip_required)
    _owner = field_validator("owner")(_strip)


class CommunicationRead(Schema):
    id: uuid.UUID
    issue_id: uuid.UUID
    protocol_id: uuid.UUID | None
    audience: str
    message: str
    channel: CommunicationChannel
    planned_on: date | None
    owner: str
    status: CommunicationStatus
    created_at: datetime
