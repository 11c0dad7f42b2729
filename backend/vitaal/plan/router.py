from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import CoalitionDep, CoalitionManagerDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.plan import service
from vitaal.plan.coverage import PlanActionStatus
from vitaal.plan.deps import PlanActionDep, StructureMemberDep, WorkingStructureDep
from vitaal.plan.schemas import (
    PlanActionCreate,
    PlanActionRead,
    PlanActionUpdate,
    PlanCoverage,
    StructureMemberIn,
    StructureMemberRead,
    WorkingStructureCreate,
    WorkingStructureRead,
    WorkingStructureUpdate,
)

router = APIRouter(
    prefix="/coalitions/{coalition_id}",
    tags=["plan"],
    responses=problem_responses(401, 403, 404, 422),
)


@router.get(
    "/working-structures",
    response_model=Page[WorkingStructureRead],
    summary="Working groups, project and programme teams, steering groups, sounding boards",
)
async def list_working_structures(
    access: CoalitionDep, session: SessionDep, page: PageDep
) -> Page[WorkingStructureRead]:
    items, cursor = await service.list_structures(session, access.coalition.id, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/working-structures",
    status_code=status.HTTP_201_CREATED,
    response_model=WorkingStructureRead,
    summary="Form a working structure (coordinator)",
)
async def create_working_structure(
    data: WorkingStructureCreate, access: CoalitionManagerDep, session: SessionDep
) -> WorkingStructureRead:
    return await service.create_structure(session, access.coalition.id, data)


@router.get(
    "/working-structures/{structure_id}",
    response_model=WorkingStructureRead,
    summary="One working structure with its members",
)
async def get_working_structure(structure: WorkingStructureDep) -> WorkingStructureRead:
    return WorkingStructureRead.model_validate(structure)


@router.patch(
    "/working-structures/{structure_id}",
    response_model=WorkingStructureRead,
    summary="Rename a working structure or change its kind or purpose (coordinator)",
)
async def update_working_structure(
    data: WorkingStructureUpdate,
    _: CoalitionManagerDep,
    structure: WorkingStructureDep,
    session: SessionDep,
) -> WorkingStructureRead:
    return await service.update_structure(session, structure, data)


@router.delete(
    "/working-structures/{structure_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Dissolve a working structure (coordinator)",
)
async def delete_working_structure(
    _: CoalitionManagerDep, structure: WorkingStructureDep, session: SessionDep
) -> None:
    await service.delete_structure(session, structure)


@router.post(
    "/working-structures/{structure_id}/members",
    status_code=status.HTTP_201_CREATED,
    response_model=StructureMemberRead,
    summary="Add a member: a user or a named person, from a partner organisation (coordinator)",
)
async def create_working_structure_member(
    data: StructureMemberIn,
    _: CoalitionManagerDep,
    structure: WorkingStructureDep,
    session: SessionDep,
) -> StructureMemberRead:
    return await service.add_member(session, structure, data)


@router.delete(
    "/working-structures/{structure_id}/members/{member_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a member (coordinator)",
)
async def delete_working_structure_member(
    _: CoalitionManagerDep,
    structure: WorkingStructureDep,
    member: StructureMemberDep,
    session: SessionDep,
) -> None:
    await service.remove_member(session, structure, member)


@router.get(
    "/plan/actions",
    response_model=Page[PlanActionRead],
    summary="The actions of the plan of approach, in the order they were added",
)
async def list_plan_actions(
    access: CoalitionDep,
    session: SessionDep,
    page: PageDep,
    owned: Annotated[
        bool | None, Query(description="true: only owned actions; false: only unowned ones.")
    ] = None,
    status: Annotated[PlanActionStatus | None, Query()] = None,
) -> Page[PlanActionRead]:
    items, cursor = await service.list_actions(session, access.coalition.id, page, owned, status)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "/plan/actions",
    status_code=status.HTTP_201_CREATED,
    response_model=PlanActionRead,
    summary="Add an action, with or without an owning partner (coordinator)",
)
async def create_plan_action(
    data: PlanActionCreate, access: CoalitionManagerDep, session: SessionDep
) -> PlanActionRead:
    return await service.create_action(session, access.coalition.id, data)


@router.get(
    "/plan/actions/{action_id}",
    response_model=PlanActionRead,
    summary="One action",
)
async def get_plan_action(action: PlanActionDep) -> PlanActionRead:
    return PlanActionRead.model_validate(action)


@router.patch(
    "/plan/actions/{action_id}",
    response_model=PlanActionRead,
    summary="Change an action: its owner, capacity, money, financing, dates or status "
    "(coordinator)",
)
async def update_plan_action(
    data: PlanActionUpdate, _: CoalitionManagerDep, action: PlanActionDep, session: SessionDep
) -> PlanActionRead:
    return await service.update_action(session, action, data)


@router.delete(
    "/plan/actions/{action_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an action (coordinator); to keep it visible, set its status to dropped",
)
async def delete_plan_action(
    _: CoalitionManagerDep, action: PlanActionDep, session: SessionDep
) -> None:
    await service.delete_action(session, action)


@router.get(
    "/plan/coverage",
    response_model=PlanCoverage,
    summary="Coverage of the plan: owned share, money needed and financed per financing, "
    "the unowned actions (the seed's figure 4)",
)
async def get_plan_coverage(access: CoalitionDep, session: SessionDep) -> PlanCoverage:
    return await service.coverage(session, access.coalition.id)
