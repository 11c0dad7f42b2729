"""Cursor pagination on time-ordered primary keys.

Every list answers ``{"items": [...], "next_cursor": ...}``. The cursor is the opaque, URL-safe
form of the last id returned, so pages stay stable while rows are added, unlike offsets.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from vitaal.core.errors import Unprocessable

MAX_LIMIT = 200

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; null on the last page."
    )


@dataclass(frozen=True)
class PageParams:
    limit: int
    after: uuid.UUID | None


def encode_cursor(last_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(last_id.bytes).decode().rstrip("=")


def decode_cursor(cursor: str) -> uuid.UUID:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return uuid.UUID(bytes=raw)
    except (binascii.Error, ValueError):
        raise Unprocessable.field("query.cursor", "not a cursor this API gave out") from None


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page.")] = None,
) -> PageParams:
    return PageParams(limit=limit, after=decode_cursor(cursor) if cursor else None)


PageDep = Annotated[PageParams, Depends(page_params)]


async def fetch_page(
    session: AsyncSession,
    stmt: Select[*tuple[Any, ...]],
    id_column: InstrumentedAttribute[uuid.UUID],
    params: PageParams,
) -> tuple[Sequence[Any], str | None]:
    """Rows of one page (one query) and the cursor of the next page."""
    if params.after is not None:
        stmt = stmt.where(id_column > params.after)
    stmt = stmt.order_by(id_column).limit(params.limit + 1)
    rows = (await session.execute(stmt)).all()
    if len(rows) <= params.limit:
        return rows, None
    rows = rows[: params.limit]
    last = rows[-1]
    last_id = last[0].id if hasattr(last[0], "id") else last[0]
    return rows, encode_cursor(last_id)
