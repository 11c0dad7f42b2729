from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query

from vitaal.access import CoalitionDep
from vitaal.core.db import SessionDep
from vitaal.formation import service
from vitaal.formation.models import PartnerConversation, PartnerInterest
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner


async def valid_conversation(
    conversation_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> PartnerConversation:
    return await service.get_conversation(session, access, conversation_id)


async def valid_interest(
    interest_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> PartnerInterest:
    return await service.get_interest(session, access.coalition.id, interest_id)


async def partner_filter(
    access: CoalitionDep,
    session: SessionDep,
    partner_id: Annotated[uuid.UUID | None, Query(description="Only this partner.")] = None,
) -> CoalitionPartner | None:
    """The partner a list is narrowed to (404 when it is none of this coalition's), if any."""
    if partner_id is None:
        return None
    return await partner_service.get_partner(session, access.coalition.id, partner_id)


ConversationDep = Annotated[PartnerConversation, Depends(valid_conversation, scope="function")]
InterestDep = Annotated[PartnerInterest, Depends(valid_interest, scope="function")]
PartnerFilterDep = Annotated[CoalitionPartner | None, Depends(partner_filter, scope="function")]
