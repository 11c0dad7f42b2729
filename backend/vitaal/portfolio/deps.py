from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Query

from vitaal.access import OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.portfolio import service
from vitaal.portfolio.models import Collaboration, Relevance
from vitaal.portfolio.service import PortfolioFilters


async def valid_collaboration(
    collaboration_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> Collaboration:
    return await service.get(session, access.organisation.id, collaboration_id)


CollaborationDep = Annotated[Collaboration, Depends(valid_collaboration, scope="function")]


def portfolio_filters(
    paused: Annotated[
        bool | None,
        Query(description="`true`: only paused collaborations, `false`: only running ones."),
    ] = None,
    relevance: Annotated[
        Relevance | None, Query(description="Only this current relevance.")
    ] = None,
) -> PortfolioFilters:
    return PortfolioFilters(paused=paused, relevance=relevance)


PortfolioFiltersDep = Annotated[PortfolioFilters, Depends(portfolio_filters)]
