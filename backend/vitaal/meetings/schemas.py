from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    HttpUrl,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.core.text import strip_required
from vitaal.meetings import scale
from vitaal.meetings.models import (
    AgendaPart,
    CommitmentLevel,
    InvitedBy,
    InviteeAttendance,
    InviteeScope,
    MeetingOutcomeKind,
    MeetingStatus,
    MeetingType,
)
from vitaal.meetings.template import AgendaLanguage

MAX_MINUTES_LENGTH = 100_000
_url = TypeAdapter(HttpUrl)
_email = TypeAdapter(EmailStr)


def _optional_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        return str(_url.validate_python(value))
    except ValidationError:
        raise ValueError("must be empty or a web address such as https://example.nl") from None


def _url_required(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return _optional_url(value)


def _optional_email(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        return _email.validate_python(value).lower()
    except ValidationError:
        raise ValueError("must be empty or an e-mail address") from None


Title = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(strip_required)]
Name = Annotated[str, Field(max_length=200), AfterValidator(str.strip)]
Place = Annotated[str, Field(max_length=300), AfterValidator(str.strip)]
Text = Annotated[str, Field(max_length=5000)]
Link = Annotated[str, Field(max_length=500), AfterValidator(_optional_url)]
Email = Annotated[str, Field(max_length=320), AfterValidator(_optional_email)]
Duration = Annotated[int, Field(ge=0, le=1440, description="Minutes.")]
Description = Annotated[str, Field(min_length=1, max_length=5000), AfterValidator(strip_required)]


def check_ends_after(starts_at: datetime | None, ends_at: datetime | None) -> None:
    if starts_at is not None and ends_at is not None and ends_at < starts_at:
        raise Unprocessable.field(
            "body.ends_at", "must not be before starts_at", "ends_before_start"
        )


# --- meetings ------------------------------------------------------------------------------


class MeetingCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "exploration",
                    "title": "Verkenningsbijeenkomst Levendige binnenstad",
                    "starts_at": "2026-12-10T15:00:00+01:00",
                    "ends_at": "2026-12-10T18:00:00+01:00",
                    "place": "Stadhuis Rivierstad, raadzaal",
                    "chair_name": "Onafhankelijk gespreksleider",
                    "invitee_scope": "with_stakeholders",
                    "invited_by": "front_runners",
                    "invitation_note": "De uitnodiging gaat uit van gemeente en ondernemers samen.",
                    "agenda_template": "nl",
                }
            ]
        }
    )

    type: MeetingType
    title: Title
    starts_at: datetime
    ends_at: datetime | None = None
    place: Place = ""
    link: Link = ""
    chair_name: Name = ""
    invitee_scope: InviteeScope | None = None
    invited_by: InvitedBy | None = None
    invitation_note: Text = ""
    agenda_template: AgendaLanguage | None = Field(
        default=None,
        description="Fill the agenda with the seed's programme for this type of meeting, in this "
        "language; leave out for an empty agenda.",
    )

    @model_validator(mode="after")
    def _times(self) -> MeetingCreate:
        if self.starts_at.tzinfo is None:
            raise Unprocessable.field(
                "body.starts_at", "needs a time zone offset", "naive_datetime"
            )
        if self.ends_at is not None and self.ends_at.tzinfo is None:
            raise Unprocessable.field("body.ends_at", "needs a time zone offset", "naive_datetime")
        check_ends_after(self.starts_at, self.ends_at)
        return self


class MeetingUpdate(Patch):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "held", "minutes": "## Verslag\n\n..."}]}
    )

    type: NotNull[MeetingType] = None
    status: NotNull[MeetingStatus] = None
    title: NotNull[Title] = None
    starts_at: NotNull[datetime] = None
    ends_at: datetime | None = None
    place: NotNull[Place] = None
    link: NotNull[Link] = None
    chair_name: NotNull[Name] = None
    invitee_scope: InviteeScope | None = None
    invited_by: InvitedBy | None = None
    invitation_note: NotNull[Text] = None
    minutes: NotNull[str] = Field(
        default=None, max_length=MAX_MINUTES_LENGTH, description="Markdown."
    )

    @model_validator(mode="after")
    def _times(self) -> MeetingUpdate:
        for field in ("starts_at", "ends_at"):
            value = getattr(self, field)
            if value is not None and value.tzinfo is None:
                raise Unprocessable.field(
                    f"body.{field}", "needs a time zone offset", "naive_datetime"
                )
        return self


class InviteeCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "partner_id": "01935c1e-0000-7000-8000-000000000001",
                    "person_name": "Fatima Amrani",
                    "email": "f.amrani@scholengroep.example",
                    "has_execution_power": True,
                }
            ]
        }
    )

    partner_id: uuid.UUID | None = Field(default=None, description="A partner of the coalition.")
    person_name: Name = ""
    email: Email = ""
    has_execution_power: bool | None = Field(
        default=None, description="Whether the invitee can act on its own (uitvoeringskracht)."
    )
    note: Text = ""

    @model_validator(mode="after")
    def _someone(self) -> InviteeCreate:
        if self.partner_id is None and not self.person_name:
            raise Unprocessable.field("body.person_name", "give a partner_id or a person_name")
        return self


class InviteeUpdate(Patch):
    person_name: NotNull[Name] = None
    email: NotNull[Email] = None
    has_execution_power: bool | None = None
    note: NotNull[Text] = None
    attendance: InviteeAttendance | None = Field(default=None, description="Send null to clear.")


class InviteeRead(Schema):
    id: uuid.UUID
    partner_id: uuid.UUID | None
    partner_name: str | None
    person_name: str
    email: str
    has_execution_power: bool | None
    note: str
    attendance: InviteeAttendance | None


class MeetingDocumentCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"title": "Notitie: aanleiding en doel", "url": "https://docs.example/notitie.pdf"}
            ]
        }
    )

    title: Title
    url: Annotated[str, Field(max_length=1000), AfterValidator(_url_required)]


class MeetingDocumentRead(Schema):
    id: uuid.UUID
    title: str
    url: str


class MeetingAgendaItemCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "part": "central",
                    "title": "Deelthema veiligheid",
                    "description": "Groep met politie en ondernemers",
                    "duration_minutes": 30,
                }
            ]
        }
    )

    part: AgendaPart | None = None
    title: Title
    description: Text = ""
    duration_minutes: Duration | None = None
    position: int | None = Field(
        default=None, ge=0, description="Where to insert (0 = first); at the end when left out."
    )


class MeetingAgendaItemUpdate(Patch):
    part: AgendaPart | None = None
    title: NotNull[Title] = None
    description: NotNull[Text] = None
    duration_minutes: Duration | None = None


class MeetingAgendaOrder(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"item_ids": []}]})

    item_ids: list[uuid.UUID] = Field(
        max_length=200, description="Every agenda item of the meeting, once, in the new order."
    )


class MeetingAgendaItemRead(Schema):
    id: uuid.UUID
    part: AgendaPart | None
    title: str
    description: str
    duration_minutes: int | None
    position: int


class MeetingOutcomeCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "next_step",
                    "description": "Initiatiefvoorstel opstellen met twee inhoudelijke opties",
                    "owner_name": "Anne de Vries",
                    "due_on": "2027-01-31",
                }
            ]
        }
    )

    kind: MeetingOutcomeKind
    description: Description
    owner_partner_id: uuid.UUID | None = None
    owner_name: Name = ""
    due_on: date | None = None
    done: bool = False


class MeetingOutcomeUpdate(Patch):
    kind: NotNull[MeetingOutcomeKind] = None
    description: NotNull[Description] = None
    owner_partner_id: uuid.UUID | None = None
    owner_name: NotNull[Name] = None
    due_on: date | None = None
    done: NotNull[bool] = None


class MeetingOutcomeRead(Schema):
    id: uuid.UUID
    kind: MeetingOutcomeKind
    description: str
    owner_partner_id: uuid.UUID | None
    owner_partner_name: str | None
    owner_name: str
    due_on: date | None
    done: bool
    created_at: datetime


class CommitmentCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "partner_id": "01935c1e-0000-7000-8000-000000000001",
                    "level": "intends_to_join",
                    "points_to_discuss": "Inzet van docenten buiten lestijd",
                }
            ]
        }
    )

    partner_id: uuid.UUID
    level: CommitmentLevel
    points_to_discuss: Text = ""


class CommitmentRead(Schema):
    id: uuid.UUID
    meeting_id: uuid.UUID
    partner_id: uuid.UUID
    partner_name: str
    level: CommitmentLevel
    points_to_discuss: str
    recorded_by_name: str
    recorded_at: datetime


class CommitmentLevelWrite(BaseModel):
    level: CommitmentLevel
    label: str = Field(min_length=1, max_length=80)
    description: str = Field(default="", max_length=500)
    counts_as_commitment: bool

    _label = field_validator("label")(strip_required)

    @field_validator("description")
    @classmethod
    def _description(cls, value: str) -> str:
        return value.strip()


class CommitmentScaleUpdate(BaseModel):
    """Every level, weakest first, in the organisation's own words."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "levels": [
                        {
                            "level": "not_interested",
                            "label": "Doet niet mee",
                            "description": "",
                            "counts_as_commitment": False,
                        },
                        {
                            "level": "exploring",
                            "label": "Denkt mee",
                            "description": "Praat mee, zonder toezegging",
                            "counts_as_commitment": False,
                        },
                        {
                            "level": "intends_to_join",
                            "label": "Tekent de intentieverklaring",
                            "description": "",
                            "counts_as_commitment": True,
                        },
                        {
                            "level": "committed",
                            "label": "Levert capaciteit of geld",
                            "description": "",
                            "counts_as_commitment": True,
                        },
                    ]
                }
            ]
        }
    )

    levels: list[CommitmentLevelWrite] = Field(min_length=4, max_length=4)

    @model_validator(mode="after")
    def _fixed_keys(self) -> CommitmentScaleUpdate:
        if [item.level for item in self.levels] != list(CommitmentLevel):
            raise Unprocessable.field(
                "body.levels",
                "give every level once, weakest first: " + ", ".join(CommitmentLevel),
                "fixed_levels",
            )
        if not scale.counting_is_valid({i.level: i.counts_as_commitment for i in self.levels}):
            raise Unprocessable.field(
                "body.levels",
                "the strongest level counts as commitment, and a level can only count when "
                "every stronger level does",
                "counting_order",
            )
        return self


class CommitmentLevelRead(Schema):
    level: CommitmentLevel
    label: str | None = Field(description="Null: Vitaal's name for the level (the app names it).")
    description: str | None = Field(description="Null: Vitaal's description.")
    counts_as_commitment: bool


class CommitmentScaleRead(BaseModel):
    organisation_id: uuid.UUID = Field(description="Whose scale this is.")
    organisation_name: str
    own: bool = Field(description="The organisation's own words; false: Vitaal's scale.")
    saved_at: datetime | None
    levels: list[CommitmentLevelRead] = Field(description="Weakest first.")


class MeetingSummary(BaseModel):
    id: uuid.UUID
    coalition_id: uuid.UUID
    type: MeetingType
    status: MeetingStatus
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    link: str
    invitees: int
    agenda_minutes: int = Field(description="Sum of the agenda items' durations.")
    open_next_steps: int


class MeetingRead(Schema):
    id: uuid.UUID
    coalition_id: uuid.UUID
    type: MeetingType
    status: MeetingStatus
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    link: str
    chair_name: str
    invitee_scope: InviteeScope | None
    invited_by: InvitedBy | None
    invitation_note: str
    minutes: str
    invitees: list[InviteeRead]
    documents: list[MeetingDocumentRead]
    agenda: list[MeetingAgendaItemRead]
    agenda_minutes: int
    outcomes: list[MeetingOutcomeRead]
    commitments: list[CommitmentRead] = Field(
        description="Determinations recorded at this meeting, oldest first."
    )
    created_at: datetime
    updated_at: datetime


class AgendaTemplateItem(Schema):
    part: AgendaPart
    title: str
    description: str
    duration_minutes: int


class PartnerCommitment(Schema):
    partner_id: uuid.UUID
    partner_name: str
    level: CommitmentLevel | None = Field(description="The latest determination; null if none.")
    points_to_discuss: str
    meeting_id: uuid.UUID | None
    recorded_at: datetime | None
    determinations: int = Field(description="How many times it was determined.")


class CommitmentSummary(BaseModel):
    partners: list[PartnerCommitment] = Field(description="Every partner, strongest level first.")
    by_level: dict[CommitmentLevel, int]
    undetermined: int
    committed: int = Field(description="Partners whose current level counts as commitment.")
    scale: CommitmentScaleRead = Field(
        description="The scale of the coalition's coordinating organisation."
    )
