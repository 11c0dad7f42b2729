from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.organisations.models import OrganisationKind, OrganisationRole


class OrganisationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "Gemeente Zwolle", "kind": "municipality"}]}
    )

    name: str = Field(min_length=1, max_length=200)
    kind: OrganisationKind = OrganisationKind.other

    _name = field_validator("name")(strip_required)


class OrganisationUpdate(Patch):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Gemeente Zwolle"}]})

    name: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    kind: NotNull[OrganisationKind] = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        return None if value is None else strip_required(value)


class OrganisationRead(BaseModel):
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    created_at: datetime
    my_role: OrganisationRole


class OrganisationSummary(BaseModel):
    id: uuid.UUID
    name: str
    role: OrganisationRole


class MemberRead(BaseModel):
    user_id: uuid.UUID
    name: str
    email: str
    role: OrganisationRole
    joined_at: datetime


class MemberUpdate(Patch):
    model_config = ConfigDict(json_schema_extra={"examples": [{"role": "admin"}]})

    role: NotNull[OrganisationRole] = None


class InvitationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"email": "bram@gemeente.example", "role": "member"}]}
    )

    email: EmailStr
    role: OrganisationRole = OrganisationRole.member


class InvitationRead(Schema):
    id: uuid.UUID
    email: str
    role: OrganisationRole
    expires_at: datetime
    created_at: datetime


class InvitationCreated(InvitationRead):
    token: str = Field(description="Shown once; only a hash is stored.")
    link: str = Field(description="The link to send to the person invited.")


class InvitationPreview(BaseModel):
    organisation_name: str
    email: str
    role: OrganisationRole
    expires_at: datetime
