"""Coalition formation, round 1: conversations (step 1), interests and the domain (step 2), the
own plan for the collaboration (step 3).

The partners these belong to are resolved by the routes (``partners.deps``) and read through the
partners service; roles are checked by the routes, and so is who sees a piece as a whole. Here
the reads leave out what the caller does not see of them (vitaal/visibility.py): the
conversations held with other organisations, the matrix positions in the own plan.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from vitaal import access as authz
from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, FieldError, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.formation import domain
from vitaal.formation.models import (
    CollaborationDraft,
    DomainDecision,
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
    DomainDecisionRead,
    DomainDecisionUpdate,
    DomainHolder,
    DomainPartner,
    DomainRead,
    DomainReasonToJoin,
    DomainSummary,
    DomainTopic,
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
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner, PartnerPosition
from vitaal.visibility import WorkPiece

# --- conversations ----------------------------------------------------------------------------


async def _interviewer(
    session: AsyncSession, coalition_id: uuid.UUID, interviewer_id: uuid.UUID
) -> User:
    """A user of one of the coalition's member organisations; nobody else can be named."""
    user = await session.scalar(
        select(User).where(
            User.id == interviewer_id, User.id.in_(authz.coalition_user_ids(coalition_id))
        )
    )
    if user is None:
        raise Unprocessable.field(
            "body.interviewer_id", "not a member of an organisation in this coalition", "not_member"
        )
    return user


async def add_conversation(
    session: AsyncSession, user: User, partner: CoalitionPartner, data: ConversationCreate
) -> ConversationRead:
    interviewer = user
    if data.interviewer_id is not None and data.interviewer_id != user.id:
        interviewer = await _interviewer(session, partner.coalition_id, data.interviewer_id)
    conversation = PartnerConversation(
        coalition_id=partner.coalition_id,
        partner=partner,
        held_on=data.held_on,
        interviewer_id=interviewer.id,
        interviewer_name=interviewer.name,
        spoke_with=data.spoke_with,
        **{key: getattr(data, key) for key in QUESTION_KEYS},
    )
    session.add(conversation)
    await session.flush()
    return ConversationRead.model_validate(conversation)


def _visible_conversations(access: CoalitionAccess) -> ColumnElement[bool]:
    """The conversations the caller reads: all of them for the core team (or once shared);
    otherwise those held with the caller's own organisation, whose answers it gave. What others
    said about it stays preparation."""
    in_coalition = PartnerConversation.coalition_id == access.coalition.id
    if access.sees(WorkPiece.conversations):
        return in_coalition
    return in_coalition & PartnerConversation.partner_id.in_(
        select(CoalitionPartner.id).where(
            CoalitionPartner.coalition_id == access.coalition.id,
            CoalitionPartner.member_organisation_id.in_(access.organisation_ids),
        )
    )


def _conversations(access: CoalitionAccess) -> Select[PartnerConversation]:
    return (
        select(PartnerConversation)
        .where(_visible_conversations(access))
        .options(joinedload(PartnerConversation.partner))
    )


async def get_conversation(
    session: AsyncSession, access: CoalitionAccess, conversation_id: uuid.UUID
) -> PartnerConversation:
    """The conversation with its partner, or 404 (also for one the caller does not see)."""
    conversation = await session.scalar(
        _conversations(access).where(PartnerConversation.id == conversation_id)
    )
    if conversation is None:
        raise NotFound("Conversation not found.")
    return conversation


async def update_conversation(
    session: AsyncSession, conversation: PartnerConversation, data: ConversationUpdate
) -> ConversationRead:
    if data.interviewer_id is not None:
        interviewer = await _interviewer(session, conversation.coalition_id, data.interviewer_id)
        conversation.interviewer_name = interviewer.name
    apply_patch(conversation, data)
    conversation.updated_at = utcnow()
    await session.flush()
    return ConversationRead.model_validate(conversation)


async def delete_conversation(session: AsyncSession, conversation: PartnerConversation) -> None:
    await session.delete(conversation)
    await session.flush()


async def list_conversations(
    session: AsyncSession,
    access: CoalitionAccess,
    partner: CoalitionPartner | None,
    params: PageParams,
) -> tuple[list[ConversationRead], str | None]:
    stmt = _conversations(access)
    if partner is not None:
        stmt = stmt.where(PartnerConversation.partner_id == partner.id)
    rows, cursor = await fetch_page(session, stmt, PartnerConversation.id, params)
    return [ConversationRead.model_validate(conversation) for (conversation,) in rows], cursor


async def conversation_summary(
    session: AsyncSession, access: CoalitionAccess
) -> ConversationSummary:
    """Per question, every partner's answer across the conversations the caller sees, newest
    first; per partner whose conversations they see, how often it was spoken to."""
    partners = await partner_service.partners_by_name(session, access.coalition.id)
    if not access.sees(WorkPiece.conversations):
        partners = [p for p in partners if p.member_organisation_id in access.organisation_ids]
    names = {p.id: p.name for p in partners}
    conversations = (
        await session.scalars(
            select(PartnerConversation)
            .where(_visible_conversations(access))
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
    session: AsyncSession, partner: CoalitionPartner, data: InterestCreate
) -> InterestRead:
    key = domain.topic_key(data.topic)
    await _ensure_new_topic(session, partner.id, key)
    interest = PartnerInterest(
        coalition_id=partner.coalition_id,
        partner_id=partner.id,
        topic=data.topic,
        topic_key=key,
        weight=data.weight,
        reason_to_join=data.reason_to_join,
    )
    session.add(interest)
    await session.flush()
    return InterestRead.model_validate(interest)


async def get_interest(
    session: AsyncSession, coalition_id: uuid.UUID, interest_id: uuid.UUID
) -> PartnerInterest:
    interest = await session.scalar(
        select(PartnerInterest).where(
            PartnerInterest.id == interest_id, PartnerInterest.coalition_id == coalition_id
        )
    )
    if interest is None:
        raise NotFound("Interest not found.")
    return interest


async def update_interest(
    session: AsyncSession, interest: PartnerInterest, data: InterestUpdate
) -> InterestRead:
    if data.topic is not None:
        interest.topic_key = domain.topic_key(data.topic)
        await _ensure_new_topic(session, interest.partner_id, interest.topic_key, interest.id)
    apply_patch(interest, data)
    interest.updated_at = utcnow()
    try:
        await session.flush()
    except IntegrityError:  # the same topic added at the same moment by someone else
        raise Conflict("The partner already has this topic.") from None
    return InterestRead.model_validate(interest)


async def delete_interest(session: AsyncSession, interest: PartnerInterest) -> None:
    await session.delete(interest)
    await session.flush()


async def list_interests(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    partner: CoalitionPartner | None,
    params: PageParams,
) -> tuple[list[InterestRead], str | None]:
    stmt = select(PartnerInterest).where(PartnerInterest.coalition_id == coalition_id)
    if partner is not None:
        stmt = stmt.where(PartnerInterest.partner_id == partner.id)
    rows, cursor = await fetch_page(session, stmt, PartnerInterest.id, params)
    return [InterestRead.model_validate(interest) for (interest,) in rows], cursor


async def _all_interests(session: AsyncSession, coalition_id: uuid.UUID) -> list[PartnerInterest]:
    return list(
        (
            await session.scalars(
                select(PartnerInterest)
                .where(PartnerInterest.coalition_id == coalition_id)
                .order_by(PartnerInterest.id)
            )
        ).all()
    )


async def _decisions(session: AsyncSession, coalition_id: uuid.UUID) -> dict[str, DomainDecision]:
    return {
        decision.topic_key: decision
        for decision in await session.scalars(
            select(DomainDecision).where(DomainDecision.coalition_id == coalition_id)
        )
    }


async def coalition_domain(session: AsyncSession, coalition_id: uuid.UUID) -> DomainRead:
    partners = await partner_service.partners_by_name(session, coalition_id)
    names = {p.id: p.name for p in partners}
    decisions = await _decisions(session, coalition_id)
    result = domain.calculate(
        [p.id for p in partners],
        (
            domain.Interest(i.partner_id, i.topic, i.weight, i.reason_to_join)
            for i in await _all_interests(session, coalition_id)
        ),
        {key: row.decision for key, row in decisions.items()},
    )
    return DomainRead(
        partners=[DomainPartner(id=p.id, name=p.name, status=p.status) for p in partners],
        topics=[_domain_topic(topic, decisions.get(topic.key)) for topic in result.topics],
        summary=DomainSummary(
            shared_by_all=list(result.shared_by_all),
            shared_by_several=list(result.shared_by_several),
            single_partner=list(result.single_partner),
            in_domain=list(result.in_domain),
            not_in_domain=list(result.not_in_domain),
            undecided=list(result.undecided),
            reasons_to_join=[
                DomainReasonToJoin(
                    partner_id=r.partner_id, partner_name=names[r.partner_id], topics=list(r.topics)
                )
                for r in result.reasons_to_join
            ],
            without_interests=list(result.without_interests),
        ),
    )


def _domain_topic(topic: domain.Topic[uuid.UUID], row: DomainDecision | None) -> DomainTopic:
    return DomainTopic(
        key=topic.key,
        label=topic.label,
        sharing=topic.sharing,
        total_weight=topic.total_weight,
        holders=[
            DomainHolder(partner_id=h.partner_id, weight=h.weight, reason_to_join=h.reason_to_join)
            for h in topic.holders
        ],
        legitimate_reason_to_join=topic.legitimate_reason_to_join,
        decision=topic.decision,
        decision_reason=row.reason if row else "",
        decided_by_name=row.decided_by_name if row else None,
        decided_at=row.decided_at if row else None,
    )


async def decide_topic(
    session: AsyncSession, coalition_id: uuid.UUID, user: User, data: DomainDecisionUpdate
) -> DomainDecisionRead:
    """Only a candidate can be decided on: a topic some partner of the coalition holds."""
    key = domain.topic_key(data.topic)
    candidate = await session.scalar(
        select(PartnerInterest.id)
        .where(PartnerInterest.coalition_id == coalition_id, PartnerInterest.topic_key == key)
        .limit(1)
    )
    if candidate is None:
        raise Unprocessable.field(
            "body.topic", "no partner of this coalition holds this topic", "unknown_topic"
        )
    decision = await session.scalar(
        select(DomainDecision).where(
            DomainDecision.coalition_id == coalition_id, DomainDecision.topic_key == key
        )
    )
    if decision is None:
        decision = DomainDecision(coalition_id=coalition_id, topic_key=key)
        session.add(decision)
    decision.decision = data.decision
    decision.reason = data.reason
    decision.decided_by_id = user.id
    decision.decided_by_name = user.name
    decision.decided_at = utcnow()
    try:
        await session.flush()
    except IntegrityError:  # the same topic decided at the same moment by someone else
        raise Conflict("The topic was decided at the same moment; try again.") from None
    return DomainDecisionRead.model_validate(decision)


# --- own plan ---------------------------------------------------------------------------------


def _matrix_position(
    access: CoalitionAccess, position: PartnerPosition | None
) -> PartnerMatrixPosition | None:
    """The partner's place in the matrix for those who see the matrix; whether the assessors
    disagree for those who see the assessments."""
    if position is None or not access.sees(WorkPiece.partner_positions):
        return None
    read = PartnerMatrixPosition.model_validate(position)
    if access.sees(WorkPiece.assessment_rationales):
        return read
    return read.model_copy(update={"disagreement": None})


def _plan_read(
    access: CoalitionAccess,
    partner: CoalitionPartner,
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
        position=_matrix_position(access, position),
        interests=InterestTotals(
            topics=len(interests),
            total_weight=sum(i.weight for i in interests),
            reasons_to_join=[i.topic for i in interests if i.reason_to_join],
        ),
    )


async def own_plan(session: AsyncSession, access: CoalitionAccess) -> OwnPlanRead:
    coalition_id = access.coalition.id
    partners = await partner_service.partners_with_positions(session, coalition_id)
    plans = {
        plan.partner_id: plan
        for plan in await session.scalars(
            select(PartnerPlan).where(PartnerPlan.coalition_id == coalition_id)
        )
    }
    per_partner: dict[uuid.UUID, list[PartnerInterest]] = defaultdict(list)
    for interest in await _all_interests(session, coalition_id):
        per_partner[interest.partner_id].append(interest)
    draft = await session.scalar(
        select(CollaborationDraft).where(CollaborationDraft.coalition_id == coalition_id)
    )
    return OwnPlanRead(
        draft=_draft_read(draft),
        partners=[
            _plan_read(access, partner, plans.get(partner.id), position, per_partner[partner.id])
            for partner, position in partners
        ],
    )


def _draft_read(draft: CollaborationDraft | None) -> CollaborationDraftRead:
    if draft is None:
        return CollaborationDraftRead(text="", updated_by_name=None, updated_at=None)
    return CollaborationDraftRead.model_validate(draft)


async def set_partner_plan(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    partner: CoalitionPartner,
    data: PartnerPlanUpdate,
) -> PartnerPlanRead:
    plan = await session.scalar(select(PartnerPlan).where(PartnerPlan.partner_id == partner.id))
    if plan is None:
        plan = PartnerPlan(coalition_id=partner.coalition_id, partner_id=partner.id)
        session.add(plan)
    plan.role = data.role.strip()
    plan.execution_power = data.execution_power
    plan.notes = data.notes.strip()
    plan.updated_by_name = user.name
    plan.updated_at = utcnow()
    await session.flush()
    position = await partner_service.position(session, partner.id)
    interests = list(
        (
            await session.scalars(
                select(PartnerInterest).where(PartnerInterest.partner_id == partner.id)
            )
        ).all()
    )
    return _plan_read(access, partner, plan, position, interests)


async def set_draft(
    session: AsyncSession, coalition_id: uuid.UUID, user: User, data: CollaborationDraftUpdate
) -> CollaborationDraftRead:
    draft = await session.scalar(
        select(CollaborationDraft).where(CollaborationDraft.coalition_id == coalition_id)
    )
    if draft is None:
        draft = CollaborationDraft(coalition_id=coalition_id)
        session.add(draft)
    draft.text = data.text
    draft.updated_by_name = user.name
    draft.updated_at = utcnow()
    await session.flush()
    return _draft_read(draft)
