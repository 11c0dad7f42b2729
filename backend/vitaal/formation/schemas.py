from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from vitaal.core.errors import Unprocessable
from vitaal.core.patching import NotNull, Patch
from vitaal.core.schemas import Schema
from vitaal.formation.domain import Sharing, TopicDecision, clean_topic
from vitaal.formation.models import ExecutionPower
from vitaal.journey.schemas import LocalisedText
from vitaal.partners.models import PartnerStatus

Answer = Annotated[str, Field(max_length=10_000), AfterValidator(str.strip)]
SpokeWith = Annotated[str, Field(max_length=200), AfterValidator(str.strip)]

# --- bilateral conversations (step 1) ---------------------------------------------------------


class ConversationAnswers(BaseModel):
    driver: Answer = ""
    developments: Answer = ""
    expected_yield: Answer = ""
    adapt_activities: Answer = ""
    extra_efforts: Answer = ""
    worries: Answer = ""
    agreements_recording: Answer = ""


class ConversationCreate(ConversationAnswers):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "held_on": "2026-11-02",
                    "spoke_with": "Fatima Amrani, bestuurder",
                    "driver": "Meer leerlingen uit de binnenstad en een veilige schoolroute.",
                    "worries": "Of de ondernemers de jongeren willen betrekken.",
                }
            ]
        }
    )

    held_on: date
    interviewer_id: uuid.UUID | None = Field(
        default=None,
        description="A user of a member organisation of the coalition; the caller when left out.",
    )
    spoke_with: SpokeWith = ""


class ConversationUpdate(Patch):
    held_on: NotNull[date] = None
    # The column is nullable only so that removing a user keeps the conversation; through the
    # API a conversation always has an interviewer.
    interviewer_id: NotNull[uuid.UUID] = None
    spoke_with: NotNull[SpokeWith] = None
    driver: NotNull[Answer] = None
    developments: NotNull[Answer] = None
    expected_yield: NotNull[Answer] = None
    adapt_activities: NotNull[Answer] = None
    extra_efforts: NotNull[Answer] = None
    worries: NotNull[Answer] = None
    agreements_recording: NotNull[Answer] = None


class ConversationRead(ConversationAnswers, Schema):
    id: uuid.UUID
    partner_id: uuid.UUID
    partner_name: str
    held_on: date
    interviewer_id: uuid.UUID | None
    interviewer_name: str
    spoke_with: str
    created_at: datetime
    updated_at: datetime


class ConversationAnswerItem(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    conversation_id: uuid.UUID
    held_on: date
    interviewer_name: str
    answer: str


class ConversationQuestionSummary(BaseModel):
    key: str
    label: LocalisedText
    answers: list[ConversationAnswerItem] = Field(description="Non-empty answers, newest first.")


class PartnerConversationCount(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    status: PartnerStatus
    conversations: int
    last_held_on: date | None


class ConversationSummary(BaseModel):
    """Of the conversations you see: all of them in the core team (or once they are shared),
    otherwise those held with your own organisation."""

    questions: list[ConversationQuestionSummary]
    partners: list[PartnerConversationCount] = Field(
        description="Every partner, or only your own organisation's when the conversations are "
        "preparation you do not see."
    )


# --- interests and the domain (step 2) --------------------------------------------------------


def _topic(value: str) -> str:
    cleaned = clean_topic(value)
    if not cleaned:
        raise ValueError("a topic needs words, not only spaces")
    return cleaned


class InterestCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"topic": "Veilige schoolroutes", "weight": 4, "reason_to_join": True}]
        }
    )

    topic: str = Field(min_length=1, max_length=200)
    weight: int = Field(ge=1, le=5, description="How much the topic matters to the partner.")
    reason_to_join: bool = False

    _clean = field_validator("topic")(_topic)


class InterestUpdate(Patch):
    topic: NotNull[str] = Field(default=None, min_length=1, max_length=200)
    weight: NotNull[int] = Field(default=None, ge=1, le=5)
    reason_to_join: NotNull[bool] = None

    _clean = field_validator("topic")(_topic)


class InterestRead(Schema):
    id: uuid.UUID
    partner_id: uuid.UUID
    topic: str
    topic_key: str
    weight: int
    reason_to_join: bool
    created_at: datetime
    updated_at: datetime


class DomainPartner(BaseModel):
    id: uuid.UUID
    name: str
    status: PartnerStatus


class DomainHolder(BaseModel):
    partner_id: uuid.UUID
    weight: int
    reason_to_join: bool


class DomainTopic(BaseModel):
    key: str
    label: str
    sharing: Sharing
    total_weight: int
    holders: list[DomainHolder]
    legitimate_reason_to_join: bool = Field(
        description="Held by one partner only, as its reason to join: a legitimate reason, "
        "as the seed's property owners have for the rent of their offices."
    )
    decision: TopicDecision = Field(description="Whether the coalition took the topic up.")
    decision_reason: str
    decided_by_name: str | None = Field(description="Null while nobody decided.")
    decided_at: datetime | None


class DomainReasonToJoin(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    topics: list[str] = Field(description="Keys of one-partner topics that are its reason to join.")


class DomainSummary(BaseModel):
    shared_by_all: list[str]
    shared_by_several: list[str]
    single_partner: list[str]
    in_domain: list[str] = Field(description="The decided domain: topics the coalition took up.")
    not_in_domain: list[str] = Field(description="Topics the coalition left out, with a reason.")
    undecided: list[str]
    reasons_to_join: list[DomainReasonToJoin] = Field(
        description="Partners that join for a topic nobody else holds."
    )
    without_interests: list[uuid.UUID]


class DomainRead(BaseModel):
    partners: list[DomainPartner] = Field(description="The matrix's columns.")
    topics: list[DomainTopic] = Field(
        description="The matrix's rows, most widely held first: the candidate topics, each "
        "with the coalition's decision."
    )
    summary: DomainSummary


class DomainDecisionUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "topic": "Bereikbaarheid en parkeren",
                    "decision": "not_in_domain",
                    "reason": "Parkeren hoort bij het mobiliteitsbeleid van de gemeente.",
                }
            ]
        }
    )

    topic: str = Field(
        min_length=1,
        max_length=200,
        description="A candidate topic, in any spelling: matched like the interests.",
    )
    decision: TopicDecision
    reason: str = Field(
        default="", max_length=5000, description="Why; required to leave a topic out."
    )

    _clean = field_validator("topic")(_topic)

    @field_validator("reason")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _reason_to_leave_out(self) -> DomainDecisionUpdate:
        # Organisations have more goals than the coalition takes up; a partner whose topic is
        # left out should be able to read why.
        if self.decision is TopicDecision.not_in_domain and not self.reason:
            raise Unprocessable.field(
                "body.reason", "give a reason to leave a topic out of the domain", "missing"
            )
        return self


class DomainDecisionRead(Schema):
    topic_key: str
    decision: TopicDecision
    reason: str
    decided_by_name: str
    decided_at: datetime


# --- own plan (step 3) ------------------------------------------------------------------------


class PartnerPlanUpdate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "role": "Trekker deelthema jongeren",
                    "execution_power": "extra_means",
                    "notes": "Kan meedoen als er subsidie komt voor een schoolcoach.",
                }
            ]
        }
    )

    role: str = Field(default="", max_length=200)
    execution_power: ExecutionPower | None = None
    notes: str = Field(default="", max_length=10_000)


class PartnerMatrixPosition(Schema):
    """The partner's aggregated position from the partner matrix (not a copy: read live)."""

    influence: float
    dependency: float
    assessors: int
    disagreement: bool | None = Field(
        description="The assessors differ by 3 or more; null when the assessments are "
        "preparation you do not see."
    )
    last_assessed_at: datetime


class InterestTotals(BaseModel):
    topics: int
    total_weight: int
    reasons_to_join: list[str]


class PartnerPlanRead(BaseModel):
    partner_id: uuid.UUID
    partner_name: str
    partner_status: PartnerStatus
    role: str
    execution_power: ExecutionPower | None
    notes: str
    updated_by_name: str | None
    updated_at: datetime | None
    position: PartnerMatrixPosition | None = Field(
        description="Null while nobody assessed the partner, or when the partner matrix is "
        "preparation you do not see."
    )
    interests: InterestTotals


class CollaborationDraftUpdate(BaseModel):
    text: str = Field(max_length=50_000)


class CollaborationDraftRead(Schema):
    text: str
    updated_by_name: str | None
    updated_at: datetime | None


class OwnPlanRead(BaseModel):
    draft: CollaborationDraftRead
    partners: list[PartnerPlanRead]
