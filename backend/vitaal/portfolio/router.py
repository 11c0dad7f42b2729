from __future__ import annotations

from fastapi import APIRouter, status

from vitaal.access import OrganisationDep
from vitaal.auth.deps import CurrentUser
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep
from vitaal.portfolio import service
from vitaal.portfolio.deps import CollaborationDep, PortfolioFiltersDep
from vitaal.portfolio.schemas import (
    CollaborationCreate,
    CollaborationRead,
    CollaborationUpdate,
    PauseCreate,
    ReviewCreate,
    ReviewRead,
)

router = APIRouter(
    prefix="/organisations/{organisation_id}/portfolio",
    tags=["portfolio"],
    responses=problem_responses(401, 404, 409, 422),
)


@router.get(
    "",
    response_model=Page[CollaborationRead],
    summary="The organisation's collaborations, oldest first, filtered by pause and relevance",
)
async def list_collaborations(
    access: OrganisationDep, session: SessionDep, filters: PortfolioFiltersDep, page: PageDep
) -> Page[CollaborationRead]:
    items, cursor = await service.list_page(session, access.organisation.id, filters, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CollaborationRead,
    summary="Add a collaboration to the portfolio",
)
async def create_collaboration(
    data: CollaborationCreate, access: OrganisationDep, session: SessionDep
) -> CollaborationRead:
    return CollaborationRead.model_validate(
        await service.create(session, access.organisation.id, data)
    )


@router.get(
    "/{collaboration_id}",
    response_model=CollaborationRead,
    summary="One collaboration with its reviews and pauses",
)
async def get_collaboration(collaboration: CollaborationDep) -> CollaborationRead:
    return CollaborationRead.model_validate(collaboration)


@router.patch(
    "/{collaboration_id}",
    response_model=CollaborationRead,
    summary="Change a collaboration's description, reciprocity, form or links",
)
async def update_collaboration(
    data: CollaborationUpdate, collaboration: CollaborationDep, session: SessionDep
) -> CollaborationRead:
    return CollaborationRead.model_validate(await service.update(session, collaboration, data))


@router.delete(
    "/{collaboration_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a collaboration with its reviews and pauses",
)
async def delete_collaboration(collaboration: CollaborationDep, session: SessionDep) -> None:
    await service.delete(session, collaboration)


@router.post(
    "/{collaboration_id}/reviews",
    status_code=status.HTTP_201_CREATED,
    response_model=ReviewRead,
    summary="Review a collaboration: more, equally or less relevant; moves its relevance",
)
async def create_review(
    data: ReviewCreate, collaboration: CollaborationDep, session: SessionDep, user: CurrentUser
) -> ReviewRead:
    return ReviewRead.model_validate(await service.add_review(session, collaboration, user, data))


@router.post(
    "/{collaboration_id}/pause",
    response_model=CollaborationRead,
    summary="Pause a collaboration, e.g. while the partner is itself in crisis",
)
async def pause_collaboration(
    data: PauseCreate, collaboration: CollaborationDep, session: SessionDep, user: CurrentUser
) -> CollaborationRead:
    return CollaborationRead.model_validate(
        await service.pause(session, collaboration, user, data.reason)
    )


@router.post(
    "/{collaboration_id}/resume",
    response_model=CollaborationRead,
    summary="Resume a paused collaboration; the pause stays in the history",
)
async def resume_collaboration(
    collaboration: CollaborationDep, session: SessionDep, user: CurrentUser
) -> CollaborationRead:
    return CollaborationRead.model_validate(await service.resume(session, collaboration, user))
