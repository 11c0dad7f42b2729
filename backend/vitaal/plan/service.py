"""The plan of approach and the working structures of a coalition.

Everyone in the coalition reads; only its coordinators write, as for the coalition's partners.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionMember
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.meetings.partner_refs import named_partner, partner_names, require_partner
from vitaal.meetings.patching import apply_sent, refuse_null
from vitaal.organisations.models import Membership
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


def _member_read(
    member: WorkingStructureMember, names: dict[uuid.UUID, str]
) -> StructureMemberRead:
    return StructureMemberRead(
        id=member.id,
        partner_id=member.partner_id,
        partner_name=names.get(member.partner_id) if member.partner_id else None,
        user_id=member.user_id,
        name=member.name,
        role=member.role,
    )


def _structure_read(
    structure: WorkingStructure, names: dict[uuid.UUID, str]
) -> WorkingStructureRead:
    return WorkingStructureRead(
        id=structure.id,
        coalition_id=structure.coalition_id,
        kind=structure.kind,
        name=structure.name,
        purpose=structure.purpose,
        members=[_member_read(m, names) for m in structure.members],
        created_at=structure.created_at,
        updated_at=structure.updated_at,
    )


def _structures(access: CoalitionAccess) -> Select[WorkingStructure]:
    return (
        select(WorkingStructure)
        .where(WorkingStructure.coalition_id == access.coalition.id)
        .options(selectinload(WorkingStructure.members))
    )


async def _reads(
    session: AsyncSession, access: CoalitionAccess, structures: Sequence[WorkingStructure]
) -> list[WorkingStructureRead]:
    names = await partner_names(
        session,
        access.coalition.id,
        [m.partner_id for s in structures for m in s.members],
    )
    return [_structure_read(s, names) for s in structures]


async def get_structure(
    session: AsyncSession, access: CoalitionAccess, structure_id: uuid.UUID
) -> WorkingStructure:
    structure = await session.scalar(
        _structures(access)
        .where(WorkingStructure.id == structure_id)
        .execution_options(populate_existing=True)
    )
    if structure is None:
        raise NotFound("Working structure not found.")
    return structure


async def structure_read(
    session: AsyncSession, access: CoalitionAccess, structure_id: uuid.UUID
) -> WorkingStructureRead:
    return (await _reads(session, access, [await get_structure(session, access, structure_id)]))[0]


async def list_structures(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[WorkingStructureRead], str | None]:
    rows, cursor = await fetch_page(session, _structures(access), WorkingStructure.id, params)
    return await _reads(session, access, [row[0] for row in rows]), cursor


async def create_structure(
    session: AsyncSession, access: CoalitionAccess, data: WorkingStructureCreate
) -> WorkingStructureRead:
    access.require_manage()
    structure = WorkingStructure(
        coalition_id=access.coalition.id, kind=data.kind, name=data.name, purpose=data.purpose
    )
    session.add(structure)
    await session.flush()
    return await structure_read(session, access, structure.id)


async def update_structure(
    session: AsyncSession,
    access: CoalitionAccess,
    structure_id: uuid.UUID,
    data: WorkingStructureUpdate,
) -> WorkingStructureRead:
    access.require_manage()
    refuse_null(data, ("kind", "name", "purpose"))
    structure = await get_structure(session, access, structure_id)
    apply_sent(structure, data, ("kind", "name", "purpose"))
    structure.updated_at = utcnow()
    await session.flush()
    return await structure_read(session, access, structure.id)


async def delete_structure(
    session: AsyncSession, access: CoalitionAccess, structure_id: uuid.UUID
) -> None:
    access.require_manage()
    structure = await get_structure(session, access, structure_id)
    await session.delete(structure)
    await session.flush()


async def _member_user_name(
    session: AsyncSession, access: CoalitionAccess, user_id: uuid.UUID
) -> str:
    """A user may join a working structure only through an organisation in the coalition."""
    name = await session.scalar(
        select(User.name)
        .join(Membership, Membership.user_id == User.id)
        .join(CoalitionMember, CoalitionMember.organisation_id == Membership.organisation_id)
        .where(User.id == user_id, CoalitionMember.coalition_id == access.coalition.id)
        .limit(1)
    )
    if name is None:
        raise Unprocessable.field(
            "body.user_id", "not a user of an organisation in this coalition", "unknown_user"
        )
    return name


async def add_member(
    session: AsyncSession, access: CoalitionAccess, structure_id: uuid.UUID, data: StructureMemberIn
) -> StructureMemberRead:
    access.require_manage()
    structure = await get_structure(session, access, structure_id)
    names = await named_partner(session, access.coalition.id, data.partner_id, "body.partner_id")
    name = data.name
    if data.user_id is not None:
        user_name = await _member_user_name(session, access, data.user_id)
        name = name or user_name
    member = WorkingStructureMember(
        coalition_id=access.coalition.id,
        structure_id=structure.id,
        partner_id=data.partner_id,
        user_id=data.user_id,
        name=name,
        role=data.role,
    )
    session.add(member)
    structure.updated_at = utcnow()
    await session.flush()
    return _member_read(member, names)


async def remove_member(
    session: AsyncSession, access: CoalitionAccess, structure_id: uuid.UUID, member_id: uuid.UUID
) -> None:
    access.require_manage()
    structure = await get_structure(session, access, structure_id)
    member = next((m for m in structure.members if m.id == member_id), None)
    if member is None:
        raise NotFound("Member not found.")
    await session.delete(member)
    structure.updated_at = utcnow()
    await session.flush()


# --- actions -------------------------------------------------------------------------------


def _action_read(action: PlanAction, owner_name: str | None) -> PlanActionRead:
    return PlanActionRead(
        id=action.id,
        coalition_id=action.coalition_id,
        title=action.title,
        description=action.description,
        owner_partner_id=action.owner_partner_id,
        owner_partner_name=owner_name,
        hours=action.hours,
        money=action.money,
        money_financed=action.money_financed,
        financing=action.financing,
        starts_on=action.starts_on,
        due_on=action.due_on,
        status=action.status,
        created_at=action.created_at,
        updated_at=action.updated_at,
    )


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


async def _owner_name(
    session: AsyncSession, access: CoalitionAccess, partner_id: uuid.UUID | None
) -> str | None:
    if partner_id is None:
        return None
    return await require_partner(session, access.coalition.id, partner_id, "body.owner_partner_id")


async def get_action(
    session: AsyncSession, access: CoalitionAccess, action_id: uuid.UUID
) -> PlanAction:
    action = await session.scalar(
        select(PlanAction).where(
            PlanAction.id == action_id, PlanAction.coalition_id == access.coalition.id
        )
    )
    if action is None:
        raise NotFound("Action not found.")
    return action


async def action_read(
    session: AsyncSession, access: CoalitionAccess, action_id: uuid.UUID
) -> PlanActionRead:
    action = await get_action(session, access, action_id)
    names = await partner_names(session, access.coalition.id, [action.owner_partner_id])
    return _action_read(
        action, names.get(action.owner_partner_id) if action.owner_partner_id else None
    )


async def create_action(
    session: AsyncSession, access: CoalitionAccess, data: PlanActionCreate
) -> PlanActionRead:
    access.require_manage()
    owner = await _owner_name(session, access, data.owner_partner_id)
    action = PlanAction(
        coalition_id=access.coalition.id,
        title=data.title,
        description=data.description,
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
    return _action_read(action, owner)


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
    session: AsyncSession, access: CoalitionAccess, action_id: uuid.UUID, data: PlanActionUpdate
) -> PlanActionRead:
    access.require_manage()
    refuse_null(data, ("title", "description", "money", "money_financed", "status"))
    action = await get_action(session, access, action_id)
    sent = data.model_fields_set
    owner_id = data.owner_partner_id if "owner_partner_id" in sent else action.owner_partner_id
    owner = await _owner_name(session, access, owner_id)
    check_dates(
        data.starts_on if "starts_on" in sent else action.starts_on,
        data.due_on if "due_on" in sent else action.due_on,
    )
    # Validate on a copy first, so a refused change leaves nothing half-applied in the session.
    values = {field: getattr(action, field) for field in ACTION_FIELDS}
    values.update({field: getattr(data, field) for field in ACTION_FIELDS if field in sent})
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
    action.updated_at = utcnow()
    await session.flush()
    return _action_read(action, owner)


async def delete_action(
    session: AsyncSession, access: CoalitionAccess, action_id: uuid.UUID
) -> None:
    access.require_manage()
    action = await get_action(session, access, action_id)
    await session.delete(action)
    await session.flush()


async def list_actions(
    session: AsyncSession,
    access: CoalitionAccess,
    params: PageParams,
    owned: bool | None = None,
    status: PlanActionStatus | None = None,
) -> tuple[list[PlanActionRead], str | None]:
    stmt = (
        select(PlanAction, CoalitionPartner.name)
        .outerjoin(CoalitionPartner, CoalitionPartner.id == PlanAction.owner_partner_id)
        .where(PlanAction.coalition_id == access.coalition.id)
    )
    if owned is True:
        stmt = stmt.where(PlanAction.owner_partner_id.is_not(None))
    elif owned is False:
        stmt = stmt.where(PlanAction.owner_partner_id.is_(None))
    if status is not None:
        stmt = stmt.where(PlanAction.status == status)
    rows, cursor = await fetch_page(session, stmt, PlanAction.id, params)
    return [_action_read(action, name) for action, name in rows], cursor


async def coverage(session: AsyncSession, access: CoalitionAccess) -> PlanCoverage:
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
            .where(PlanAction.coalition_id == access.coalition.id)
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
    names = await partner_names(
        session, access.coalition.id, [line.owner_id for line in result.by_owner]
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
