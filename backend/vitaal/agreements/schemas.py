from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from vitaal.agreements.diff import LineKind
from vitaal.agreements.models import AgreementType, GovernanceModel, OptionKind, VersionReason
from vitaal.coalitions.models import CoalitionStatus, FoundingSignatories
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required

MAX_CONTENT = 200_000
MAX_PARTIES = 200

Title = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(strip_required)]
Point = Annotated[str, Field(min_length=1, max_length=500), AfterValidator(strip_required)]
Note = Annotated[str, Field(max_length=2000), AfterValidator(str.strip)]
Description = Annotated[str, Field(max_length=10_000), AfterValidator(str.strip)]
PartyIds = Annotated[list[uuid.UUID], Field(max_length=MAX_PARTIES)]


class SignatureStatus(StrEnum):
    draft = "draft"  # the current version is not out for signature
    out_for_signature = "out_for_signature"
    signed = "signed"  # every signing party signed the current version


class AgreementCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "intent_declaration",
                    "title": "Intentieverklaring Levendige binnenstad",
                    "content": "# Intentieverklaring\n\nDe partners spreken de intentie uit…",
                    "party_ids": None,
                }
            ]
        }
    )

    type: AgreementType
    title: Title
    content: str = Field(default="", max_length=MAX_CONTENT, description="Markdown.")
    note: Note = Field(default="", description="What this version is about.")
    party_ids: PartyIds | None = Field(
        default=None,
        description="Coalition partners party to the agreement; every partner that is a member "
        "organisation when left out.",
    )


class AgreementUpdate(Patch):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"title": "Convenant Levendige binnenstad"}]}
    )

    type: NotNull[AgreementType] = None
    title: NotNull[Title] = None
    party_ids: NotNull[PartyIds] = Field(
        default=None, description="Replaces the parties. Sign-offs already given stay recorded."
    )


class VersionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"content": "# Intentieverklaring\n\nAangepast na overleg.", "note": ""}]
        }
    )

    content: str = Field(max_length=MAX_CONTENT, description="Markdown.")
    note: Note = ""
    based_on: int | None = Field(
        default=None,
        ge=1,
        description="The version the editor started from; a save based on an older version "
        "than the current one is refused (409) so nobody overwrites another's edit unseen.",
    )


class SendForSignature(BaseModel):
    version: int = Field(ge=1, description="The version to send; must be the current one.")


class SignOffCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"partner_id": "0190...", "version": 2}]}
    )

    partner_id: uuid.UUID = Field(description="The party (a member organisation) you sign for.")
    version: int = Field(ge=1, description="The version you read and sign.")


class AgreementOptionIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "governance",
                    "governance_model": "steering_group",
                    "title": "Bestuurlijke stuurgroep",
                    "description": "Bestuurders van alle partners sturen op hoofdlijnen.",
                    "pros": ["Draagvlak op bestuurlijk niveau"],
                    "cons": ["Trage besluitvorming"],
                }
            ]
        }
    )

    kind: OptionKind
    governance_model: GovernanceModel | None = Field(
        default=None, description="For governance options: which model it follows."
    )
    title: Title
    description: Description = ""
    pros: list[Point] = Field(default_factory=list, max_length=20)
    cons: list[Point] = Field(default_factory=list, max_length=20)


class AgreementOptionUpdate(Patch):
    governance_model: GovernanceModel | None = None
    title: NotNull[Title] = None
    description: NotNull[Description] = None
    pros: NotNull[list[Point]] = Field(default=None, max_length=20)
    cons: NotNull[list[Point]] = Field(default=None, max_length=20)


class ChoiceIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "option_id": "0190...",
                    "reason": "Partners met eigen uitvoeringskracht willen zelf sturen.",
                }
            ]
        }
    )

    option_id: uuid.UUID
    reason: Annotated[
        str,
        Field(min_length=1, max_length=5000, description="Why this option."),
        AfterValidator(strip_required),
    ]


class SignOffRead(Schema):
    id: uuid.UUID
    version_number: int
    partner_id: uuid.UUID | None
    partner_name: str
    organisation_id: uuid.UUID | None
    organisation_name: str
    user_id: uuid.UUID | None
    user_name: str
    signed_at: datetime


class PartyRead(BaseModel):
    partner_id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None = Field(
        description="The member organisation that signs; null for a partner outside Vitaal "
        "(a stakeholder or a name), which signs on paper and is not counted."
    )
    signs_in_vitaal: bool
    you_may_sign: bool = Field(description="You are a member of this party's organisation.")
    current_sign_off: SignOffRead | None = Field(
        description="Its signature on the current version."
    )
    earlier_sign_offs: list[SignOffRead] = Field(description="Signatures on earlier versions.")


class VersionSummary(BaseModel):
    number: int
    author_name: str
    created_at: datetime
    note: str
    reason: VersionReason = Field(
        description="`text`: the text changed; `options`: the options or a choice changed after "
        "the previous version went out for signature (the text is the same)."
    )
    sent_for_signature_at: datetime | None
    sent_by_name: str | None
    sign_offs: int


class VersionRead(VersionSummary):
    content: str
    html: str = Field(description="The content rendered; raw HTML in it is escaped.")
    sign_off_list: list[SignOffRead]
    options: list[AgreementOptionRead] | None = Field(
        description="The options as they were when this version went out for signature; null "
        "while it has not (then the agreement's current options apply)."
    )
    choices: list[ChoiceRead] | None = Field(description="The choices at that moment, likewise.")


class AgreementOptionRead(BaseModel):
    id: uuid.UUID
    kind: OptionKind
    governance_model: GovernanceModel | None
    title: str
    description: str
    pros: list[str]
    cons: list[str]
    chosen: bool


class ChoiceRead(BaseModel):
    kind: OptionKind
    option_id: uuid.UUID
    option_title: str
    reason: str
    chosen_by_name: str
    chosen_at: datetime


class AgreementSummary(BaseModel):
    id: uuid.UUID
    coalition_id: uuid.UUID
    type: AgreementType
    title: str
    status: SignatureStatus
    current_version: int
    signing_parties: int = Field(description="Parties that sign in Vitaal.")
    signed: int = Field(description="Of those, how many signed the current version.")
    created_by_name: str
    created_at: datetime
    updated_at: datetime


class AgreementRead(AgreementSummary):
    content: str = Field(description="The current version's markdown.")
    content_html: str = Field(description="The same, rendered; raw HTML in it is escaped.")
    version: VersionSummary
    parties: list[PartyRead]
    not_signed: list[str] = Field(description="Signing parties still to sign the current version.")
    options: list[AgreementOptionRead]
    choices: list[ChoiceRead]
    used_for_founding: bool


class PreviewIn(BaseModel):
    content: str = Field(max_length=MAX_CONTENT, description="Markdown.")


class PreviewOut(BaseModel):
    html: str = Field(description="Rendered as the agreement page and the export show it.")


class DiffLineOut(Schema):
    kind: LineKind
    text: str
    old_number: int | None
    new_number: int | None


class HunkOut(Schema):
    old_start: int
    old_count: int
    new_start: int
    new_count: int
    lines: list[DiffLineOut]


class VersionDiff(BaseModel):
    from_version: int
    to_version: int
    added: int
    removed: int
    hunks: list[HunkOut]


class FoundingCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "founded_on": "2026-11-29",
                    "agreement_id": "0190...",
                    "partner_ids": None,
                    "note": "Startbijeenkomst in het stadhuis.",
                }
            ]
        }
    )

    founded_on: date
    agreement_id: uuid.UUID = Field(
        description="Signed as the coalition's founding rule (`founding_signatories`) requires."
    )
    partner_ids: list[uuid.UUID] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_PARTIES,
        description="The founding partners; each one that is a member organisation must have "
        "signed. When left out: the agreement's parties that signed its current version, and "
        "those outside Vitaal (they sign on paper).",
    )
    note: Annotated[str, Field(max_length=5000), AfterValidator(str.strip)] = ""


class FoundingPartner(BaseModel):
    partner_id: uuid.UUID | None
    name: str
    organisation_id: uuid.UUID | None


class PotentialPartner(FoundingPartner):
    signed_later: SignOffRead | None = Field(
        description="Its first signature on the agreement after the founding (on the founding "
        "version or a later one); null while it has not signed."
    )


class FoundingRead(BaseModel):
    founded_on: date
    agreement_id: uuid.UUID
    agreement_title: str
    agreement_type: AgreementType
    version_number: int
    signatories: FoundingSignatories = Field(
        description="The founding rule the coalition was founded under."
    )
    founding_partners: list[FoundingPartner]
    potential_partners: list[PotentialPartner] = Field(
        description="The agreement's parties signing in Vitaal that had not signed the founding "
        "version (only under `signed_parties`): they can still sign, which does not change "
        "the founding."
    )
    note: str
    recorded_by_name: str
    created_at: datetime


class FoundingState(BaseModel):
    coalition_status: CoalitionStatus
    founding: FoundingRead | None = Field(description="Null until the coalition is founded.")
