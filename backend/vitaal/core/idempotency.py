"""Idempotent public writes: a retry with the same ``Idempotency-Key`` gets the first answer.

People without an account answer from a phone on a poor network; when a response is lost the
client sends the same request again with the same key (draft-ietf-httpapi-idempotency-key-
header). Each writing domain keeps the keys in a table of its own (``IdempotencyRecord`` plus
the columns that say whose key it is, unique together with the key), so the rows are scoped
and deleted with what they belong to.

How a key is used, in the request's own transaction:

1. *Claim* it: ``INSERT … ON CONFLICT DO NOTHING``. Of several requests with one key at the
   same moment, one inserts; the others wait on the unique index until it commits (PostgreSQL)
   or queue for the write lock (SQLite), then insert nothing.
2. The request that claimed the key does the work and stores its response on the claim; both
   commit together, or neither does (a failed request leaves no key behind, so its retry runs
   again).
3. A request that found the key answers what is stored — the same status and body — when its
   body is the same, and 422 ``idempotency_key_reused`` when it is not.

Only successful responses are stored: an error (the round has closed, a wrong code) is not a
result to repeat, and the retry may well succeed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, ClassVar, Generic, TypeVar

from fastapi import Header
from pydantic import BaseModel
from sqlalchemy import JSON, String, Table, and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from vitaal.core.db import utcnow
from vitaal.core.errors import Conflict, Unprocessable

KEY_FIELD = "header.Idempotency-Key"

M = TypeVar("M", bound=BaseModel)

IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        description="A new random value (e.g. a UUID) for every new request; send the same "
        "value again when you retry the same request, and you get the first response.",
    ),
]


class IdempotencyRecord:
    """The columns of a stored key; a subclass adds its owner columns and names them in
    ``scope``, with a unique constraint on ``(*scope, "key")``."""

    scope: ClassVar[tuple[str, ...]]

    key: Mapped[str] = mapped_column(String(255))
    # SHA-256 of the request body as the server read it, to tell a retry from another request.
    request_digest: Mapped[str] = mapped_column(String(64))
    # Null only while the claiming transaction runs; claim and response commit together.
    status_code: Mapped[int | None]
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


@dataclass(frozen=True)
class Outcome(Generic[M]):
    status: int
    body: M


def request_digest(body: BaseModel) -> str:
    return hashlib.sha256(body.model_dump_json().encode()).hexdigest()


def _insert(session: AsyncSession, table: Table) -> postgresql.Insert | sqlite.Insert:
    dialect = session.get_bind().dialect.name
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


async def run_once(
    session: AsyncSession,
    record: type[IdempotencyRecord],
    *,
    owner: Mapping[str, object],
    key: str,
    request: BaseModel,
    response_model: type[M],
    work: Callable[[], Awaitable[Outcome[M]]],
) -> Outcome[M]:
    """Do ``work`` once per key of ``owner`` (the record's columns besides the key, its
    ``scope`` among them); a retry gets the stored outcome."""
    table: Table = record.__table__  # type: ignore[attr-defined]
    digest = request_digest(request)
    conflict_on = [*record.scope, "key"]
    claim = (
        _insert(session, table)
        .values(**owner, key=key, request_digest=digest)
        .on_conflict_do_nothing(index_elements=conflict_on)
        .returning(table.c.id)
    )
    claimed = (await session.execute(claim)).scalar_one_or_none()
    if claimed is None:
        return await _stored(session, table, owner, record.scope, key, digest, response_model)
    outcome = await work()
    await session.execute(
        update(table)
        .where(table.c.id == claimed)
        .values(status_code=outcome.status, response=outcome.body.model_dump(mode="json"))
    )
    return outcome


async def _stored(
    session: AsyncSession,
    table: Table,
    owner: Mapping[str, object],
    scope: tuple[str, ...],
    key: str,
    digest: str,
    response_model: type[M],
) -> Outcome[M]:
    found = (
        await session.execute(
            select(table.c.request_digest, table.c.status_code, table.c.response).where(
                and_(*(table.c[name] == owner[name] for name in scope)), table.c.key == key
            )
        )
    ).one()
    if found.request_digest != digest:
        raise Unprocessable.field(
            KEY_FIELD,
            "this key was already used for another request; send a new key with a new request",
            "idempotency_key_reused",
        )
    if found.status_code is None:
        # A claim is only seen without its response by a database that reads uncommitted
        # rows; neither PostgreSQL nor SQLite does, but a client is told to retry, not a 500.
        raise Conflict("A request with this key is still being handled; try again.")
    return Outcome(found.status_code, response_model.model_validate(found.response))
