"""Engine, declarative base and the per-request session.

One transaction per request: the session dependency commits when the handler has returned and
rolls back when it raised, so services only ``flush()`` and never leave half-written data.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Date, DateTime, Enum, MetaData, TypeDecorator, Uuid, event, inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from vitaal.core.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both databases (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class utc_date(FunctionElement[date]):  # noqa: N801 - used like the SQL function it renders
    """The UTC calendar day of a ``UTCDateTime`` column, in SQL, the same on both databases.

    PostgreSQL's ``CAST(... AS DATE)`` would use the session's time zone, so a datetime late in
    the evening could land on another day than ``value.date()`` gives in Python; SQLite stores
    the UTC time as text, so its ``date()`` is already the UTC day.
    """

    type = Date()
    inherit_cache = True


@compiles(utc_date)
def _utc_date_sqlite(element: utc_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)})"


@compiles(utc_date, "postgresql")
def _utc_date_postgresql(element: utc_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(timezone('UTC', {compiler.process(element.clauses, **kw)}) AS DATE)"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


def str_enum(enum: type[StrEnum], name: str) -> Enum:
    """Store enums as their values in a VARCHAR with a CHECK, the same on both databases."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda e: [m.value for m in e],
    )


def create_engine(database_url: str) -> AsyncEngine:
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(database_url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Foreign keys are off by default in SQLite; WAL lets readers run beside one writer.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


# scope="function": the commit runs when the handler returns, *before* the response is sent, so a
# failed commit becomes an error response instead of a success the database never saw.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def lock_row(session: AsyncSession, row: Base) -> None:
    """Lock ``row`` until the transaction ends and re-read its columns under that lock.

    A state transition calls this before checking the state it starts from: of concurrent
    requests on PostgreSQL the first takes the lock, the others wait and then see the state it
    committed, so the transition happens once and the others can refuse (409). SQLite ignores
    ``FOR UPDATE``; it has one writer at a time anyway. Relationships are left as loaded.
    """
    columns = [attribute.key for attribute in inspect(row).mapper.column_attrs]
    await session.refresh(row, columns, with_for_update=True)
