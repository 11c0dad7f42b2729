"""Cursor pages ordered by a date, then by id.

The core pages order by id alone; interactions, the timeline and follow-ups are ordered by the
day something happened or is due, which is not the order they were entered. The cursor holds
that day and the id of the last row, so a page stays stable while rows are added or edited
elsewhere in the list.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, TypeVar

from fastapi import Depends, Query
from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import InstrumentedAttribute

from vitaal.core.errors import Unprocessable
from vitaal.core.pagination import MAX_LIMIT

T = TypeVar("T")


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
        raise Unprocessable.field("query.cursor", "not a cursor this API gave out") from None


def dated_page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page.")] = None,
) -> DatedPageParams:
    return DatedPageParams(limit=limit, after=decode_dated_cursor(cursor) if cursor else None)


DatedPageDep = Annotated[DatedPageParams, Depends(dated_page_params)]


def newest_first_after(
    day: InstrumentedAttribute[date], id_: InstrumentedAttribute[uuid.UUID], after: DatedCursor
) -> ColumnElement[bool]:
    """Rows after ``after`` in the order (day desc, id desc); ``day`` is never null."""
    return or_(day < after.on, and_(day == after.on, id_ < after.id))


def soonest_first_after(
    day: InstrumentedAttribute[date | None],
    id_: InstrumentedAttribute[uuid.UUID],
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
