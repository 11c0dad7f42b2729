"""Looking up the coalition partners that meetings and the plan of approach point at."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vitaal.core.errors import Unprocessable
from vitaal.partners.models import CoalitionPartner


async def partner_names(
    session: AsyncSession, coalition_id: uuid.UUID, ids: Iterable[uuid.UUID | None]
) -> dict[uuid.UUID, str]:
    """Names of the given partners of this coalition, in one query."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = await session.execute(
        select(CoalitionPartner.id, CoalitionPartner.name).where(
            CoalitionPartner.coalition_id == coalition_id, CoalitionPartner.id.in_(wanted)
        )
    )
    return {row.id: row.name for row in rows}


async def require_partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID, field: str
) -> str:
    """The partner's name, or a 422 on ``field`` when it is no partner of this coalition (a
    partner of another coalition is treated the same: its existence is not revealed)."""
    name = await session.scalar(
        select(CoalitionPartner.name).where(
            CoalitionPartner.id == partner_id, CoalitionPartner.coalition_id == coalition_id
        )
    )
    if name is None:
        raise Unprocessable.field(field, "not a partner of this coalition", "unknown_partner")
    return name


async def named_partner(
    session: AsyncSession, coalition_id: uuid.UUID, partner_id: uuid.UUID | None, field: str
) -> dict[uuid.UUID, str]:
    """``{partner_id: name}`` for an optional reference in a request body (422 on ``field`` when
    it is no partner of this coalition), empty when no partner was given."""
    if partner_id is None:
        return {}
    return {partner_id: await require_partner(session, coalition_id, partner_id, field)}
