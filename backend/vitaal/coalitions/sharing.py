"""What a coalition shares of its preparation, and the history of every change of it.

The rule itself (which work is preparation, who sees it) is in ``vitaal/visibility.py``; the
caller's view in ``vitaal/access.py``. Here the coordinators change it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import visibility
from vitaal.access import CoalitionAccess, core_team_member
from vitaal.auth.models import User
from vitaal.coalitions.models import CoalitionMember, VisibilityChange, VisibilityChangeKind
from vitaal.coalitions.schemas import (
    CoalitionVisibilityRead,
    CoreTeamMemberRead,
    WorkSharingRead,
    WorkSharingUpdate,
)
from vitaal.core.errors import Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.organisations.models import Organisation
from vitaal.visibility import ALWAYS_SHARED, WorkPiece


def record(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    kind: VisibilityChangeKind,
    *,
    piece: WorkPiece | None = None,
    member_organisation_id: uuid.UUID | None = None,
    reason: str = "",
) -> None:
    session.add(
        VisibilityChange(
            coalition_id=access.coalition.id,
            kind=kind,
            piece=piece.value if piece else None,
            member_organisation_id=member_organisation_id,
            reason=reason,
            changed_by_id=user.id,
        )
    )


async def overview(session: AsyncSession, access: CoalitionAccess) -> CoalitionVisibilityRead:
    shared = access.shared_work
    members = (
        await session.execute(
            select(CoalitionMember, Organisation.name)
            .join(Organisation, Organisation.id == CoalitionMember.organisation_id)
            .where(CoalitionMember.coalition_id == access.coalition.id)
            .order_by(Organisation.name)
        )
    ).all()
    return CoalitionVisibilityRead(
        pieces=[
            WorkSharingRead(
                piece=piece,
                shared=piece in ALWAYS_SHARED or piece in shared,
                always_shared=piece in ALWAYS_SHARED,
            )
            for piece in WorkPiece
        ],
        core_team=[
            CoreTeamMemberRead(
                organisation_id=member.organisation_id, organisation_name=name, role=member.role
            )
            for member, name in members
            if core_team_member(member.role, member.core_team)
        ],
    )


async def set_shared(
    session: AsyncSession,
    access: CoalitionAccess,
    user: User,
    piece: WorkPiece,
    data: WorkSharingUpdate,
) -> None:
    if piece in ALWAYS_SHARED:
        raise Unprocessable.field(
            "path.piece", "This is the coalition's common work: it is always shared."
        )
    before = access.shared_work
    after = (
        visibility.with_requirements(before | {piece})
        if data.shared
        else visibility.without_dependants(before, piece)
    )
    if after == before:
        return
    for changed in sorted(after - before):
        record(
            session, access, user, VisibilityChangeKind.shared, piece=changed, reason=data.reason
        )
    for changed in sorted(before - after):
        record(
            session, access, user, VisibilityChangeKind.unshared, piece=changed, reason=data.reason
        )
    # A new list, so SQLAlchemy sees the JSON column change.
    access.coalition.shared_work = sorted(p.value for p in after)
    await session.flush()


async def list_changes(
    session: AsyncSession, access: CoalitionAccess, params: PageParams
) -> tuple[Sequence[VisibilityChange], str | None]:
    stmt = select(VisibilityChange).where(VisibilityChange.coalition_id == access.coalition.id)
    rows, cursor = await fetch_page(session, stmt, VisibilityChange.id, params, newest_first=True)
    return [row[0] for row in rows], cursor
