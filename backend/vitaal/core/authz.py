"""Tenancy in one place.

Every organisation- or coalition-scoped query starts from the statements here, and every path id
is resolved through ``require_*``: what the caller may not see answers 404 (never 403, never
data), so a guessed id reveals nothing about whether it exists.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.coalitions.models import Coalition, CoalitionMember, CoalitionRole
from vitaal.core.errors import Forbidden, NotFound
from vitaal.organisations.models import Membership, Organisation, OrganisationRole

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


def user_coalition_ids(user_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(CoalitionMember.coalition_id).where(
        CoalitionMember.organisation_id.in_(user_organisation_ids(user_id))
    )


@dataclass(frozen=True)
class OrganisationAccess:
    organisation: Organisation
    role: OrganisationRole

    def require(self, minimum: OrganisationRole) -> None:
        if ORGANISATION_ROLE_RANK[self.role] < ORGANISATION_ROLE_RANK[minimum]:
            raise Forbidden(f"This needs the {minimum.value} role in the organisation.")


@dataclass(frozen=True)
class CoalitionAccess:
    """The caller's view of a coalition, through the strongest of their organisations."""

    coalition: Coalition
    organisation_id: uuid.UUID
    role: CoalitionRole
    organisation_role: OrganisationRole

    @property
    def can_manage(self) -> bool:
        """Coordinators act through an admin or owner of the coordinating organisation."""
        return self.role is CoalitionRole.coordinator and (
            ORGANISATION_ROLE_RANK[self.organisation_role]
            >= ORGANISATION_ROLE_RANK[OrganisationRole.admin]
        )

    def require_manage(self) -> None:
        if not self.can_manage:
            raise Forbidden(
                "Only an admin of the coordinating organisation (kwartiermaker) may do this."
            )


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
                Coalition, CoalitionMember.organisation_id, CoalitionMember.role, Membership.role
            )
            .join(CoalitionMember, CoalitionMember.coalition_id == Coalition.id)
            .join(Membership, Membership.organisation_id == CoalitionMember.organisation_id)
            .where(Coalition.id == coalition_id, Membership.user_id == user_id)
        )
    ).all()
    if not rows:
        raise NotFound("Coalition not found.")
    best = max(rows, key=lambda r: access_rank((r[1], r[2], r[3])))
    return CoalitionAccess(
        coalition=best[0], organisation_id=best[1], role=best[2], organisation_role=best[3]
    )
