from __future__ import annotations

from pathlib import Path

import httpx
from situations import ProblemCheck

from vitaal.core.config import Settings
from vitaal.main import create_app


async def test_health_and_ready(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v1/health")).json() == {"status": "ok"}
    assert (await client.get("/api/v1/ready")).json() == {"status": "ok"}


async def test_responses_carry_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/health")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


async def test_ready_is_503_when_the_database_is_unreachable(
    settings: Settings, tmp_path: Path, problem: ProblemCheck
) -> None:
    unreachable = (
        "postgresql+asyncpg://nobody@127.0.0.1:1/none"
        if settings.database_url.startswith("postgresql")
        else f"sqlite+aiosqlite:///{tmp_path}/missing-dir/x.db"
    )
    app = create_app(settings.model_copy(update={"database_url": unreachable}))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        assert (await http.get("/api/v1/health")).status_code == 200
        body = problem(await http.get("/api/v1/ready"), 503)
    assert "database" in body["detail"]
    await app.state.engine.dispose()
