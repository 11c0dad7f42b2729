from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from vitaal.access import CoalitionAccess, CoalitionDep, SeesAssessmentRationalesDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import Forbidden
from vitaal.partners import service
from vitaal.partners.models import CoalitionPartner


async def valid_partner(
    partner_id: uuid.UUID, access: CoalitionDep, session: SessionDep
) -> CoalitionPartner:
    return await service.get_partner(session, access.coalition.id, partner_id)


async def assessor(access: SeesAssessmentRationalesDep) -> CoalitionAccess:
    """Scoring partners is the core team's preparation: 404 for those who do not see the
    assessments, 403 for a member who reads them once shared but is not in the core team."""
    if not access.in_core_team:
        raise Forbidden("Only the coalition's core team assesses partners.")
    return access


PartnerDep = Annotated[CoalitionPartner, Depends(valid_partner, scope="function")]
AssessorDep = Annotated[CoalitionAccess, Depends(assessor, scope="function")]
