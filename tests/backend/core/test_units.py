"""Pure helpers: ids, cursors, the login throttle rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitaal.auth.throttle import MAX_LOCK, lock_duration
from vitaal.core.errors import Unprocessable
from vitaal.core.ids import new_id
from vitaal.core.pagination import decode_cursor, encode_cursor


def test_ids_are_version_7_and_time_ordered() -> None:
    import time

    first = new_id()
    time.sleep(0.002)
    second = new_id()
    assert first.version == 7
    assert first.variant == "specified in RFC 4122"
    assert first < second


def test_ids_made_in_one_millisecond_keep_their_order() -> None:
    ids = [new_id() for _ in range(5_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i.version == 7 and i.variant == "specified in RFC 4122" for i in ids)
    # Many share a millisecond (the first 48 bits), which is what the counter is for.
    assert len({i.int >> 80 for i in ids}) < len(ids)


def test_ids_stay_ordered_when_the_counter_overflows(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitaal.core import ids

    now_ms = 1_800_000_000_000
    monkeypatch.setattr(ids.time, "time_ns", lambda: now_ms * 1_000_000)
    monkeypatch.setattr(ids, "_last_ms", now_ms)
    monkeypatch.setattr(ids, "_last_random", ids._RANDOM_LIMIT - 2)
    first, second, third = ids.new_id(), ids.new_id(), ids.new_id()
    assert first < second < third
    assert second.int >> 80 == now_ms + 1  # borrowed the next millisecond
    assert third.version == 7


@given(st.uuids())
def test_cursor_round_trips(value: object) -> None:
    import uuid

    assert isinstance(value, uuid.UUID)
    assert decode_cursor(encode_cursor(value)) == value


@pytest.mark.parametrize("cursor", ["***", "abc", ""])
def test_bad_cursor_is_refused(cursor: str) -> None:
    with pytest.raises(Unprocessable):
        decode_cursor(cursor or "x")


def test_no_lock_below_the_limit() -> None:
    assert lock_duration(4, max_failures=5, lock_seconds=60) is None
    assert lock_duration(5, max_failures=5, lock_seconds=60) == timedelta(seconds=60)
    assert lock_duration(6, max_failures=5, lock_seconds=60) == timedelta(seconds=120)


@given(
    failures=st.integers(min_value=0, max_value=10_000),
    max_failures=st.integers(min_value=1, max_value=20),
    lock_seconds=st.integers(min_value=1, max_value=3600),
)
def test_lock_grows_with_failures_and_is_capped(
    failures: int, max_failures: int, lock_seconds: int
) -> None:
    now = lock_duration(failures, max_failures=max_failures, lock_seconds=lock_seconds)
    after = lock_duration(failures + 1, max_failures=max_failures, lock_seconds=lock_seconds)
    assert after is not None or now is None
    if now is not None and after is not None:
        assert now <= after <= MAX_LOCK
