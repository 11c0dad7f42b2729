from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.tob3 import links, service
from vitaal.tob3.links import OpenedLink
from vitaal.tob3.models import Tob3Link, Tob3Round, Tob3Worry


async def valid_round(
    round_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> Tob3Round:
    return await service.get_round(session, access.organisation.id, round_id)


async def managed_round(
    round_id: uuid.UUID, access: OrganisationAdminDep, session: SessionDep
) -> Tob3Round:
    return await service.get_round(session, access.organisation.id, round_id)


RoundDep = Annotated[Tob3Round, Depends(valid_round, scope="function")]
# A round of the organisation, for its admins (and owners) only: 403 for other members.
AdminRoundDep = Annotated[Tob3Round, Depends(managed_round, scope="function")]


async def managed_worry(
    worry_id: uuid.UUID, round_: AdminRoundDep, session: SessionDep
) -> Tob3Worry:
    return await service.get_worry(session, round_, worry_id)


AdminWorryDep = Annotated[Tob3Worry, Depends(managed_worry, scope="function")]


async def managed_link(link_id: uuid.UUID, round_: AdminRoundDep, session: SessionDep) -> Tob3Link:
    return await links.get_link(session, round_, link_id)


AdminLinkDep = Annotated[Tob3Link, Depends(managed_link, scope="function")]


async def opened_link(
    token: Annotated[str, Path(max_length=100, description="The token of the link.")],
    session: SessionDep,
) -> OpenedLink:
    return await links.open_link(session, token)


# Without an account: the token is the only credential (404 unknown, 410 revoked).
PublicLinkDep = Annotated[OpenedLink, Depends(opened_link, scope="function")]
