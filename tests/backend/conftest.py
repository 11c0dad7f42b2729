"""Backend test fixtures: the real app over httpx against a real, migrated database.

``VITAAL_TEST_DB=sqlite`` (default) or ``postgres`` picks the database; PostgreSQL gets a
scratch database of its own, created from ``VITAAL_TEST_POSTGRES_URL`` and dropped afterwards.
Every test starts from empty tables. The situations tests build (users, organisations,
coalitions, the demo data) are in situations.py.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from situations import TEST_SECRET, Api, Coalitions, Demo, Org, ProblemCheck, StatementCounter
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.core.config import Environment, Settings
from vitaal.core.migrate import upgrade_to_head
from vitaal.demo.seed import load_demo
from vitaal.main import create_app
from vitaal.models import Base


def _database_kind() -> str:
    kind = os.environ.get("VITAAL_TEST_DB", "sqlite")
    if kind not in ("sqlite", "postgres"):
        raise pytest.UsageError("VITAAL_TEST_DB must be sqlite or postgres")
    return kind


def pytest_report_header() -> str:
    return f"vitaal database: {_database_kind()}"


async def _admin(url: str, statement: str) -> None:
    admin = make_url(url).set(drivername="postgresql")
    connection = await asyncpg.connect(admin.render_as_string(hide_password=False))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty, migrated database for this test session."""
    import asyncio

    if _database_kind() == "sqlite":
        path = tmp_path_factory.mktemp("db") / "vitaal.db"
        url = f"sqlite+aiosqlite:///{path}"
        upgrade_to_head(url)
        yield url
        return
    base = os.environ.get(
        "VITAAL_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    name = f"vitaal_test_{os.getpid()}_{secrets.token_hex(3)}"
    asyncio.run(_admin(base, f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade_to_head(url)
        yield url
    finally:
        asyncio.run(_admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        env=Environment.test,
        database_url=database_url,
        secret_key=TEST_SECRET,
        public_url="http://testserver",
        static_dir=Path("/nonexistent-static"),
        login_max_failures=3,
        login_lock_seconds=30,
        # The cheapest valid argon2id: every signup and login is still a real hash (~1 ms).
        password_hash_time_cost=1,
        password_hash_memory_kib=8,
        password_hash_parallelism=1,
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    yield application
    await application.state.engine.dispose()


@pytest.fixture(scope="session")
def engine(app: FastAPI) -> AsyncEngine:
    engine: AsyncEngine = app.state.engine
    return engine


@pytest.fixture(autouse=True)
async def _empty_tables(engine: AsyncEngine) -> AsyncIterator[None]:
    yield
    async with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(table.delete())


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
def count_statements(engine: AsyncEngine) -> Iterator[StatementCounter]:
    counter = StatementCounter()

    def _record(*args: Any) -> None:
        counter.statements.append(str(args[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", _record)
    yield counter
    event.remove(engine.sync_engine, "before_cursor_execute", _record)


@pytest.fixture
def api(client: httpx.AsyncClient) -> Api:
    return Api(client)


@pytest.fixture
def problem() -> ProblemCheck:
    return ProblemCheck()


@pytest.fixture
async def org(api: Api) -> Org:
    return await api.org_with_members()


@pytest.fixture
async def world(api: Api) -> Coalitions:
    return await api.two_coalitions()


@pytest.fixture
async def demo(app: FastAPI, api: Api) -> Demo:
    """The demo data loaded into the test database, its user logged in."""
    async with app.state.sessionmaker() as session, session.begin():
        await load_demo(session, app.state.password_hasher)
    return await api.demo()
