from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vitaal.coalitions.models import (
    CoalitionRole,
    CoalitionStatus,
    FoundingSignatories,
    VisibilityChangeKind,
)
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.organisations.models import OrganisationKind
from vitaal.visibility import WorkPiece


class CoalitionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Levendige binnenstad",
                    "societal_goal": "Een aantrekkelijke, veilige en levendige binnenstad voor "
                    "bewoners, ondernemers en bezoekers.",
                    "description": "Gemeente, scholen, ondernemers, culturele instellingen en "
                    "bewonersverenigingen werken samen aan de binnenstad.",
                    "organisation_id": "0193a1b2-0000-7000-8000-000000000000",
                }
            ]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    societal_goal: str = Field(min_length=1, max_length=2000, description="Maatschappelijk doel.")
    description: str = Field(default="", max_length=10000)
    organisation_id: uuid.UUID = Field(
        description="Your organisation that founds the coalition and becomes its coordinator."
    )

    _name = field_validator("name", "societal_goal")(strip_required)


class CoalitionUpdate(Patch):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"status": "active"}, {"founding_signatories": "signed_parties"}]
        }
    )

    name: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    societal_goal: NotNull[str] = Field(default=None, min_length=1, max_length=2000)
    description: NotNull[str] = Field(default=None, max_length=10000)
    status: NotNull[CoalitionStatus] = None
    founding_signatories: NotNull[FoundingSignatories] = Field(
        default=None,
        description="Who must sign the agreement the coalition is founded on. It governs the "
        "founding; a founded coalition keeps the rule it was founded under (see its founding).",
    )

    @field_validator("name", "societal_goal")
    @classmethod
    def _required(cls, value: str | None) -> str | None:
        return None if value is None else strip_required(value)


class CoalitionRead(BaseModel):
    id: uuid.UUID
    name: str
    societal_goal: str
    description: str
    status: CoalitionStatus
    created_at: datetime
    updated_at: datetime
    founding_organisation_id: uuid.UUID
    founding_signatories: FoundingSignatories = Field(
        description="Who must sign the agreement the coalition is founded on."
    )
    my_role: CoalitionRole
    my_organisation_id: uuid.UUID = Field(
        description="Your organisation through which you take part (the strongest role)."
    )
    can_manage: bool = Field(description="Whether you may invite partners and change roles.")
    in_core_team: bool = Field(
        description="Whether your organisation is in the core team and sees the preparation."
    )
    preparation: list[WorkPiece] = Field(
        description="The coalition's work that is preparation for the core team now (not "
        "shared); everything else is shared with all member organisations."
    )


class CoalitionMemberRead(BaseModel):
    organisation_id: uuid.UUID
    organisation_name: str
    organisation_kind: OrganisationKind
    role: CoalitionRole
    joined_at: datetime
    core_team: bool = Field(
        description="In the core team (sees the preparation): coordinators always, partners "
        "when the coordinators added them, observers never."
    )


class CoalitionMemberUpdate(Patch):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"role": "partner"}, {"core_team": True}]}
    )

    role: NotNull[CoalitionRole] = None
    core_team: NotNull[bool] = Field(
        default=None,
        description="Add a partner organisation to the core team (it then sees the "
        "preparation) or take it out; recorded in the visibility history.",
    )


class WorkSharingRead(BaseModel):
    piece: WorkPiece
    shared: bool = Field(description="Shared with all member organisations (else preparation).")
    always_shared: bool = Field(description="The coalition's common work, always shared.")


class CoreTeamMemberRead(BaseModel):
    organisation_id: uuid.UUID
    organisation_name: str
    role: CoalitionRole


class CoalitionVisibilityRead(BaseModel):
    pieces: list[WorkSharingRead]
    core_team: list[CoreTeamMemberRead]


class WorkSharingUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"shared": True, "reason": "De posities bespreken we in de verkenning."}]
        }
    )

    shared: bool
    reason: str = Field(default="", max_length=2000)


class VisibilityChangeRead(Schema):
    id: uuid.UUID
    kind: VisibilityChangeKind
    piece: WorkPiece | None
    member_organisation_id: uuid.UUID | None
    reason: str
    changed_by_id: uuid.UUID | None
    changed_at: datetime


class CoalitionInvitationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "role": "partner",
                    "note": "Graag met jullie aan tafel over de binnenstad.",
                    "organisation_name_hint": "Ondernemersvereniging Centrum",
                }
            ]
        }
    )

    role: CoalitionRole = CoalitionRole.partner
    note: str = Field(default="", max_length=2000)
    organisation_name_hint: str = Field(
        default="", max_length=200, description="Which organisation you mean to invite."
    )


class CoalitionInvitationRead(Schema):
    id: uuid.UUID
    role: CoalitionRole
    note: str
    organisation_name_hint: str
    expires_at: datetime
    created_at: datetime


class CoalitionInvitationCreated(CoalitionInvitationRead):
    token: str = Field(description="Shown once; only a hash is stored.")
    link: str = Field(description="The link to send to the partner organisation.")


class CoalitionInvitationPreview(BaseModel):
    coalition_name: str
    societal_goal: str
    inviting_organisation_name: str
    role: CoalitionRole
    note: str
    expires_at: datetime


class CoalitionInvitationAccept(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"organisation_id": "0193a1b2-0000-7000-8000-0000000000aa"}]
        }
    )

    organisation_id: uuid.UUID = Field(
        description="Your organisation that joins; you must be its owner or admin."
    )
