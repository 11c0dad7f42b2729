from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, status
from fastapi.responses import Response

from vitaal.access import OrganisationDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep, utcnow
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import DatedPageDep, Page, PageDep
from vitaal.stakeholders import csv_export, service
from vitaal.stakeholders.deps import (
    InteractionDep,
    InteractionFiltersDep,
    StakeholderDep,
    StakeholderFiltersDep,
    StakeholderIdDep,
)
from vitaal.stakeholders.schemas import (
    FollowUpOverviewItem,
    InteractionCreate,
    InteractionRead,
    InteractionUpdate,
    StakeholderCreate,
    StakeholderRead,
    StakeholderUpdate,
)

router = APIRouter(
    prefix="/organisations/{organisation_id}",
    tags=["stakeholders"],
    responses=problem_responses(401, 404, 409, 422),
)

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"


@router.post(
    "/stakeholders",
    status_code=status.HTTP_201_CREATED,
    response_model=StakeholderRead,
    summary="Add a stakeholder to the organisation's register",
)
async def create_stakeholder(
    data: StakeholderCreate, access: OrganisationDep, session: SessionDep
) -> StakeholderRead:
    return StakeholderRead.model_validate(
        await service.create(session, access.organisation.id, data)
    )


@router.get(
    "/stakeholders",
    response_model=Page[StakeholderRead],
    summary="Search and filter the stakeholder register",
)
async def list_stakeholders(
    access: OrganisationDep, session: SessionDep, filters: StakeholderFiltersDep, page: PageDep
) -> Page[StakeholderRead]:
    items, cursor = await service.list_page(session, access.organisation.id, filters, page)
    return Page(items=items, next_cursor=cursor)


@router.get(
    "/stakeholders/export.csv",
    response_class=Response,
    responses={
        200: {
            "content": {"text/csv": {"schema": {"type": "string"}}},
            "description": "The stakeholders that match the filters, sorted by name.",
        },
    },
    summary="Download the stakeholder register as CSV (same filters as the list)",
    description=csv_export.__doc__ or "",
)
async def export_stakeholders(
    access: OrganisationDep,
    session: SessionDep,
    filters: StakeholderFiltersDep,
    delimiter: Annotated[
        csv_export.Delimiter,
        Query(description="`semicolon` for Excel with Dutch settings, `comma` for RFC 4180."),
    ] = "semicolon",
) -> Response:
    stakeholders = await service.list_all(session, access.organisation.id, filters)
    # A large register takes a while to format; keep it off the event loop.
    body = await asyncio.to_thread(csv_export.build_csv, stakeholders, delimiter)
    filename = f"stakeholders-{utcnow().date().isoformat()}.csv"
    return Response(
        body.encode("utf-8"),
        media_type=CSV_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/stakeholders/by-external-id",
    response_model=StakeholderRead,
    summary="Find a stakeholder by the id another system (a CRM) gave it",
)
async def get_stakeholder_by_external_id(
    access: OrganisationDep,
    session: SessionDep,
    system: Annotated[str, Query(min_length=1, max_length=100, examples=["hubspot"])],
    external_id: Annotated[str, Query(alias="id", min_length=1, max_length=200)],
) -> StakeholderRead:
    stakeholder = await service.by_external_id(session, access.organisation.id, system, external_id)
    return StakeholderRead.model_validate(stakeholder)


@router.get(
    "/stakeholders/{stakeholder_id}",
    response_model=StakeholderRead,
    summary="One stakeholder",
)
async def get_stakeholder(stakeholder: StakeholderDep) -> StakeholderRead:
    return StakeholderRead.model_validate(stakeholder)


@router.patch(
    "/stakeholders/{stakeholder_id}",
    response_model=StakeholderRead,
    summary="Change a stakeholder; lists given replace the whole list",
)
async def update_stakeholder(
    data: StakeholderUpdate, stakeholder: StakeholderDep, session: SessionDep
) -> StakeholderRead:
    return StakeholderRead.model_validate(await service.update(session, stakeholder, data))


@router.post(
    "/stakeholders/{stakeholder_id}/archive",
    response_model=StakeholderRead,
    summary="Archive a stakeholder (hidden from the list, kept with its history)",
)
async def archive_stakeholder(stakeholder: StakeholderDep, session: SessionDep) -> StakeholderRead:
    await service.set_archived(session, stakeholder, archived=True)
    return StakeholderRead.model_validate(stakeholder)


@router.post(
    "/stakeholders/{stakeholder_id}/unarchive",
    response_model=StakeholderRead,
    summary="Bring an archived stakeholder back into the list",
)
async def unarchive_stakeholder(
    stakeholder: StakeholderDep, session: SessionDep
) -> StakeholderRead:
    await service.set_archived(session, stakeholder, archived=False)
    return StakeholderRead.model_validate(stakeholder)


@router.post(
    "/stakeholders/{stakeholder_id}/interactions",
    status_code=status.HTTP_201_CREATED,
    response_model=InteractionRead,
    summary="Log a meeting, call, e-mail, visit or event with the stakeholder",
)
async def create_interaction(
    data: InteractionCreate,
    stakeholder_id: StakeholderIdDep,
    access: OrganisationDep,
    session: SessionDep,
    user: CurrentUser,
) -> InteractionRead:
    interaction = await service.create_interaction(
        session, access.organisation.id, stakeholder_id, user, data
    )
    return InteractionRead.model_validate(interaction)


@router.get(
    "/stakeholders/{stakeholder_id}/interactions",
    response_model=Page[InteractionRead],
    summary="The interaction log of a stakeholder, newest first",
)
async def list_interactions(
    stakeholder_id: StakeholderIdDep,
    access: OrganisationDep,
    session: SessionDep,
    filters: InteractionFiltersDep,
    page: DatedPageDep,
) -> Page[InteractionRead]:
    items, cursor = await service.list_interactions(
        session, access.organisation.id, stakeholder_id, filters, page
    )
    return Page(items=items, next_cursor=cursor)


@router.patch(
    "/stakeholders/{stakeholder_id}/interactions/{interaction_id}",
    response_model=InteractionRead,
    summary="Change an interaction; `follow_ups` given replaces the whole list",
)
async def update_interaction(
    data: InteractionUpdate, interaction: InteractionDep, session: SessionDep
) -> InteractionRead:
    return InteractionRead.model_validate(
        await service.update_interaction(session, interaction, data)
    )


@router.delete(
    "/stakeholders/{stakeholder_id}/interactions/{interaction_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete an interaction and its follow-ups",
)
async def delete_interaction(interaction: InteractionDep, session: SessionDep) -> None:
    await service.delete_interaction(session, interaction)


# A stakeholder's timeline (`/stakeholders/{stakeholder_id}/timeline`) is served by the partners
# domain: it merges the assessments of the coalition partners linked to the stakeholder, and
# partners depends on this domain, never the other way round. ``service.timeline`` composes it.


@router.get(
    "/follow-ups",
    response_model=Page[FollowUpOverviewItem],
    summary="Follow-ups across all stakeholders, soonest due first (no due date last)",
)
async def list_follow_ups(
    access: OrganisationDep,
    session: SessionDep,
    page: DatedPageDep,
    open_: Annotated[
        bool | None,
        Query(alias="open", description="`true`: only open ones, `false`: only done ones."),
    ] = None,
) -> Page[FollowUpOverviewItem]:
    items, cursor = await service.list_follow_ups(session, access.organisation.id, open_, page)
    return Page(items=items, next_cursor=cursor)
