"""The plan of approach and the working structures of a coalition.

Everyone in the coalition reads; only its coordinators write, as for the coalition's partners
(the routes check it). The partners that actions and members point at are read through the
partners service.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from vitaal import access as authz
from vitaal.auth.models import User
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch, sent_fields
from vitaal.partners import service as partner_service
from vitaal.partners.models import CoalitionPartner
from vitaal.plan import coverage as plan_coverage
from vitaal.plan.coverage import ActionFinancing, PlanActionStatus
from vitaal.plan.models import PlanAction, WorkingStructure, WorkingStructureMember
from vitaal.plan.schemas import (
    PlanActionCreate,
    PlanActionRead,
    PlanActionUpdate,
    PlanCoverage,
    PlanFinancingLine,
    PlanOwnerLine,
    PlanUnownedAction,
    StructureMemberIn,
    StructureMemberRead,
    WorkingStructureCreate,
    WorkingStructureRead,
    WorkingStructureUpdate,
    check_dates,
)

# --- working structures --------------------------------------------------------------------


def _structures(coalition_id: uuid.UUID) -> Select[WorkingStructure]:
    return (
        select(WorkingStructure)
        .where(WorkingStructure.coalition_id == coalition_id)
        .options(selectinload(WorkingStructure.members).joinedload(WorkingStructureMember.partner))
    )


async def get_structure(
    session: AsyncSession, coalition_id: uuid.UUID, structure_id: uuid.UUID
) -> WorkingStructure:
    """The structure with its members, or 404."""
    structure = await session.scalar(
        _structures(coalition_id).where(WorkingStructure.id == structure_id)
    )
    if structure is None:
        raise NotFound("Working structure not found.")
    return structure


async def list_structures(
    session: AsyncSession, coalition_id: uuid.UUID, params: PageParams
) -> tuple[list[WorkingStructureRead], str | None]:
    rows, cursor = await fetch_page(session, _structures(coalition_id), WorkingStructure.id, params)
    return [WorkingStructureRead.model_validate(row[0]) for row in rows], cursor


async def create_structure(
    session: AsyncSession, coalition_id: uuid.UUID, data: WorkingStructureCreate
) -> WorkingStructureRead:
    structure = WorkingStructure(
        coalition_id=coalition_id,
        kind=data.kind,
        name=data.name,
        purpose=data.purpose,
        members=[],
    )
    session.add(structure)
    await session.flush()
    return WorkingStructureRead.model_validate(structure)


async def update_structure(
    session: AsyncSession, structure: WorkingStructure, data: WorkingStructureUpdate
) -> WorkingStructureRead:
    apply_patch(structure, data)
    structure.updated_at = utcnow()
    await session.flush()
    return WorkingStructureRead.model_validate(structure)


async def delete_structure(session: AsyncSession, structure: WorkingStructure) -> None:
    await session.delete(structure)
    await session.flush()


async def _member_user_name(
    session: AsyncSession, coalition_id: uuid.UUID, user_id: uuid.UUID
) -> str:
    """A user may join a working structure only through an organisation in the coalition."""
    name = await session.scalar(
        select(User.name).where(
            User.id == user_id, User.id.in_(authz.coalition_user_ids(coalition_id))
        )
    )
    if name is None:
        raise Unprocessable.field(
            "body.user_id", "not a user of an organisation in this coalition", "unknown_user"
        )
    return name


async def add_member(
    session: AsyncSession, structure: WorkingStructure, data: StructureMemberIn
) -> StructureMemberRead:
    coalition_id = structure.coalition_id
    partner = await partner_service.optional_partner(
        session, coalition_id, data.partner_id, "body.partner_id"
    )
    name = data.name
    if data.user_id is not None:
        user_name = await _member_user_name(session, coalition_id, data.user_id)
        name = name or user_name
    member = WorkingStructureMember(
        coalition_id=coalition_id,
        structure_id=structure.id,
        partner=partner,
        user_id=data.user_id,
        name=name,
        role=data.role,
    )
    session.add(member)
    structure.updated_at = utcnow()
    await session.flush()
    return StructureMemberRead.model_validate(member)


async def remove_member(
    session: AsyncSession, structure: WorkingStructure, member: WorkingStructureMember
) -> None:
    await session.delete(member)
    structure.updated_at = utcnow()
    await session.flush()


# --- actions -------------------------------------------------------------------------------


def _settle_financing(action: PlanAction) -> None:
    """The rules of step 8 on the action as it will be stored; 422 names the field."""
    if action.financing is ActionFinancing.own_work_package:
        if action.owner_partner_id is None:
            raise Unprocessable.field(
                "body.financing",
                "an action within an existing work package needs an owner",
                "needs_owner",
            )
        # The owner pays from its own work package: the coalition need not discuss it.
        action.money_financed = action.money
        return
    if action.money_financed > action.money:
        raise Unprocessable.field(
            "body.money_financed", "must not be more than money", "more_than_needed"
        )
    if action.money_financed > 0 and action.financing is None:
        raise Unprocessable.field(
            "body.financing", "say where the financed money comes from", "financing_missing"
        )


async def _owner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID | None
) -> CoalitionPartner | None:
    return await partner_service.optional_partner(
        session, coalition_id, partner_id, "body.owner_partner_id"
    )


def _actions(coalition_id: uuid.UUID) -> Select[PlanAction]:
    return (
        select(PlanAction)
        .where(PlanAction.coalition_id == coalition_id)
        .options(joinedload(PlanAction.owner_partner))
    )


async def get_action(
    session: AsyncSession, coalition_id: uuid.UUID, action_id: uuid.UUID
) -> PlanAction:
    """The action with its owning partner, or 404."""
    action = await session.scalar(_actions(coalition_id).where(PlanAction.id == action_id))
    if action is None:
        raise NotFound("Action not found.")
    return action


async def create_action(
    session: AsyncSession, coalition_id: uuid.UUID, data: PlanActionCreate
) -> PlanActionRead:
    action = PlanAction(
        coalition_id=coalition_id,
        title=data.title,
        description=data.description,
        owner_partner=await _owner(session, coalition_id, data.owner_partner_id),
        # The id too: the financing rules read it before the flush would set it from the partner.
        owner_partner_id=data.owner_partner_id,
        hours=data.hours,
        money=data.money,
        money_financed=data.money_financed,
        financing=data.financing,
        starts_on=data.starts_on,
        due_on=data.due_on,
        status=data.status,
    )
    _settle_financing(action)
    session.add(action)
    await session.flush()
    return PlanActionRead.model_validate(action)


ACTION_FIELDS = (
    "title",
    "description",
    "owner_partner_id",
    "hours",
    "money",
    "money_financed",
    "financing",
    "starts_on",
    "due_on",
    "status",
)


async def update_action(
    session: AsyncSession, action: PlanAction, data: PlanActionUpdate
) -> PlanActionRead:
    sent = data.model_fields_set
    owner = (
        await _owner(session, action.coalition_id, data.owner_partner_id)
        if "owner_partner_id" in sent
        else action.owner_partner
    )
    check_dates(
        data.starts_on if "starts_on" in sent else action.starts_on,
        data.due_on if "due_on" in sent else action.due_on,
    )
    # Validate on a copy first, so a refused change leaves nothing half-applied in the session.
    values = {field: getattr(action, field) for field in ACTION_FIELDS}
    values.update(sent_fields(data, ACTION_FIELDS))
    candidate = PlanAction(**values)
    if (
        "money" in sent
        and "money_financed" not in sent
        and candidate.financing is not ActionFinancing.own_work_package
    ):
        candidate.money_financed = min(candidate.money_financed, candidate.money)
    _settle_financing(candidate)
    for field in ACTION_FIELDS:
        setattr(action, field, getattr(candidate, field))
    action.owner_partner = owner
    action.updated_at = utcnow()
    await session.flush()
    return PlanActionRead.model_validate(action)


async def delete_action(session: AsyncSession, action: PlanAction) -> None:
    await session.delete(action)
    await session.flush()


async def list_actions(
    session: AsyncSession,
    coalition_id: uuid.UUID,
    params: PageParams,
    owned: bool | None = None,
    status: PlanActionStatus | None = None,
) -> tuple[list[PlanActionRead], str | None]:
    stmt = _actions(coalition_id)
    if owned is True:
        stmt = stmt.where(PlanAction.owner_partner_id.is_not(None))
    elif owned is False:
        stmt = stmt.where(PlanAction.owner_partner_id.is_(None))
    if status is not None:
        stmt = stmt.where(PlanAction.status == status)
    rows, cursor = await fetch_page(session, stmt, PlanAction.id, params)
    return [PlanActionRead.model_validate(action) for (action,) in rows], cursor


async def coverage(session: AsyncSession, coalition_id: uuid.UUID) -> PlanCoverage:
    """The seed's figure 4 for this coalition's plan, from one query."""
    rows = (
        await session.execute(
            select(
                PlanAction.id,
                PlanAction.owner_partner_id,
                PlanAction.hours,
                PlanAction.money,
                PlanAction.money_financed,
                PlanAction.financing,
                PlanAction.status,
                PlanAction.title,
                PlanAction.due_on,
            )
            .where(PlanAction.coalition_id == coalition_id)
            .order_by(PlanAction.id)
        )
    ).all()
    result = plan_coverage.coverage(
        plan_coverage.ActionInput(
            id=row.id,
            owner_id=row.owner_partner_id,
            hours=row.hours,
            money=row.money,
            money_financed=row.money_financed,
            financing=row.financing,
            status=row.status,
            title=row.title,
            due_on=row.due_on,
        )
        for row in rows
    )
    names = await partner_service.partner_names(
        session, coalition_id, [line.owner_id for line in result.by_owner]
    )
    return PlanCoverage(
        actions=result.actions,
        owned=result.owned,
        owned_share=result.owned_share,
        dropped=result.dropped,
        hours_total=result.hours_total,
        hours_owned=result.hours_owned,
        money_needed=result.money_needed,
        money_financed=result.money_financed,
        financed_share=result.financed_share,
        by_financing=[
            PlanFinancingLine(
                financing=line.financing,
                actions=line.actions,
                money_needed=line.money_needed,
                money_financed=line.money_financed,
            )
            for line in result.by_financing
        ],
        by_owner=[
            PlanOwnerLine(
                partner_id=line.owner_id,
                partner_name=names.get(line.owner_id, ""),
                actions=line.actions,
                hours=line.hours,
                money=line.money,
            )
            for line in result.by_owner
        ],
        unowned=[
            PlanUnownedAction(
                id=a.id,
                title=a.title,
                hours=a.hours,
                money=a.money,
                due_on=a.due_on,
            )
            for a in result.unowned
        ],
    )
