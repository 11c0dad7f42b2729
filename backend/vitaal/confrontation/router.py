from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from vitaal.access import OrganisationDep
from vitaal.auth.deps import CurrentUser
from vitaal.confrontation import service
from vitaal.confrontation.deps import ItemDep, MatrixDep
from vitaal.confrontation.schemas import (
    ItemCreate,
    ItemRead,
    ItemUpdate,
    MatrixCreate,
    MatrixRead,
    MatrixSummary,
    MatrixUpdate,
    ScoresWrite,
)
from vitaal.core.db import SessionDep
from vitaal.core.errors import problem_responses
from vitaal.core.pagination import Page, PageDep

router = APIRouter(
    prefix="/organisations/{organisation_id}/confrontation-matrices",
    tags=["confrontation"],
    responses=problem_responses(401, 404, 422),
)


@router.get(
    "",
    response_model=Page[MatrixSummary],
    summary="The organisation's confrontation matrices, oldest first",
)
async def list_matrices(
    access: OrganisationDep,
    session: SessionDep,
    page: PageDep,
    issue_id: Annotated[
        uuid.UUID | None, Query(description="Only the matrices made for this issue.")
    ] = None,
) -> Page[MatrixSummary]:
    items, cursor = await service.list_page(session, access.organisation.id, issue_id, page)
    return Page(items=items, next_cursor=cursor)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=MatrixRead,
    summary="Start a confrontation matrix, for the organisation or for one issue",
)
async def create_matrix(
    data: MatrixCreate, access: OrganisationDep, session: SessionDep, user: CurrentUser
) -> MatrixRead:
    return service.to_read(await service.create(session, access.organisation.id, user, data))


@router.get(
    "/{matrix_id}",
    response_model=MatrixRead,
    summary="One matrix: its items, scored cells, totals, ranked quadrants and options",
)
async def get_matrix(matrix: MatrixDep) -> MatrixRead:
    return service.to_read(matrix)


@router.patch(
    "/{matrix_id}",
    response_model=MatrixRead,
    summary="Rename a matrix, describe it, or link it to another issue",
)
async def update_matrix(data: MatrixUpdate, matrix: MatrixDep, session: SessionDep) -> MatrixRead:
    return service.to_read(await service.update(session, matrix, data))


@router.delete(
    "/{matrix_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove a matrix with its items and scores",
)
async def delete_matrix(matrix: MatrixDep, session: SessionDep) -> None:
    await service.delete_matrix(session, matrix)


@router.post(
    "/{matrix_id}/items",
    status_code=status.HTTP_201_CREATED,
    response_model=ItemRead,
    summary="Add a strength, weakness, opportunity or threat (last of its kind)",
)
async def create_item(data: ItemCreate, matrix: MatrixDep, session: SessionDep) -> ItemRead:
    return ItemRead.model_validate(await service.add_item(session, matrix, data))


@router.patch(
    "/{matrix_id}/items/{item_id}",
    response_model=ItemRead,
    summary="Rename, annotate or move an item among those of its kind",
)
async def update_item(
    data: ItemUpdate, matrix: MatrixDep, item: ItemDep, session: SessionDep
) -> ItemRead:
    return ItemRead.model_validate(await service.update_item(session, matrix, item, data))


@router.delete(
    "/{matrix_id}/items/{item_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an item and its scored cells",
)
async def delete_item(matrix: MatrixDep, item: ItemDep, session: SessionDep) -> None:
    await service.delete_item(session, matrix, item)


@router.put(
    "/{matrix_id}/scores",
    response_model=MatrixRead,
    summary="Score cells 0-3 (0 clears); the analysis in the answer reflects them",
)
async def set_scores(data: ScoresWrite, matrix: MatrixDep, session: SessionDep) -> MatrixRead:
    return service.to_read(await service.set_scores(session, matrix, data))
