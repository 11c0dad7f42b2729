"""Slowing down repeated failed logins, per account and per client address.

The lock grows with the failures (``lock_seconds`` times 2^(excess failures), capped at an hour) and
lives in the database so every worker process sees it. The rule itself is a pure function.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from vitaal.auth.models import LoginThrottle
from vitaal.core.db import utcnow

MAX_LOCK = timedelta(hours=1)
# Failures older than this are forgotten, so an occasional typo never adds up to a lock.
FAILURE_WINDOW = timedelta(minutes=15)


def lock_duration(failures: int, *, max_failures: int, lock_seconds: int) -> timedelta | None:
    """How long to refuse logins after ``failures`` consecutive failures (None: not locked)."""
    if failures < max_failures:
        return None
    excess = min(failures - max_failures, 12)
    return min(timedelta(seconds=lock_seconds * 2**excess), MAX_LOCK)


def throttle_keys(email: str, client_address: str | None) -> list[str]:
    keys = [f"account:{email.lower()}"]
    if client_address:
        keys.append(f"address:{client_address}")
    return keys


async def seconds_locked(session: AsyncSession, keys: list[str], now: datetime) -> int:
    rows = (await session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))).all()
    waits = [
        (row.locked_until - now).total_seconds()
        for row in rows
        if row.locked_until is not None and row.locked_until > now
    ]
    return max(1, round(max(waits))) if waits else 0


async def record_failure(
    sessionmaker: async_sessionmaker[AsyncSession],
    keys: list[str],
    *,
    max_failures: int,
    lock_seconds: int,
) -> None:
    """Count a failure in a transaction of its own: the request itself fails and rolls back."""
    for attempt in range(2):
        try:
            async with sessionmaker() as session, session.begin():
                await _count_failure(session, keys, max_failures, lock_seconds)
            return
        except IntegrityError:
            # Another worker created the same counter at the same moment; count on top of it.
            if attempt:
                raise


async def _count_failure(
    session: AsyncSession, keys: list[str], max_failures: int, lock_seconds: int
) -> None:
    now = utcnow()
    rows = {
        row.key: row
        for row in await session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))
    }
    for key in keys:
        row = rows.get(key)
        if row is None:
            row = LoginThrottle(key=key, failures=0, last_failure_at=now)
            session.add(row)
        elif now - row.last_failure_at > FAILURE_WINDOW:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        lock = lock_duration(row.failures, max_failures=max_failures, lock_seconds=lock_seconds)
        row.locked_until = now + lock if lock else None


async def clear_account(session: AsyncSession, email: str) -> None:
    """A successful login forgets the account's failures (the address keeps its own)."""
    await session.execute(
        delete(LoginThrottle).where(LoginThrottle.key == throttle_keys(email, None)[0])
    )
