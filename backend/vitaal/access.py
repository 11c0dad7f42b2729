"""Tenancy and roles in one place.

Every organisation- or coalition-scoped query starts from the statements here, and every path id
is resolved through ``require_*``: what the caller may not see answers 404 (never 403, never
data), so a guessed id reveals nothing about whether it exists.

What a route needs is in its signature: ``OrganisationDep`` (any member), ``OrganisationAdminDep``,
``OrganisationOwnerDep``; ``CoalitionDep`` (any member organisation, observers included),
``CoalitionContributorDep`` (partners and coordinators, not observers), ``CoalitionManagerDep``
(an admin of the coordinating organisation). A role the caller lacks answers 403 — only after
the 404 check, so a stranger never learns the object exists. Services take the resolved access
and never check roles themselves.

This module sits above ``core`` (which imports no domain) and below every domain router.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import Select, String, and_, cast, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal import visibility
from vitaal.auth.deps import CurrentUser
from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole
from vitaal.core.db import SessionDep
from vitaal.core.errors import Forbidden, NotFound
from vitaal.organisations.models import Membership, Organisation, OrganisationRole
from vitaal.visibility import WorkPiece

ORGANISATION_ROLE_RANK = {
    OrganisationRole.member: 1,
    OrganisationRole.admin: 2,
    OrganisationRole.owner: 3,
}
COALITION_ROLE_RANK = {
    CoalitionRole.observer: 1,
    CoalitionRole.partner: 2,
    CoalitionRole.coordinator: 3,
}


def user_organisation_ids(user_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(Membership.organisation_id).where(Membership.user_id == user_id)


def organisation_coalition_ids(organisation_id: uuid.UUID) -> Select[uuid.UUID]:
    """The coalitions an organisation belongs to, whatever its role there."""
    return select(CoalitionMember.coalition_id).where(
        CoalitionMember.organisation_id == organisation_id
    )


def organisation_sees_in(organisation_id: uuid.UUID, piece: WorkPiece) -> Select[uuid.UUID]:
    """The coalitions in which an organisation sees ``piece``: ``visibility.sees`` in SQL, for
    queries that span coalitions (a stakeholder's timeline)."""
    member = organisation_coalition_ids(organisation_id)
    if piece in visibility.ALWAYS_SHARED:
        return member
    # The shared pieces are a JSON list of names on the coalition row; a quoted name matches
    # only itself, on SQLite and PostgreSQL alike.
    shares = select(Coalition.id).where(
        cast(Coalition.shared_work, String).contains(f'"{piece.value}"', autoescape=True)
    )
    return member.where(
        or_(
            CoalitionMember.role == CoalitionRole.coordinator,
            and_(CoalitionMember.role == CoalitionRole.partner, CoalitionMember.core_team),
            CoalitionMember.coalition_id.in_(shares),
        )
    )


def user_coalition_ids(user_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(CoalitionMember.coalition_id).where(
        CoalitionMember.organisation_id.in_(user_organisation_ids(user_id))
    )


def coalition_user_ids(coalition_id: uuid.UUID) -> Select[uuid.UUID]:
    """The users of the coalition's member organisations: the people its work may name."""
    return select(Membership.user_id).where(
        Membership.organisation_id.in_(
            select(CoalitionMember.organisation_id).where(
                CoalitionMember.coalition_id == coalition_id
            )
        )
    )


@dataclass(frozen=True)
class OrganisationAccess:
    organisation: Organisation
    role: OrganisationRole

    def has(self, minimum: OrganisationRole) -> bool:
        return ORGANISATION_ROLE_RANK[self.role] >= ORGANISATION_ROLE_RANK[minimum]

    def require(self, minimum: OrganisationRole) -> None:
        if not self.has(minimum):
            raise Forbidden(f"This needs the {minimum.value} role in the organisation.")


@dataclass(frozen=True)
class CoalitionAccess:
    """The caller's view of a coalition, through the strongest of their organisations."""

    coalition: Coalition
    organisation_id: uuid.UUID
    role: CoalitionRole
    organisation_role: OrganisationRole
    # Through any of the caller's organisations (a coordinator, or a partner the coordinators
    # added); vitaal/visibility.py has the rule.
    in_core_team: bool = False
    # Every member organisation of the coalition the caller belongs to: a conversation held
    # with one of them is the caller's own to read.
    organisation_ids: frozenset[uuid.UUID] = frozenset()

    @property
    def shared_work(self) -> frozenset[WorkPiece]:
        return visibility.shared_set(self.coalition.shared_work)

    def sees(self, piece: WorkPiece) -> bool:
        return visibility.sees(piece, in_core_team=self.in_core_team, shared=self.shared_work)

    def require_sees(self, piece: WorkPiece, what: str) -> None:
        """Preparation the caller may not see answers 404, like anything else not theirs."""
        if not self.sees(piece):
            raise NotFound(f"{what} not found.")

    @property
    def can_manage(self) -> bool:
        """Coordinators act through an admin or owner of the coordinating organisation."""
        return self.role is CoalitionRole.coordinator and (
            ORGANISATION_ROLE_RANK[self.organisation_role]
            >= ORGANISATION_ROLE_RANK[OrganisationRole.admin]
        )

    @property
    def can_contribute(self) -> bool:
        """Partners and coordinators take part in the work; observers only read."""
        return self.role is not CoalitionRole.observer

    def require_manage(self) -> None:
        if not self.can_manage:
            raise Forbidden(
                "Only an admin of the coordinating organisation (kwartiermaker) may do this."
            )

    def require_contribute(self) -> None:
        if not self.can_contribute:
            raise Forbidden("Observers can read the coalition's work but not change it.")


def access_rank(
    candidate: tuple[uuid.UUID, CoalitionRole, OrganisationRole],
) -> tuple[int, int, str]:
    """Order of the ways one user takes part in a coalition; the strongest one counts."""
    organisation_id, role, organisation_role = candidate
    return (
        COALITION_ROLE_RANK[role],
        ORGANISATION_ROLE_RANK[organisation_role],
        str(organisation_id),
    )


async def require_organisation(
    session: AsyncSession, user_id: uuid.UUID, organisation_id: uuid.UUID
) -> OrganisationAccess:
    row = (
        await session.execute(
            select(Organisation, Membership.role)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .where(Organisation.id == organisation_id, Membership.user_id == user_id)
        )
    ).first()
    if row is None:
        raise NotFound("Organisation not found.")
    return OrganisationAccess(organisation=row[0], role=row[1])


async def require_coalition(
    session: AsyncSession, user_id: uuid.UUID, coalition_id: uuid.UUID
) -> CoalitionAccess:
    rows = (
        await session.execute(
            select(
                Coalition,
                CoalitionMember.organisation_id,
                CoalitionMember.role,
                Membership.role,
                CoalitionMember.core_team,
            )
            .join(CoalitionMember, CoalitionMember.coalition_id == Coalition.id)
            .join(Membership, Membership.organisation_id == CoalitionMember.organisation_id)
            .where(Coalition.id == coalition_id, Membership.user_id == user_id)
        )
    ).all()
    if not rows:
        raise NotFound("Coalition not found.")
    return access_from_memberships(rows[0][0], [(r[1], r[2], r[3], r[4]) for r in rows])


# One way the caller takes part: (organisation id, coalition role, organisation role, core team).
Participation = tuple[uuid.UUID, CoalitionRole, OrganisationRole, bool]


def access_from_memberships(
    coalition: Coalition, participations: Sequence[Participation]
) -> CoalitionAccess:
    """The strongest way counts for the role; the core team counts through any of them."""
    organisation_id, role, organisation_role, _ = max(
        participations, key=lambda p: access_rank((p[0], p[1], p[2]))
    )
    return CoalitionAccess(
        coalition=coalition,
        organisation_id=organisation_id,
        role=role,
        organisation_role=organisation_role,
        in_core_team=any(core_team_member(p[1], p[3]) for p in participations),
        organisation_ids=frozenset(p[0] for p in participations),
    )


def core_team_member(role: CoalitionRole, core_team: bool) -> bool:
    return role is CoalitionRole.coordinator or (role is CoalitionRole.partner and core_team)


# --- dependencies: path ids → access, and the role a route needs ----------------------------


async def valid_organisation(
    organisation_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> OrganisationAccess:
    return await require_organisation(session, user.id, organisation_id)


OrganisationDep = Annotated[OrganisationAccess, Depends(valid_organisation, scope="function")]


async def organisation_admin(access: OrganisationDep) -> OrganisationAccess:
    access.require(OrganisationRole.admin)
    return access


async def organisation_owner(access: OrganisationDep) -> OrganisationAccess:
    access.require(OrganisationRole.owner)
    return access


OrganisationAdminDep = Annotated[OrganisationAccess, Depends(organisation_admin, scope="function")]
OrganisationOwnerDep = Annotated[OrganisationAccess, Depends(organisation_owner, scope="function")]


async def valid_coalition(
    coalition_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> CoalitionAccess:
    return await require_coalition(session, user.id, coalition_id)


CoalitionDep = Annotated[CoalitionAccess, Depends(valid_coalition, scope="function")]


async def coalition_contributor(access: CoalitionDep) -> CoalitionAccess:
    access.require_contribute()
    return access


async def coalition_manager(access: CoalitionDep) -> CoalitionAccess:
    access.require_manage()
    return access


CoalitionContributorDep = Annotated[
    CoalitionAccess, Depends(coalition_contributor, scope="function")
]
CoalitionManagerDep = Annotated[CoalitionAccess, Depends(coalition_manager, scope="function")]


async def coalition_core_team(access: CoalitionDep) -> CoalitionAccess:
    """Preparation that is never shared as a whole (e.g. a history of who saw what)."""
    if not access.in_core_team:
        raise NotFound("Coalition work not found.")
    return access


CoalitionCoreTeamDep = Annotated[CoalitionAccess, Depends(coalition_core_team, scope="function")]


def coalition_work(
    piece: WorkPiece, *, manage: bool = False
) -> Callable[[CoalitionAccess], Awaitable[CoalitionAccess]]:
    """A dependency that answers 404 unless the caller sees ``piece`` (core team, or shared) —
    preparation that is not theirs looks absent, not forbidden — and, for a coordinator's change
    (``manage``), then 403 unless they manage the coalition."""

    async def dependency(access: CoalitionDep) -> CoalitionAccess:
        access.require_sees(piece, "Coalition work")
        if manage:
            access.require_manage()
        return access

    return dependency


def _work(piece: WorkPiece, *, manage: bool = False) -> Any:
    return Depends(coalition_work(piece, manage=manage), scope="function")


# Routes whose whole answer is one preparation piece; mixed answers (the matrix with or without
# rationales, conversations of which a partner sees its own) filter with ``access.sees``.
SeesConversationsDep = Annotated[CoalitionAccess, _work(WorkPiece.conversations)]
SeesOwnPlanDep = Annotated[CoalitionAccess, _work(WorkPiece.own_plan)]
SeesPartnerPositionsDep = Annotated[CoalitionAccess, _work(WorkPiece.partner_positions)]
SeesAssessmentRationalesDep = Annotated[CoalitionAccess, _work(WorkPiece.assessment_rationales)]
SeesPartnerStrategiesDep = Annotated[CoalitionAccess, _work(WorkPiece.partner_strategies)]

ManagesConversationsDep = Annotated[CoalitionAccess, _work(WorkPiece.conversations, manage=True)]
ManagesOwnPlanDep = Annotated[CoalitionAccess, _work(WorkPiece.own_plan, manage=True)]
ManagesPartnerPositionsDep = Annotated[
    CoalitionAccess, _work(WorkPiece.partner_positions, manage=True)
]
ManagesPartnerStrategiesDep = Annotated[
    CoalitionAccess, _work(WorkPiece.partner_strategies, manage=True)
]
