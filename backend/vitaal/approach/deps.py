from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.approach import service
from vitaal.approach.models import IssueAgendaItem, IssuePolicyLink, ReputationAction
from vitaal.core.db import SessionDep
from vitaal.issues.deps import IssueDep


async def valid_agenda_item(
    item_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> IssueAgendaItem:
    return await service.get_child(session, IssueAgendaItem, issue, item_id, "Agenda item")


async def valid_policy_link(
    policy_link_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> IssuePolicyLink:
    return await service.get_child(session, IssuePolicyLink, issue, policy_link_id, "Policy link")


async def valid_reputation_action(
    action_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> ReputationAction:
    return await service.get_child(session, ReputationAction, issue, action_id, "Action")


AgendaItemDep = Annotated[IssueAgendaItem, Depends(valid_agenda_item, scope="function")]
PolicyLinkDep = Annotated[IssuePolicyLink, Depends(valid_policy_link, scope="function")]
ReputationActionDep = Annotated[
    ReputationAction, Depends(valid_reputation_action, scope="function")
]
