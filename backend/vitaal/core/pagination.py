"""Cursor pagination on time-ordered primary keys, and on a date then the id.

Every list answers ``{"items": [...], "next_cursor": ...}``. The cursor is the opaque, URL-safe
form of the last id returned, so pages stay stable while rows are added, unlike offsets.

Lists ordered by the day something happened or is due (interactions, the stakeholder timeline,
follow-ups, strategy reviews) are not in the order they were entered; their cursor holds that
day and the id of the last row, so a page stays stable while rows are added or edited elsewhere
in the list.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from vitaal.core.errors import Unprocessable

MAX_LIMIT = 200
# The longest cursor this API gives out is a dated one: 43 bytes, 58 characters in base64.
MAX_CURSOR_LENGTH = 100

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
        raise _foreign_cursor() from None


def _foreign_cursor() -> Unprocessable:
    return Unprocessable.field("query.cursor", "not a cursor this API gave out")


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[
        str | None,
        Query(max_length=MAX_CURSOR_LENGTH, description="`next_cursor` of the previous page."),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, after=decode_cursor(cursor) if cursor else None)


PageDep = Annotated[PageParams, Depends(page_params)]


async def fetch_page(
    session: AsyncSession,
    stmt: Select[*tuple[Any, ...]],
    id_column: InstrumentedAttribute[uuid.UUID],
    params: PageParams,
    *,
    newest_first: bool = False,
) -> tuple[Sequence[Any], str | None]:
    """Rows of one page (one query) and the cursor of the next page; ids are time-ordered, so
    ``newest_first`` lists the latest rows first."""
    if params.after is not None:
        stmt = stmt.where(id_column < params.after if newest_first else id_column > params.after)
    stmt = stmt.order_by(id_column.desc() if newest_first else id_column).limit(params.limit + 1)
    rows = (await session.execute(stmt)).all()
    if len(rows) <= params.limit:
        return rows, None
    rows = rows[: params.limit]
    last = rows[-1]
    last_id = last[0].id if hasattr(last[0], "id") else last[0]
    return rows, encode_cursor(last_id)


# --- pages ordered by a date, then by id ------------------------------------------------------


@dataclass(frozen=True)
class DatedCursor:
    on: date | None
    id: uuid.UUID


@dataclass(frozen=True)
class DatedPageParams:
    limit: int
    after: DatedCursor | None


def encode_dated_cursor(cursor: DatedCursor) -> str:
    text = f"{cursor.on.isoformat() if cursor.on else ''}.{cursor.id.hex}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_dated_cursor(text: str) -> DatedCursor:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        day, _, hex_id = raw.partition(".")
        return DatedCursor(on=date.fromisoformat(day) if day else None, id=uuid.UUID(hex=hex_id))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _foreign_cursor() from None


def dated_page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[
        str | None,
        Query(max_length=MAX_CURSOR_LENGTH, description="`next_cursor` of the previous page."),
    ] = None,
) -> DatedPageParams:
    return DatedPageParams(limit=limit, after=decode_dated_cursor(cursor) if cursor else None)


DatedPageDep = Annotated[DatedPageParams, Depends(dated_page_params)]


def newest_first_after(
    day: SQLColumnExpression[date], id_: SQLColumnExpression[uuid.UUID], after: DatedCursor
) -> ColumnElement[bool]:
    """Rows after ``after`` in the order (day desc, id desc); ``day`` is never null, so a cursor
    without a day was not made by this list."""
    if after.on is None:
        raise _foreign_cursor()
    return or_(day < after.on, and_(day == after.on, id_ < after.id))


def soonest_first_after(
    day: SQLColumnExpression[date | None],
    id_: SQLColumnExpression[uuid.UUID],
    after: DatedCursor,
) -> ColumnElement[bool]:
    """Rows after ``after`` in the order (day asc with nulls last, id asc)."""
    if after.on is None:
        return and_(day.is_(None), id_ > after.id)
    return or_(day > after.on, and_(day == after.on, id_ > after.id), day.is_(None))


def split_page(
    rows: Sequence[T], limit: int, key: Callable[[T], DatedCursor]
) -> tuple[Sequence[T], str | None]:
    """``rows`` were fetched with ``limit + 1``: the extra row only says another page exists."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_dated_cursor(key(rows[-1]))
