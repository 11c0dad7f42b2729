from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import CoalitionDep
from vitaal.core.db import SessionDep
from vitaal.partners import service
from vitaal.partners.models import CoalitionPartner


async def valid_partner(
    partner_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> CoalitionPartner:
    return await service.get_partner(session, access.coalition.id, partner_id)


PartnerDep = Annotated[CoalitionPartner, Depends(valid_partner, scope="function")]
