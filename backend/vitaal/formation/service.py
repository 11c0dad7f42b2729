"""Coalition formation, round 1: conversations (step 1), interests and the domain (step 2), the
own plan for the collaboration (step 3)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionMember
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.formation import domain
from vitaal.formation.models import (
    CollaborationDraft,
    PartnerConversation,
    PartnerInterest,
    PartnerPlan,
)
from vitaal.formation.questions import CONVERSATION_QUESTIONS, QUESTION_KEYS
from vitaal.formation.schemas import (
    CollaborationDraftRead,
    CollaborationDraftUpdate,
    ConversationAnswerItem,
    ConversationCreate,
    ConversationQuestionSummary,
    ConversationRead,
    ConversationSummary,
    ConversationUpdate,
    DomainHolder,
    DomainPartner,
    DomainRead,
    DomainSummary,
    DomainTopic,
    DomainWarning,
    InterestCreate,
    InterestRead,
    InterestTotals,
    InterestUpdate,
    OwnPlanRead,
    PartnerConversationCount,
    PartnerMatrixPosition,
    PartnerPlanRead,
    PartnerPlanUpdate,
)
from vitaal.journey.schemas import LocalisedText
from vitaal.organisations.models import Membership
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner, PartnerPosition

# --- conversations ----------------------------------------------------------------------------


def _conversation_read(conversation: PartnerConversation, partner_name: str) -> ConversationRead:
    return ConversationRead(
        id=conversation.id,
        partner_id=conversation.partner_id,
        partner_name=partner_name,
        held_on=conversation.held_on,
        interviewer_id=conversation.interviewer_id,
        interviewer_name=conversation.interviewer_name,
        spoke_with=conversation.spoke_with,
        created_at=conversation.created_at,
        updated_at=conversation.updated_at,
        **{key: getattr(conversation, key) for key in QUESTION_KEYS},
    )


async def _interviewer(
    session: AsyncSession, access: CoalitionAccess, interviewer_id: uuid.UUID
) -> User:
    """A user of one of the coalition's member organisations; nobody else can be named."""
    user = await session.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .join(CoalitionMember, CoalitionMember.organisation_id == Membership.organisation_id)
        .where(User.id == interviewer_id, CoalitionMember.coalition_id == access.coalition.id)
        .limit(1)
    )
    if user is None:
        raise Unprocessable.field(
            "body.interviewer_id", "not a member of an organisation in this coalition", "not_member"
        )
    return user


async def add_conversation(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    partner_id: uuid.UUID,
    data: ConversationCreate,
) -> ConversationRead:
    access.require_manage()
    partner = await partner_service.get_partner(session, access, partner_id)
    interviewer = user
    if data.interviewer_id is not None and data.interviewer_id != user.id:
        interviewer = await _interviewer(session, access, data.interviewer_id)
    conversation = PartnerConversation(
        coalition_id=access.coalition.id,
        partner_id=partner.id,
        held_on=data.held_on,
        interviewer_id=interviewer.id,
        interviewer_name=interviewer.name,
        spoke_with=data.spoke_with.strip(),
        **{key: getattr(data, key).strip() for key in QUESTION_KEYS},
    )
    session.add(conversation)
    await session.flush()
    return _conversation_read(conversation, partner.name)


async def _conversation(
    session: AsyncSession, access: CoalitionAccess, conversation_id: uuid.UUID
) -> tuple[PartnerConversation, str]:
    row = (
        await session.execute(
            select(PartnerConversation, CoalitionPartner.name)
            .join(CoalitionPartner, CoalitionPartner.id == PartnerConversation.partner_id)
            .where(
                PartnerConversation.id == conversation_id,
                PartnerConversation.coalition_id == access.coalition.id,
            )
        )
    ).first()
    if row is None:
        raise NotFound("Conversation not found.")
    return row[0], row[1]


async def get_conversation(
    session: AsyncSession, access: CoalitionAccess, conversation_id: uuid.UUID
) -> ConversationRead:
    return _conversation_read(*await _conversation(session, access, conversation_id))


async def update_conversation(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    conversation_id: uuid.UUID,
    data: ConversationUpdate,
) -> ConversationRead:
    access.require_manage()
    conversation, partner_name = await _conversation(session, access, conversation_id)
    sent = data.model_fields_set
    if "held_on" in sent:
        if data.held_on is None:
            raise Unprocessable.field("body.held_on", "may not be null", "null")
        conversation.held_on = data.held_on
    if "interviewer_id" in sent:
        if data.interviewer_id is None:
            raise Unprocessable.field("body.interviewer_id", "may not be null", "null")
        interviewer = await _interviewer(session, access, data.interviewer_id)
        conversation.interviewer_id = interviewer.id
        conversation.interviewer_name = interviewer.name
    for field in ("spoke_with", *QUESTION_KEYS):
        if field in sent:
            setattr(conversation, field, (getattr(data, field) or "").strip())
    conversation.updated_at = utcnow()
    await session.flush()
    return _conversation_read(conversation, partner_name)


async def delete_conversation(
    session: AsyncSession, access: CoalitionAccess, conversation_id: uuid.UUID
) -> None:
    access.require_manage()
    conversation, _ = await _conversation(session, access, conversation_id)
    await session.delete(conversation)
    await session.flush()


async def list_conversations(
    session: AsyncSession,
    access: CoalitionAccess,
    partner_id: uuid.UUID | None,
    params: PageParams,
) -> tuple[list[ConversationRead], str | None]:
    stmt = (
        select(PartnerConversation, CoalitionPartner.name)
        .join(CoalitionPartner, CoalitionPartner.id == PartnerConversation.partner_id)
        .where(PartnerConversation.coalition_id == access.coalition.id)
    )
    if partner_id is not None:
        await partner_service.get_partner(session, access, partner_id)
        stmt = stmt.where(PartnerConversation.partner_id == partner_id)
    rows, cursor = await fetch_page(session, stmt, PartnerConversation.id, params)
    return [_conversation_read(conversation, name) for conversation, name in rows], cursor


async def _partners(session: AsyncSession, access: CoalitionAccess) -> list[Any]:
    return list(
        (
            await session.execute(
                select(CoalitionPartner.id, CoalitionPartner.name, CoalitionPartner.status)
                .where(CoalitionPartner.coalition_id == access.coalition.id)
                .order_by(CoalitionPartner.name, CoalitionPartner.id)
            )
        ).all()
    )


async def conversation_summary(
    session: AsyncSession, access: CoalitionAccess
) -> ConversationSummary:
    """Per question, every partner's answer across all conversations, newest first."""
    partners = await _partners(session, access)
    names = {p.id: p.name for p in partners}
    conversations = (
        await session.scalars(
            select(PartnerConversation)
            .where(PartnerConversation.coalition_id == access.coalition.id)
            .order_by(PartnerConversation.held_on.desc(), PartnerConversation.id.desc())
        )
    ).all()
    counts: dict[uuid.UUID, int] = defaultdict(int)
    last: dict[uuid.UUID, Any] = {}
    for conversation in conversations:
        counts[conversation.partner_id] += 1
        last.setdefault(conversation.partner_id, conversation.held_on)
    return ConversationSummary(
        questions=[
            ConversationQuestionSummary(
                key=question.key,
                label=LocalisedText(nl=question.label.nl, en=question.label.en),
                answers=[
                    ConversationAnswerItem(
                        partner_id=c.partner_id,
                        partner_name=names[c.partner_id],
                        conversation_id=c.id,
                        held_on=c.held_on,
                        interviewer_name=c.interviewer_name,
                        answer=getattr(c, question.key),
                    )
                    for c in conversations
                    if getattr(c, question.key)
                ],
            )
            for question in CONVERSATION_QUESTIONS
        ],
        partners=[
            PartnerConversationCount(
                partner_id=p.id,
                partner_name=p.name,
                status=p.status,
                conversations=counts[p.id],
                last_held_on=last.get(p.id),
            )
            for p in partners
        ],
    )


# --- interests and the domain -----------------------------------------------------------------


def _interest_read(interest: PartnerInterest) -> InterestRead:
    return InterestRead(
        id=interest.id,
        partner_id=interest.partner_id,
        topic=interest.topic,
        topic_key=interest.topic_key,
        weight=interest.weight,
        reason_to_join=interest.reason_to_join,
        created_at=interest.created_at,
        updated_at=interest.updated_at,
    )


async def _ensure_new_topic(
    session: AsyncSession, partner_id: uuid.UUID, key: str, except_id: uuid.UUID | None = None
) -> None:
    stmt = select(PartnerInterest.id).where(
        PartnerInterest.partner_id == partner_id, PartnerInterest.topic_key == key
    )
    if except_id is not None:
        stmt = stmt.where(PartnerInterest.id != except_id)
    if await session.scalar(stmt) is not None:
        raise Conflict(
            "The partner already has this topic.",
            errors=[
                FieldError(
                    field="body.topic",
                    reason="the partner already has this topic",
                    code="duplicate",
                )
            ],
        )


async def add_interest(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID, data: InterestCreate
) -> InterestRead:
    access.require_manage()
    partner = await partner_service.get_partner(session, access, partner_id)
    key = domain.topic_key(data.topic)
    await _ensure_new_topic(session, partner.id, key)
    interest = PartnerInterest(
        coalition_id=access.coalition.id,
        partner_id=partner.id,
        topic=data.topic,
        topic_key=key,
        weight=data.weight,
        reason_to_join=data.reason_to_join,
    )
    session.add(interest)
    await session.flush()
    return _interest_read(interest)


async def _interest(
    session: AsyncSession, access: CoalitionAccess, interest_id: uuid.UUID
) -> PartnerInterest:
    interest = await session.scalar(
        select(PartnerInterest).where(
            PartnerInterest.id == interest_id,
            PartnerInterest.coalition_id == access.coalition.id,
        )
    )
    if interest is None:
        raise NotFound("Interest not found.")
    return interest


async def update_interest(
    session: AsyncSession, access: CoalitionAccess, interest_id: uuid.UUID, data: InterestUpdate
) -> InterestRead:
    access.require_manage()
    interest = await _interest(session, access, interest_id)
    sent = data.model_fields_set
    for field in ("topic", "weight", "reason_to_join"):
        if field in sent and getattr(data, field) is None:
            raise Unprocessable.field(f"body.{field}", "may not be null", "null")
    if data.topic is not None:
        key = domain.topic_key(data.topic)
        await _ensure_new_topic(session, interest.partner_id, key, except_id=interest.id)
        interest.topic, interest.topic_key = data.topic, key
    if data.weight is not None:
        interest.weight = data.weight
    if data.reason_to_join is not None:
        interest.reason_to_join = data.reason_to_join
    interest.updated_at = utcnow()
    try:
        await session.flush()
    except IntegrityError:  # the same topic added at the same moment by someone else
        raise Conflict("The partner already has this topic.") from None
    return _interest_read(interest)


async def delete_interest(
    session: AsyncSession, access: CoalitionAccess, interest_id: uuid.UUID
) -> None:
    access.require_manage()
    await session.delete(await _interest(session, access, interest_id))
    await session.flush()


async def list_interests(
    session: AsyncSession,
    access: CoalitionAccess,
    partner_id: uuid.UUID | None,
    params: PageParams,
) -> tuple[list[InterestRead], str | None]:
    stmt = select(PartnerInterest).where(PartnerInterest.coalition_id == access.coalition.id)
    if partner_id is not None:
        await partner_service.get_partner(session, access, partner_id)
        stmt = stmt.where(PartnerInterest.partner_id == partner_id)
    rows, cursor = await fetch_page(session, stmt, PartnerInterest.id, params)
    return [_interest_read(interest) for (interest,) in rows], cursor


async def _all_interests(session: AsyncSession, access: CoalitionAccess) -> list[PartnerInterest]:
    return list(
        (
            await session.scalars(
                select(PartnerInterest)
                .where(PartnerInterest.coalition_id == access.coalition.id)
                .order_by(PartnerInterest.id)
            )
        ).all()
    )


async def coalition_domain(session: AsyncSession, access: CoalitionAccess) -> DomainRead:
    partners = await _partners(session, access)
    names = {p.id: p.name for p in partners}
    result = domain.calculate(
        [p.id for p in partners],
        (
            domain.Interest(i.partner_id, i.topic, i.weight, i.reason_to_join)
            for i in await _all_interests(session, access)
        ),
    )
    return DomainRead(
        partners=[DomainPartner(id=p.id, name=p.name, status=p.status) for p in partners],
        topics=[
            DomainTopic(
                key=topic.key,
                label=topic.label,
                sharing=topic.sharing,
                total_weight=topic.total_weight,
                holders=[
                    DomainHolder(
                        partner_id=h.partner_id, weight=h.weight, reason_to_join=h.reason_to_join
                    )
                    for h in topic.holders
                ],
            )
            for topic in result.topics
        ],
        summary=DomainSummary(
            shared_by_all=list(result.shared_by_all),
            shared_by_several=list(result.shared_by_several),
            single_partner=list(result.single_partner),
            warnings=[
                DomainWarning(
                    partner_id=w.partner_id,
                    partner_name=names[w.partner_id],
                    topics=list(w.topics),
                )
                for w in result.warnings
            ],
            without_interests=list(result.without_interests),
        ),
    )


# --- own plan ---------------------------------------------------------------------------------


def _plan_read(
    partner: Any,
    plan: PartnerPlan | None,
    position: PartnerPosition | None,
    interests: list[PartnerInterest],
) -> PartnerPlanRead:
    return PartnerPlanRead(
        partner_id=partner.id,
        partner_name=partner.name,
        partner_status=partner.status,
        role=plan.role if plan else "",
        execution_power=plan.execution_power if plan else None,
        notes=plan.notes if plan else "",
        updated_by_name=plan.updated_by_name if plan else None,
        updated_at=plan.updated_at if plan else None,
        position=PartnerMatrixPosition(
            influence=position.influence,
            dependency=position.dependency,
            assessors=position.assessors,
            disagreement=position.disagreement,
            last_assessed_at=position.last_assessed_at,
        )
        if position
        else None,
        interests=InterestTotals(
            topics=len(interests),
            total_weight=sum(i.weight for i in interests),
            reasons_to_join=[i.topic for i in interests if i.reason_to_join],
        ),
    )


async def own_plan(session: AsyncSession, access: CoalitionAccess) -> OwnPlanRead:
    coalition_id = access.coalition.id
    rows = (
        await session.execute(
            select(CoalitionPartner, PartnerPlan, PartnerPosition)
            .outerjoin(PartnerPlan, PartnerPlan.partner_id == CoalitionPartner.id)
            .outerjoin(PartnerPosition, PartnerPosition.partner_id == CoalitionPartner.id)
            .where(CoalitionPartner.coalition_id == coalition_id)
            .order_by(CoalitionPartner.name, CoalitionPartner.id)
        )
    ).all()
    per_partner: dict[uuid.UUID, list[PartnerInterest]] = defaultdict(list)
    for interest in await _all_interests(session, access):
        per_partner[interest.partner_id].append(interest)
    draft = await session.scalar(
        select(CollaborationDraft).where(CollaborationDraft.coalition_id == coalition_id)
    )
    return OwnPlanRead(
        draft=_draft_read(draft),
        partners=[
            _plan_read(partner, plan, position, per_partner[partner.id])
            for partner, plan, position in rows
        ],
    )


def _draft_read(draft: CollaborationDraft | None) -> CollaborationDraftRead:
    return CollaborationDraftRead(
        text=draft.text if draft else "",
        updated_by_name=draft.updated_by_name if draft else None,
        updated_at=draft.updated_at if draft else None,
    )


async def set_partner_plan(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    partner_id: uuid.UUID,
    data: PartnerPlanUpdate,
) -> PartnerPlanRead:
    access.require_manage()
    partner = await partner_service.get_partner(session, access, partner_id)
    plan = await session.scalar(select(PartnerPlan).where(PartnerPlan.partner_id == partner.id))
    if plan is None:
        plan = PartnerPlan(coalition_id=access.coalition.id, partner_id=partner.id)
        session.add(plan)
    plan.role = data.role.strip()
    plan.execution_power = data.execution_power
    plan.notes = data.notes.strip()
    plan.updated_by_name = user.name
    plan.updated_at = utcnow()
    await session.flush()
    position = await session.get(PartnerPosition, partner.id)
    interests = list(
        (
            await session.scalars(
                select(PartnerInterest).where(PartnerInterest.partner_id == partner.id)
            )
        ).all()
    )
    return _plan_read(partner, plan, position, interests)


async def set_draft(
    session: AsyncSession, access: CoalitionAccess, user: User, data: CollaborationDraftUpdate
) -> CollaborationDraftRead:
    access.require_manage()
    draft = await session.scalar(
        select(CollaborationDraft).where(CollaborationDraft.coalition_id == access.coalition.id)
    )
    if draft is None:
        draft = CollaborationDraft(coalition_id=access.coalition.id)
        session.add(draft)
    draft.text = data.text
    draft.updated_by_name = user.name
    draft.updated_at = utcnow()
    await session.flush()
    return _draft_read(draft)
