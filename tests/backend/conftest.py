"""Backend test fixtures: the real app over httpx against a real, migrated database.

``VITAAL_TEST_DB=sqlite`` (default) or ``postgres`` picks the database; PostgreSQL gets a
scratch database of its own, created from ``VITAAL_TEST_POSTGRES_URL`` and dropped afterwards.
Every test starts from empty tables.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.core.config import Environment, Settings
from vitaal.core.migrate import upgrade_to_head
from vitaal.main import create_app
from vitaal.models import Base

TEST_SECRET = "test-secret-" + "x" * 40
PASSWORD = "correct horse battery"


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
        public_url="http://testserver",  # type: ignore[arg-type]
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


@dataclass
class StatementCounter:
    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def reset(self) -> None:
        self.statements.clear()


@pytest.fixture
def count_statements(engine: AsyncEngine) -> Iterator[StatementCounter]:
    counter = StatementCounter()

    def _record(*args: Any) -> None:
        counter.statements.append(str(args[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", _record)
    yield counter
    event.remove(engine.sync_engine, "before_cursor_execute", _record)


@dataclass
class User:
    id: uuid.UUID
    email: str
    name: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


class Api:
    """Builds the situation a test needs through the public API, as a user would."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def user(self, name: str = "Test User", email: str | None = None) -> User:
        email = email or f"user-{uuid.uuid4().hex[:10]}@example.org"
        response = await self.client.post(
            "/api/v1/auth/signup", json={"email": email, "password": PASSWORD, "name": name}
        )
        assert response.status_code == 201, response.text
        tokens = await self.login(email)
        return User(
            id=uuid.UUID(response.json()["id"]),
            email=email,
            name=name,
            access_token=tokens["access_token"],
            refresh_token=tokens["refresh_token"],
        )

    async def login(self, email: str, password: str = PASSWORD) -> dict[str, Any]:
        response = await self.client.post(
            "/api/v1/auth/token", data={"username": email, "password": password}
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def organisation(
        self, user: User, name: str = "Gemeente Testdorp", kind: str = "municipality"
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/api/v1/organisations", json={"name": name, "kind": kind}, headers=user.headers
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def coalition(
        self, user: User, organisation_id: str, name: str = "Levendige binnenstad"
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/api/v1/coalitions",
            json={
                "name": name,
                "societal_goal": "Een levendige binnenstad",
                "description": "Samen aan de slag",
                "organisation_id": organisation_id,
            },
            headers=user.headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def join_coalition(
        self,
        coordinator: User,
        coalition_id: str,
        partner: User,
        organisation_id: str,
        role: str = "partner",
    ) -> None:
        invited = await self.client.post(
            f"/api/v1/coalitions/{coalition_id}/invitations",
            json={"role": role},
            headers=coordinator.headers,
        )
        assert invited.status_code == 201, invited.text
        accepted = await self.client.post(
            f"/api/v1/coalition-invitations/{invited.json()['token']}/accept",
            json={"organisation_id": organisation_id},
            headers=partner.headers,
        )
        assert accepted.status_code == 200, accepted.text


@pytest.fixture
def api(client: httpx.AsyncClient) -> Api:
    return Api(client)


@pytest.fixture
def make_api() -> type[Api]:
    """For tests that build their own app (other settings) and need the same helpers."""
    return Api


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://vitaal.dev/problems/")
    assert body["title"]
    return body


@pytest.fixture
def problem() -> Any:
    return assert_problem
