"""Coalitions, their member organisations and invitations of partner organisations."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import access as authz
from vitaal.access import CoalitionAccess
from vitaal.auth.models import User
from vitaal.coalitions import sharing
from vitaal.coalitions.models import (
    Coalition,
    CoalitionInvitation,
    CoalitionMember,
    CoalitionRole,
    VisibilityChangeKind,
)
from vitaal.coalitions.schemas import (
    CoalitionCreate,
    CoalitionInvitationCreate,
    CoalitionMemberUpdate,
    CoalitionRead,
    CoalitionUpdate,
)
from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.core.security import token_digest
from vitaal.organisations.models import Membership, Organisation, OrganisationRole
from vitaal.visibility import PREPARATION


def to_read(access: CoalitionAccess) -> CoalitionRead:
    coalition = access.coalition
    return CoalitionRead(
        id=coalition.id,
        name=coalition.name,
        societal_goal=coalition.societal_goal,
        description=coalition.description,
        status=coalition.status,
        created_at=coalition.created_at,
        updated_at=coalition.updated_at,
        founding_organisation_id=coalition.founding_organisation_id,
        founding_signatories=coalition.founding_signatories,
        my_role=access.role,
        my_organisation_id=access.organisation_id,
        can_manage=access.can_manage,
        in_core_team=access.in_core_team,
        preparation=sorted(piece for piece in PREPARATION if piece not in access.shared_work),
    )


async def create(session: AsyncSession, user: User, data: CoalitionCreate) -> CoalitionRead:
    founder = await authz.require_organisation(session, user.id, data.organisation_id)
    founder.require(OrganisationRole.admin)
    coalition = Coalition(
        name=data.name,
        societal_goal=data.societal_goal,
        description=data.description,
        founding_organisation_id=founder.organisation.id,
    )
    session.add(coalition)
    await session.flush()
    session.add(
        CoalitionMember(
            coalition_id=coalition.id,
            organisation_id=founder.organisation.id,
            role=CoalitionRole.coordinator,
        )
    )
    await session.flush()
    return to_read(
        CoalitionAccess(
            coalition=coalition,
            organisation_id=founder.organisation.id,
            role=CoalitionRole.coordinator,
            organisation_role=founder.role,
            in_core_team=True,
        )
    )


async def list_for_user(
    session: AsyncSession, user: User, params: PageParams, organisation_id: uuid.UUID | None
) -> tuple[list[CoalitionRead], str | None]:
    """Two queries whatever the page size: the page of coalitions, then the caller's roles."""
    visible = authz.user_coalition_ids(user.id)
    stmt = select(Coalition).where(Coalition.id.in_(visible))
    if organisation_id is not None:
        stmt = stmt.where(
            Coalition.id.in_(
                select(CoalitionMember.coalition_id).where(
                    CoalitionMember.organisation_id == organisation_id
                )
            )
        )
    rows, cursor = await fetch_page(session, stmt, Coalition.id, params)
    coalitions = [row[0] for row in rows]
    if not coalitions:
        return [], cursor
    access_rows = (
        await session.execute(
            select(
                CoalitionMember.coalition_id,
                CoalitionMember.organisation_id,
                CoalitionMember.role,
                Membership.role,
                CoalitionMember.core_team,
            )
            .join(Membership, Membership.organisation_id == CoalitionMember.organisation_id)
            .where(
                Membership.user_id == user.id,
                CoalitionMember.coalition_id.in_([c.id for c in coalitions]),
            )
        )
    ).all()
    participations: dict[uuid.UUID, list[authz.Participation]] = {}
    for coalition_id, org_id, role, org_role, core_team in access_rows:
        participations.setdefault(coalition_id, []).append((org_id, role, org_role, core_team))
    items = [to_read(authz.access_from_memberships(c, participations[c.id])) for c in coalitions]
    return items, cursor


async def update(
    session: AsyncSession, access: CoalitionAccess, data: CoalitionUpdate
) -> CoalitionRead:
    coalition = access.coalition
    apply_patch(coalition, data)
    await session.flush()
    await session.refresh(coalition)
    return to_read(access)


async def list_members(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[Sequence[tuple[CoalitionMember, Organisation]], str | None]:
    stmt = (
        select(CoalitionMember, Organisation)
        .join(Organisation, Organisation.id == CoalitionMember.organisation_id)
        .where(CoalitionMember.coalition_id == access.coalition.id)
    )
    rows, cursor = await fetch_page(session, stmt, CoalitionMember.id, params)
    return [(m, o) for m, o in rows], cursor


async def _member(
    session: AsyncSession, coalition_id: uuid.UUID, organisation_id: uuid.UUID
) -> tuple[CoalitionMember, Organisation]:
    row = (
        await session.execute(
            select(CoalitionMember, Organisation)
            .join(Organisation, Organisation.id == CoalitionMember.organisation_id)
            .where(
                CoalitionMember.coalition_id == coalition_id,
                CoalitionMember.organisation_id == organisation_id,
            )
        )
    ).first()
    if row is None:
        raise NotFound("This organisation is not a member of the coalition.")
    return row[0], row[1]


async def _coordinator_count(session: AsyncSession, coalition_id: uuid.UUID) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(CoalitionMember)
            .where(
                CoalitionMember.coalition_id == coalition_id,
                CoalitionMember.role == CoalitionRole.coordinator,
            )
        )
        or 0
    )


async def update_member(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    organisation_id: uuid.UUID,
    data: CoalitionMemberUpdate,
) -> tuple[CoalitionMember, Organisation]:
    member, organisation = await _member(session, access.coalition.id, organisation_id)
    role = data.role if data.role is not None else member.role
    if (
        member.role is CoalitionRole.coordinator
        and role is not CoalitionRole.coordinator
        and await _coordinator_count(session, access.coalition.id) == 1
    ):
        raise Conflict("A coalition needs a coordinator (kwartiermaker); appoint another first.")
    core_team = data.core_team if data.core_team is not None else member.core_team
    if role is CoalitionRole.observer and data.core_team:
        raise Unprocessable.field(
            "body.core_team", "Observers see shared work only; they cannot be in the core team."
        )
    # An observer leaves the core team; a coordinator is in it by its role.
    core_team = core_team and role is CoalitionRole.partner
    was_core = authz.core_team_member(member.role, member.core_team)
    member.role, member.core_team = role, core_team
    now_core = authz.core_team_member(role, core_team)
    if was_core != now_core:
        sharing.record(
            session,
            access,
            user,
            VisibilityChangeKind.core_team_added
            if now_core
            else VisibilityChangeKind.core_team_removed,
            member_organisation_id=organisation_id,
        )
    await session.flush()
    return member, organisation


async def remove_member(
    session: AsyncSession, access: CoalitionAccess, user: User, organisation_id: uuid.UUID
) -> None:
    member, _ = await _member(session, access.coalition.id, organisation_id)
    leaving_own = await session.scalar(
        select(Membership.role).where(
            Membership.organisation_id == organisation_id, Membership.user_id == user.id
        )
    )
    may_leave = leaving_own in (OrganisationRole.owner, OrganisationRole.admin)
    if not may_leave:
        access.require_manage()
    if (
        member.role is CoalitionRole.coordinator
        and await _coordinator_count(session, access.coalition.id) == 1
    ):
        raise Conflict("A coalition needs a coordinator (kwartiermaker); appoint another first.")
    await session.delete(member)
    await session.flush()


async def invite(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    data: CoalitionInvitationCreate,
    *,
    lifetime: timedelta,
) -> tuple[CoalitionInvitation, str]:
    invitation = CoalitionInvitation(
        coalition_id=access.coalition.id,
        role=data.role,
        note=data.note,
        organisation_name_hint=data.organisation_name_hint,
        invited_by_id=user.id,
        inviting_organisation_id=access.organisation_id,
    )
    token = invitation.issue(lifetime)
    session.add(invitation)
    await session.flush()
    return invitation, token


async def list_invitations(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[list[CoalitionInvitation], str | None]:
    stmt = select(CoalitionInvitation).where(
        CoalitionInvitation.coalition_id == access.coalition.id,
        CoalitionInvitation.accepted_at.is_(None),
        CoalitionInvitation.revoked_at.is_(None),
        CoalitionInvitation.expires_at > utcnow(),
    )
    rows, cursor = await fetch_page(session, stmt, CoalitionInvitation.id, params)
    return [row[0] for row in rows], cursor


async def revoke_invitation(
    session: AsyncSession, access: CoalitionAccess, invitation_id: uuid.UUID
) -> None:
    invitation = await session.scalar(
        select(CoalitionInvitation).where(
            CoalitionInvitation.id == invitation_id,
            CoalitionInvitation.coalition_id == access.coalition.id,
        )
    )
    if invitation is None:
        raise NotFound("Invitation not found.")
    invitation.withdraw()
    await session.flush()


async def open_invitation(
    session: AsyncSession, token: str
) -> tuple[CoalitionInvitation, Coalition, Organisation]:
    row = (
        await session.execute(
            select(CoalitionInvitation, Coalition, Organisation)
            .join(Coalition, Coalition.id == CoalitionInvitation.coalition_id)
            .join(Organisation, Organisation.id == CoalitionInvitation.inviting_organisation_id)
            .where(CoalitionInvitation.token_hash == token_digest(token))
        )
    ).first()
    if row is None:
        raise NotFound("Invitation not found.")
    invitation = row[0]
    invitation.ensure_open()
    return invitation, row[1], row[2]


async def accept_invitation(
    session: AsyncSession, user: User, token: str, organisation_id: uuid.UUID
) -> CoalitionRead:
    invitation, coalition, _ = await open_invitation(session, token)
    joining = await authz.require_organisation(session, user.id, organisation_id)
    joining.require(OrganisationRole.admin)
    existing = await session.scalar(
        select(CoalitionMember).where(
            CoalitionMember.coalition_id == coalition.id,
            CoalitionMember.organisation_id == organisation_id,
        )
    )
    if existing is not None:
        raise Conflict("Your organisation is already a member of this coalition.")
    invitation.accepted_at = utcnow()
    invitation.accepted_by_organisation_id = organisation_id
    session.add(
        CoalitionMember(
            coalition_id=coalition.id, organisation_id=organisation_id, role=invitation.role
        )
    )
    await session.flush()
    return to_read(await authz.require_coalition(session, user.id, coalition.id))
