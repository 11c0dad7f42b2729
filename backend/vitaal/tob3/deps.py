from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import OrganisationAdminDep, OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.tob3 import service
from vitaal.tob3.models import Tob3Round, Tob3Worry


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
