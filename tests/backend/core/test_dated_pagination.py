from __future__ import annotations

import base64
import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import column

from vitaal.core.errors import Unprocessable
from vitaal.core.pagination import (
    DatedCursor,
    decode_cursor,
    decode_dated_cursor,
    encode_dated_cursor,
    newest_first_after,
    split_page,
)


@given(on=st.none() | st.dates(), id_=st.uuids())
def test_cursor_round_trips(on: date | None, id_: uuid.UUID) -> None:
    cursor = DatedCursor(on=on, id=id_)
    text = encode_dated_cursor(cursor)
    assert text.isascii()
    assert "=" not in text
    assert decode_dated_cursor(text) == cursor


@pytest.mark.parametrize("text", ["***", "", "bm9wZQ", "MjAyNi0xMy0wMS54"])
def test_foreign_cursors_are_refused(text: str) -> None:
    with pytest.raises(Unprocessable) as raised:
        decode_dated_cursor(text)
    assert raised.value.errors is not None
    assert raised.value.errors[0].field == "query.cursor"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "text",
    [_b64(bytes(15)), _b64(bytes(17)), _b64(b"2026-01-01." + b"0" * 32), "é", "a\x00"],
)
def test_hand_made_cursors_of_a_list_by_id_are_refused(text: str) -> None:
    with pytest.raises(Unprocessable):
        decode_cursor(text)


HEX = uuid.UUID(int=7).hex.encode()


@pytest.mark.parametrize(
    "raw", [b"2026-02-30." + HEX, b"10000-01-01." + HEX, b"2026-01-01.xyz", bytes(16), b"\xff"]
)
def test_hand_made_dated_cursors_are_refused(raw: bytes) -> None:
    with pytest.raises(Unprocessable):
        decode_dated_cursor(_b64(raw))


def test_a_cursor_without_a_day_is_not_one_of_a_list_by_day() -> None:
    # Such lists never have a row without a day, so such a cursor was made by another list.
    with pytest.raises(Unprocessable):
        newest_first_after(column("day"), column("id"), DatedCursor(on=None, id=uuid.UUID(int=1)))


def test_split_page_says_whether_more_follow() -> None:
    days = [DatedCursor(on=date(2026, 11, d), id=uuid.UUID(int=d)) for d in (3, 2, 1)]
    rows, cursor = split_page(days, 2, lambda c: c)
    assert rows == days[:2]
    assert cursor is not None
    assert decode_dated_cursor(cursor) == days[1]
    assert split_page(days, 3, lambda c: c) == (days, None)
