"""Confrontation matrices: keeping items and scores, and feeding the pure analysis.

Every matrix is found through its organisation (resolved by ``access`` in the route's
dependency); items and scores only through their matrix. Services only flush.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from vitaal.auth.models import User
from vitaal.confrontation import analysis
from vitaal.confrontation.models import ConfrontationItem, ConfrontationMatrix, ConfrontationScore
from vitaal.confrontation.schemas import (
    MAX_ITEMS_PER_KIND,
    AnalysisRead,
    ItemCreate,
    ItemRead,
    ItemTotalRead,
    ItemUpdate,
    MatrixCreate,
    MatrixRead,
    MatrixSummary,
    MatrixUpdate,
    OptionRead,
    QuadrantRead,
    ScoreRead,
    ScoresWrite,
)
from vitaal.core.db import utcnow
from vitaal.core.errors import NotFound, Unprocessable
from vitaal.core.pagination import PageParams, fetch_page
from vitaal.core.patching import apply_patch
from vitaal.issues.models import Issue


async def list_page(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    issue_id: uuid.UUID | None,
    page: PageParams,
) -> tuple[list[MatrixSummary], str | None]:
    stmt = select(ConfrontationMatrix).where(ConfrontationMatrix.organisation_id == organisation_id)
    if issue_id is not None:
        stmt = stmt.where(ConfrontationMatrix.issue_id == issue_id)
    rows, cursor = await fetch_page(session, stmt, ConfrontationMatrix.id, page)
    return [MatrixSummary.model_validate(row[0]) for row in rows], cursor


async def get(
    session: AsyncSession, organisation_id: uuid.UUID, matrix_id: uuid.UUID
) -> ConfrontationMatrix:
    matrix = (
        await session.execute(
            select(ConfrontationMatrix)
            .where(
                ConfrontationMatrix.id == matrix_id,
                ConfrontationMatrix.organisation_id == organisation_id,
            )
            .options(
                selectinload(ConfrontationMatrix.items), selectinload(ConfrontationMatrix.scores)
            )
        )
    ).scalar_one_or_none()
    if matrix is None:
        raise NotFound("Confrontation matrix not found.")
    return matrix


async def create(
    session: AsyncSession, organisation_id: uuid.UUID, user: User, data: MatrixCreate
) -> ConfrontationMatrix:
    await _check_issue(session, organisation_id, data.issue_id, "body.issue_id")
    _check_room([], data.items, "body.items")
    matrix = ConfrontationMatrix(
        organisation_id=organisation_id,
        issue_id=data.issue_id,
        title=data.title,
        description=data.description,
        created_by_id=user.id,
        items=[],
        scores=[],
    )
    for item in data.items:
        matrix.items.append(_new_item(matrix.items, item))
    session.add(matrix)
    await session.flush()
    return matrix


async def update(
    session: AsyncSession, matrix: ConfrontationMatrix, data: MatrixUpdate
) -> ConfrontationMatrix:
    if "issue_id" in data.model_fields_set:
        await _check_issue(session, matrix.organisation_id, data.issue_id, "body.issue_id")
    apply_patch(matrix, data)
    await session.flush()
    return matrix


async def delete_matrix(session: AsyncSession, matrix: ConfrontationMatrix) -> None:
    await session.delete(matrix)
    await session.flush()


async def add_item(
    session: AsyncSession, matrix: ConfrontationMatrix, data: ItemCreate
) -> ConfrontationItem:
    _check_room(matrix.items, [data], "body.kind")
    item = _new_item(matrix.items, data)
    matrix.items.append(item)
    await session.flush()
    return item


def find_item(matrix: ConfrontationMatrix, item_id: uuid.UUID) -> ConfrontationItem:
    for item in matrix.items:
        if item.id == item_id:
            return item
    raise NotFound("Item not found in this confrontation matrix.")


async def update_item(
    session: AsyncSession, matrix: ConfrontationMatrix, item: ConfrontationItem, data: ItemUpdate
) -> ConfrontationItem:
    apply_patch(item, data, ("label", "note"))
    if data.position is not None:
        _move(matrix, item, data.position)
    await session.flush()
    return item


async def delete_item(
    session: AsyncSession, matrix: ConfrontationMatrix, item: ConfrontationItem
) -> None:
    # The item's cells go first, in their own flush: otherwise the database's cascade
    # removes them with the item and the ORM then deletes rows that are already gone.
    matrix.scores = [
        s for s in matrix.scores if item.id not in (s.internal_item_id, s.external_item_id)
    ]
    await session.flush()
    matrix.items.remove(item)
    _renumber(matrix, item.kind)
    await session.flush()


async def set_scores(
    session: AsyncSession, matrix: ConfrontationMatrix, data: ScoresWrite
) -> ConfrontationMatrix:
    kinds = {item.id: item.kind for item in matrix.items}
    seen: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for index, cell in enumerate(data.scores):
        where = f"body.scores.{index}"
        internal, external = kinds.get(cell.internal_item_id), kinds.get(cell.external_item_id)
        if internal is None or not internal.internal:
            raise Unprocessable.field(
                f"{where}.internal_item_id",
                "is not a strength or weakness of this matrix",
                "unknown",
            )
        if external is None or external.internal:
            raise Unprocessable.field(
                f"{where}.external_item_id",
                "is not an opportunity or threat of this matrix",
                "unknown",
            )
        key = (cell.internal_item_id, cell.external_item_id)
        if key in seen:
            raise Unprocessable.field(
                where, "names a cell that is already in this list", "duplicate"
            )
        seen.add(key)

    existing = {(s.internal_item_id, s.external_item_id): s for s in matrix.scores}
    for cell in data.scores:
        key = (cell.internal_item_id, cell.external_item_id)
        stored = existing.get(key)
        if cell.score == 0:
            if stored is not None:
                matrix.scores.remove(stored)
        elif stored is not None:
            stored.score = cell.score
        else:
            matrix.scores.append(
                ConfrontationScore(
                    matrix_id=matrix.id,
                    internal_item_id=cell.internal_item_id,
                    external_item_id=cell.external_item_id,
                    score=cell.score,
                )
            )
    matrix.updated_at = utcnow()  # a changed cell is a change of the matrix
    await session.flush()
    return matrix


async def _check_issue(
    session: AsyncSession, organisation_id: uuid.UUID, issue_id: uuid.UUID | None, field: str
) -> None:
    if issue_id is None:
        return
    found = await session.scalar(
        select(Issue.id).where(Issue.id == issue_id, Issue.organisation_id == organisation_id)
    )
    if found is None:
        raise Unprocessable.field(field, "is not an issue of this organisation", "unknown")


def _check_room(existing: list[ConfrontationItem], new: list[ItemCreate], field: str) -> None:
    for kind in analysis.ItemKind:
        count = sum(1 for i in existing if i.kind is kind) + sum(1 for i in new if i.kind is kind)
        if count > MAX_ITEMS_PER_KIND:
            raise Unprocessable.field(
                field,
                f"a matrix holds at most {MAX_ITEMS_PER_KIND} items of each kind ({kind.value})",
                "too_many",
            )


def _new_item(items: list[ConfrontationItem], data: ItemCreate) -> ConfrontationItem:
    position = sum(1 for i in items if i.kind is data.kind)
    return ConfrontationItem(kind=data.kind, label=data.label, note=data.note, position=position)


def _same_kind(matrix: ConfrontationMatrix, kind: analysis.ItemKind) -> list[ConfrontationItem]:
    return sorted((i for i in matrix.items if i.kind is kind), key=lambda i: (i.position, i.id))


def _renumber(matrix: ConfrontationMatrix, kind: analysis.ItemKind) -> None:
    for position, item in enumerate(_same_kind(matrix, kind)):
        item.position = position


def _move(matrix: ConfrontationMatrix, item: ConfrontationItem, position: int) -> None:
    siblings = [i for i in _same_kind(matrix, item.kind) if i is not item]
    siblings.insert(min(position, len(siblings)), item)
    for index, sibling in enumerate(siblings):
        sibling.position = index


def to_read(matrix: ConfrontationMatrix) -> MatrixRead:
    kind_order = list(analysis.ItemKind)
    items = sorted(matrix.items, key=lambda i: (kind_order.index(i.kind), i.position, i.id))
    result = analysis.analyse(
        [analysis.Item(str(i.id), i.kind) for i in items],
        {(str(s.internal_item_id), str(s.external_item_id)): s.score for s in matrix.scores},
    )
    return MatrixRead(
        **MatrixSummary.model_validate(matrix).model_dump(),
        items=[ItemRead.model_validate(i) for i in items],
        scores=[
            ScoreRead.model_validate(s)
            for s in sorted(matrix.scores, key=lambda s: (s.internal_item_id, s.external_item_id))
        ],
        analysis=AnalysisRead(
            rows=[_total(t) for t in result.rows],
            columns=[_total(t) for t in result.columns],
            quadrants=[
                QuadrantRead(
                    quadrant=q.quadrant, total=q.total, cells=q.cells, mean=q.mean, rank=q.rank
                )
                for q in result.quadrants
            ],
            options=[
                OptionRead(
                    internal_item_id=uuid.UUID(o.internal_id),
                    external_item_id=uuid.UUID(o.external_id),
                    quadrant=o.quadrant,
                    score=o.score,
                )
                for o in result.options
            ],
            total=result.total,
        ),
    )


def _total(total: analysis.ItemTotal) -> ItemTotalRead:
    return ItemTotalRead(
        item_id=uuid.UUID(total.id), kind=total.kind, total=total.total, rank=total.rank
    )
