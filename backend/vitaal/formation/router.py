from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import CoalitionDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.formation import service
from vitaal.formation.schemas import (
    CollaborationDraftRead,
    CollaborationDraftUpdate,
    ConversationCreate,
    ConversationRead,
    ConversationSummary,
    ConversationUpdate,
    DomainRead,
    InterestCreate,
    InterestRead,
    InterestUpdate,
    OwnPlanRead,
    PartnerPlanRead,
    PartnerPlanUpdate,
)

router = APIRouter(prefix="/coalitions/{coalition_id}", tags=["formation"])

PartnerFilter = Annotated[uuid.UUID | None, Query(description="Only this partner.")]

# --- bilateral conversations (step 1) ---------------------------------------------------------


@router.post(
    "/partners/{partner_id}/conversations",
    status_code=status.HTTP_201_CREATED,
    response_model=ConversationRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Record a bilateral conversation with a partner: the seven questions (coordinator)",
)
async def create_conversation(
    partner_id: uuid.UUID,
    data: ConversationCreate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> ConversationRead:
    return await service.add_conversation(session, access, user, partner_id, data)


@router.get(
    "/conversations",
    response_model=Page[ConversationRead],
    responses=problem_responses(401, 404, 422),
    summary="The bilateral conversations, in the order they were recorded",
)
async def list_conversations(
    access: CoalitionDep, session: SessionDep, page: PageDep, partner_id: PartnerFilter = None
) -> Page[ConversationRead]:
    items, cursor = await service.list_conversations(session, access, partner_id, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/conversations/summary",
    response_model=ConversationSummary,
    responses=problem_responses(401, 404),
    summary="Per question, every partner's answers; per partner, how often it was spoken to",
)
async def get_conversation_summary(
    access: CoalitionDep, session: SessionDep
) -> ConversationSummary:
    return await service.conversation_summary(session, access)


@router.get(
    "/conversations/{conversation_id}",
    response_model=ConversationRead,
    responses=problem_responses(401, 404),
    summary="One conversation",
)
async def get_conversation(
    conversation_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> ConversationRead:
    return await service.get_conversation(session, access, conversation_id)


@router.patch(
    "/conversations/{conversation_id}",
    response_model=ConversationRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Change a conversation's date, interviewer or answers (coordinator)",
)
async def update_conversation(
    conversation_id: uuid.UUID,
    data: ConversationUpdate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> ConversationRead:
    return await service.update_conversation(session, access, user, conversation_id, data)


@router.delete(
    "/conversations/{conversation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Remove a conversation (coordinator)",
)
async def delete_conversation(
    conversation_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_conversation(session, access, conversation_id)


# --- interests and the domain (step 2) --------------------------------------------------------


@router.post(
    "/partners/{partner_id}/interests",
    status_code=status.HTTP_201_CREATED,
    response_model=InterestRead,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Add a topic a partner cares about, with weight 1-5 (coordinator)",
    description="Topics are matched without regard to case or spacing; a partner holds a topic "
    "once (409 otherwise).",
)
async def create_interest(
    partner_id: uuid.UUID, data: InterestCreate, access: CoalitionDep, session: SessionDep
) -> InterestRead:
    return await service.add_interest(session, access, partner_id, data)


@router.get(
    "/interests",
    response_model=Page[InterestRead],
    responses=problem_responses(401, 404, 422),
    summary="The partners' interests",
)
async def list_interests(
    access: CoalitionDep, session: SessionDep, page: PageDep, partner_id: PartnerFilter = None
) -> Page[InterestRead]:
    items, cursor = await service.list_interests(session, access, partner_id, page)
    return Page(items=items, next_cursor=cursor)


@router.patch(
    "/interests/{interest_id}",
    response_model=InterestRead,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Change an interest's topic, weight or reason-to-join flag (coordinator)",
)
async def update_interest(
    interest_id: uuid.UUID, data: InterestUpdate, access: CoalitionDep, session: SessionDep
) -> InterestRead:
    return await service.update_interest(session, access, interest_id, data)


@router.delete(
    "/interests/{interest_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Remove an interest (coordinator)",
)
async def delete_interest(
    interest_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> None:
    await service.delete_interest(session, access, interest_id)


@router.get(
    "/domain",
    response_model=DomainRead,
    responses=problem_responses(401, 404),
    summary="The coalition's domain: the topic x partner matrix and what is shared by whom",
    description="Topics shared by all partners with known interests, by several, and by one; "
    "the warning lists partners whose reason to join is a topic nobody else holds.",
)
async def get_domain(access: CoalitionDep, session: SessionDep) -> DomainRead:
    return await service.coalition_domain(session, access)


# --- own plan (step 3) ------------------------------------------------------------------------


@router.get(
    "/own-plan",
    response_model=OwnPlanRead,
    responses=problem_responses(401, 404),
    summary="The own plan for the collaboration: per partner role, execution power, interest "
    "and influence (from the partner matrix), and the draft of how it is organised",
)
async def get_own_plan(access: CoalitionDep, session: SessionDep) -> OwnPlanRead:
    return await service.own_plan(session, access)


@router.put(
    "/own-plan/draft",
    response_model=CollaborationDraftRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Write the draft of how the collaboration is organised (coordinator)",
)
async def set_own_plan_draft(
    data: CollaborationDraftUpdate, access: CoalitionDep, session: SessionDep, user: CurrentUser
) -> CollaborationDraftRead:
    return await service.set_draft(session, access, user, data)


@router.put(
    "/partners/{partner_id}/own-plan",
    response_model=PartnerPlanRead,
    responses=problem_responses(401, 403, 404, 422),
    summary="Set a partner's role and execution power in the own plan (coordinator)",
)
async def set_partner_own_plan(
    partner_id: uuid.UUID,
    data: PartnerPlanUpdate,
    access: CoalitionDep,
    session: SessionDep,
    user: CurrentUser,
) -> PartnerPlanRead:
    return await service.set_partner_plan(session, access, user, partner_id, data)
