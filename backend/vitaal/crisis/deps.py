from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.core.db import SessionDep
from vitaal.crisis import service
from vitaal.crisis.models import CrisisProtocol, CrisisTask, CrisisTeamMember
from vitaal.issues.deps import IssueDep


async def valid_protocol(
    protocol_id: uuid.UUID, issue: IssueDep, session: SessionDep
) -> CrisisProtocol:
    return await service.get_protocol(session, issue, protocol_id)


ProtocolDep = Annotated[CrisisProtocol, Depends(valid_protocol, scope="function")]


async def open_protocol(protocol: ProtocolDep) -> CrisisProtocol:
    """The protocol, or 409 once de-escalated: history is not edited."""
    return service.require_open(protocol)


OpenProtocolDep = Annotated[CrisisProtocol, Depends(open_protocol, scope="function")]


async def valid_task(
    task_id: uuid.UUID, protocol: OpenProtocolDep, session: SessionDep
) -> CrisisTask:
    return await service.get_task(session, protocol, task_id)


async def valid_member(
    member_id: uuid.UUID, protocol: OpenProtocolDep, session: SessionDep
) -> CrisisTeamMember:
    return await service.get_member(session, protocol, member_id)


TaskDep = Annotated[CrisisTask, Depends(valid_task, scope="function")]
MemberDep = Annotated[CrisisTeamMember, Depends(valid_member, scope="function")]
