from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import CoalitionDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import NotFound
from vitaal.plan import service
from vitaal.plan.models import PlanAction, WorkingStructure, WorkingStructureMember


async def valid_structure(
    structure_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> WorkingStructure:
    return await service.get_structure(session, access.coalition.id, structure_id)


WorkingStructureDep = Annotated[WorkingStructure, Depends(valid_structure, scope="function")]


async def valid_structure_member(
    member_id: uuid.UUID, structure: WorkingStructureDep
) -> WorkingStructureMember:
    member = next((m for m in structure.members if m.id == member_id), None)
    if member is None:
        raise NotFound("Member not found.")
    return member


async def valid_action(
    action_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> PlanAction:
    return await service.get_action(session, access.coalition.id, action_id)


StructureMemberDep = Annotated[
    WorkingStructureMember, Depends(valid_structure_member, scope="function")
]
PlanActionDep = Annotated[PlanAction, Depends(valid_action, scope="function")]
