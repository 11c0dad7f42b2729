from __future__ import annotations

from fastapi import APIRouter, status

from vitaal.access import (
    CoalitionDep,
    CoalitionManagerDep,
    ManagesConversationsDep,
    ManagesOwnPlanDep,
    SeesOwnPlanDep,
)
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.formation import service
from vitaal.formation.deps import ConversationDep, InterestDep, PartnerFilterDep
from vitaal.formation.schemas import (
    CollaborationDraftRead,
    CollaborationDraftUpdate,
    ConversationCreate,
    ConversationRead,
    ConversationSummary,
    ConversationUpdate,
    DomainDecisionRead,
    DomainDecisionUpdate,
    DomainRead,
    InterestCreate,
    InterestRead,
    InterestUpdate,
    OwnPlanRead,
    PartnerPlanRead,
    PartnerPlanUpdate,
)
from vitaal.partners.deps import PartnerDep

router = APIRouter(
    prefix="/coalitions/{coalition_id}",
    tags=["formation"],
    responses=problem_responses(401, 403, 404, 409, 422),
)

# --- bilateral conversations (step 1) ---------------------------------------------------------


@router.post(
    "/partners/{partner_id}/conversations",
    status_code=status.HTTP_201_CREATED,
    response_model=ConversationRead,
    summary="Record a bilateral conversation with a partner: the seven questions (coordinator)",
    description="The conversations are the core team's preparation: 404 for anyone else "
    "unless they are shared.",
)
async def create_conversation(
    data: ConversationCreate,
    _: ManagesConversationsDep,
    partner: PartnerDep,
    session: SessionDep,
    user: CurrentUser,
) -> ConversationRead:
    return await service.add_conversation(session, user, partner, data)


@router.get(
    "/conversations",
    response_model=Page[ConversationRead],
    summary="The bilateral conversations, in the order they were recorded",
    description="All of them for the core team (or once shared); any other member "
    "organisation reads only the conversations held with itself.",
)
async def list_conversations(
    access: CoalitionDep, session: SessionDep, page: PageDep, partner: PartnerFilterDep
) -> Page[ConversationRead]:
    items, cursor = await service.list_conversations(session, access, partner, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/conversations/summary",
    response_model=ConversationSummary,
    summary="Per question, every partner's answers; per partner, how often it was spoken to",
)
async def get_conversation_summary(
    access: CoalitionDep, session: SessionDep
) -> ConversationSummary:
    return await service.conversation_summary(session, access)


@router.get(
    "/conversations/{conversation_id}",
    response_model=ConversationRead,
    summary="One conversation",
    description="404 for a conversation with another organisation while the conversations "
    "are preparation you do not see.",
)
async def get_conversation(conversation: ConversationDep) -> ConversationRead:
    return ConversationRead.model_validate(conversation)


@router.patch(
    "/conversations/{conversation_id}",
    response_model=ConversationRead,
    summary="Change a conversation's date, interviewer or answers (coordinator)",
)
async def update_conversation(
    data: ConversationUpdate,
    _: ManagesConversationsDep,
    conversation: ConversationDep,
    session: SessionDep,
) -> ConversationRead:
    return await service.update_conversation(session, conversation, data)


@router.delete(
    "/conversations/{conversation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a conversation (coordinator)",
)
async def delete_conversation(
    _: ManagesConversationsDep, conversation: ConversationDep, session: SessionDep
) -> None:
    await service.delete_conversation(session, conversation)


# --- interests and the domain (step 2) --------------------------------------------------------


@router.post(
    "/partners/{partner_id}/interests",
    status_code=status.HTTP_201_CREATED,
    response_model=InterestRead,
    summary="Add a topic a partner cares about, with weight 1-5 (coordinator)",
    description="Topics are matched without regard to case or spacing; a partner holds a topic "
    "once (409 otherwise).",
)
async def create_interest(
    data: InterestCreate, _: CoalitionManagerDep, partner: PartnerDep, session: SessionDep
) -> InterestRead:
    return await service.add_interest(session, partner, data)


@router.get(
    "/interests",
    response_model=Page[InterestRead],
    summary="The partners' interests",
)
async def list_interests(
    access: CoalitionDep, session: SessionDep, page: PageDep, partner: PartnerFilterDep
) -> Page[InterestRead]:
    items, cursor = await service.list_interests(session, access.coalition.id, partner, page)
    return Page(items=items, next_cursor=cursor)


@router.patch(
    "/interests/{interest_id}",
    response_model=InterestRead,
    summary="Change an interest's topic, weight or reason-to-join flag (coordinator)",
)
async def update_interest(
    data: InterestUpdate, _: CoalitionManagerDep, interest: InterestDep, session: SessionDep
) -> InterestRead:
    return await service.update_interest(session, interest, data)


@router.delete(
    "/interests/{interest_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an interest (coordinator)",
)
async def delete_interest(
    _: CoalitionManagerDep, interest: InterestDep, session: SessionDep
) -> None:
    await service.delete_interest(session, interest)


@router.get(
    "/domain",
    response_model=DomainRead,
    summary="The coalition's domain: the candidate topics x partners, what is shared by whom, "
    "and what the coalition decided per topic",
    description="The partners' interests together are the candidates; the coalition decides "
    "per topic whether it belongs to the domain. Topics shared by all partners with known "
    "interests, by several, and by one; a one-partner topic that is its holder's reason to join "
    "is marked as a legitimate reason to join.",
)
async def get_domain(access: CoalitionDep, session: SessionDep) -> DomainRead:
    return await service.coalition_domain(session, access.coalition.id)


@router.put(
    "/domain/decisions",
    response_model=DomainDecisionRead,
    summary="Decide whether a candidate topic belongs to the domain, with the reason (coordinator)",
    description="The topic in any spelling (matched like the interests); it must be held by a "
    "partner (422 `unknown_topic` otherwise). Leaving a topic out needs a `reason`; "
    "`undecided` puts it back on the table.",
)
async def decide_domain_topic(
    data: DomainDecisionUpdate, access: CoalitionManagerDep, session: SessionDep, user: CurrentUser
) -> DomainDecisionRead:
    return await service.decide_topic(session, access.coalition.id, user, data)


# --- own plan (step 3) ------------------------------------------------------------------------


@router.get(
    "/own-plan",
    response_model=OwnPlanRead,
    summary="The own plan for the collaboration: per partner role, execution power, interest "
    "and influence (from the partner matrix), and the draft of how it is organised",
    description="The core team's preparation unless shared (404 otherwise); the positions "
    "only for those who also see the partner matrix.",
)
async def get_own_plan(access: SeesOwnPlanDep, session: SessionDep) -> OwnPlanRead:
    return await service.own_plan(session, access)


@router.put(
    "/own-plan/draft",
    response_model=CollaborationDraftRead,
    summary="Write the draft of how the collaboration is organised (coordinator)",
)
async def set_own_plan_draft(
    data: CollaborationDraftUpdate,
    access: ManagesOwnPlanDep,
    session: SessionDep,
    user: CurrentUser,
) -> CollaborationDraftRead:
    return await service.set_draft(session, access.coalition.id, user, data)


@router.put(
    "/partners/{partner_id}/own-plan",
    response_model=PartnerPlanRead,
    summary="Set a partner's role and execution power in the own plan (coordinator)",
)
async def set_partner_own_plan(
    data: PartnerPlanUpdate,
    access: ManagesOwnPlanDep,
    partner: PartnerDep,
    session: SessionDep,
    user: CurrentUser,
) -> PartnerPlanRead:
    return await service.set_partner_plan(session, access, user, partner, data)
