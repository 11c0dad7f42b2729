from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.core.errors import Unprocessable
from vitaal.core.pagination import (
    DatedCursor,
    decode_dated_cursor,
    encode_dated_cursor,
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


def test_split_page_says_whether_more_follow() -> None:
    days = [DatedCursor(on=date(2026, 11, d), id=uuid.UUID(int=d)) for d in (3, 2, 1)]
    rows, cursor = split_page(days, 2, lambda c: c)
    assert rows == days[:2]
    assert cursor is not None
    assert decode_dated_cursor(cursor) == days[1]
    assert split_page(days, 3, lambda c: c) == (days, None)
