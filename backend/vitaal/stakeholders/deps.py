from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from vitaal.access import OrganisationDep
from vitaal.core.db import SessionDep
from vitaal.core.errors import Unprocessable
from vitaal.stakeholders import service
from vitaal.stakeholders.models import (
    Interaction,
    InteractionType,
    Stakeholder,
    StakeholderKind,
    StakeholderType,
)
from vitaal.stakeholders.service import InteractionFilters, StakeholderFilters


async def valid_stakeholder(
    stakeholder_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> Stakeholder:
    return await service.get(session, access.organisation.id, stakeholder_id)


async def valid_stakeholder_id(
    stakeholder_id: uuid.UUID, access: OrganisationDep, session: SessionDep
) -> uuid.UUID:
    return await service.require_stakeholder_id(session, access.organisation.id, stakeholder_id)


StakeholderDep = Annotated[Stakeholder, Depends(valid_stakeholder, scope="function")]
StakeholderIdDep = Annotated[uuid.UUID, Depends(valid_stakeholder_id, scope="function")]


async def valid_interaction(
    interaction_id: uuid.UUID,
    stakeholder_id: StakeholderIdDep,
    access: OrganisationDep,
    session: SessionDep,
) -> Interaction:
    return await service.get_interaction(
        session, access.organisation.id, stakeholder_id, interaction_id
    )


InteractionDep = Annotated[Interaction, Depends(valid_interaction, scope="function")]


def stakeholder_filters(
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Words in the name, sector, region, interests or tags (any case).",
        ),
    ] = None,
    type: Annotated[StakeholderType | None, Query()] = None,
    tag: Annotated[str | None, Query(max_length=40, description="Has exactly this tag.")] = None,
    kind: Annotated[StakeholderKind | None, Query()] = None,
    archived: Annotated[
        bool, Query(description="`true` lists only archived stakeholders, `false` only active.")
    ] = False,
) -> StakeholderFilters:
    return StakeholderFilters(q=q, type=type, tag=tag, kind=kind, archived=archived)


def interaction_filters(
    type: Annotated[InteractionType | None, Query()] = None,
    from_: Annotated[date | None, Query(alias="from", description="On or after this day.")] = None,
    to: Annotated[date | None, Query(description="On or before this day.")] = None,
) -> InteractionFilters:
    if from_ is not None and to is not None and to < from_:
        raise Unprocessable.field("query.to", "must not be before `from`")
    return InteractionFilters(type=type, from_=from_, to=to)


StakeholderFiltersDep = Annotated[StakeholderFilters, Depends(stakeholder_filters)]
InteractionFiltersDep = Annotated[InteractionFilters, Depends(interaction_filters)]
