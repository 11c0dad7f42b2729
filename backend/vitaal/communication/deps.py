from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.communication import service
from vitaal.communication.models import CommunicationItem
from vitaal.core.db import SessionDep
from vitaal.issues.deps import IssueDep


async def editable_communication(
    communication_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> CommunicationItem:
    return await service.editable(session, issue, communication_id)


# A line of the issue's plans that may still change: 404 when not the issue's, 409 when its
# crisis protocol was de-escalated.
EditableCommunicationDep = Annotated[
    CommunicationItem, Depends(editable_communication, scope="function")
]
