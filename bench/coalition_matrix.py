"""`GET /coalitions/{id}/partner-matrix` of one coalition with 2,000 partners scored by five
assessors, through the real app and a real PostgreSQL (target: p50 under 200 ms).

Run: `backend/.venv/bin/python bench/coalition_matrix.py [runs] [partners] [--profile]`.

A scratch database is created next to the one in `VITAAL_BENCH_POSTGRES_URL` (default
`postgresql+asyncpg://postgres@127.0.0.1:5432/test`), migrated, filled with bulk inserts, and
dropped at the end. `--profile` also prints where one request spends its time (cProfile).
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import pstats
import random
import secrets
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from vitaal.auth.models import User
from vitaal.core.config import Environment, Settings
from vitaal.core.db import create_sessionmaker
from vitaal.core.ids import new_id
from vitaal.core.migrate import upgrade_to_head
from vitaal.main import create_app
from vitaal.partners.matrix import Strategy
from vitaal.partners.models import (
    CoalitionPartner,
    ContactIntensity,
    PartnerAssessment,
    PartnerStatus,
    PartnerStrategy,
    RelationshipType,
)
from vitaal.partners.service import refresh_position

ASSESSORS = 5
ASSESSMENTS_PER_ASSESSOR = 3  # on different days, so every partner has a trail
CHUNK = 5_000
PASSWORD = "correct horse battery"  # noqa: S105 - one account in a scratch database


async def _admin(url: str, statement: str) -> None:
    admin = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def _bulk(engine: AsyncEngine, table: Any, rows: list[dict[str, Any]]) -> None:
    async with engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            await connection.execute(insert(table), rows[start : start + CHUNK])


async def _fill(
    client: httpx.AsyncClient, engine: AsyncEngine, partners: int
) -> tuple[dict[str, str], str]:
    """The coordinator through the API (a real login), the bulk of the data by inserts."""
    email = f"bench-{secrets.token_hex(4)}@example.org"
    signup = await client.post(
        "/api/v1/auth/signup",
        json={"email": email, "password": PASSWORD, "name": "Bench"},
    )
    signup.raise_for_status()
    token = await client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    org = await client.post(
        "/api/v1/organisations",
        json={"name": "Bench", "kind": "municipality"},
        headers=headers,
    )
    coalition = await client.post(
        "/api/v1/coalitions",
        json={
            "name": "Bench",
            "societal_goal": "Meten",
            "organisation_id": org.json()["id"],
        },
        headers=headers,
    )
    coalition_id = coalition.json()["id"]

    rng = random.Random(2026)  # noqa: S311 - the same data every run, nothing secret
    assessors = [
        {
            "id": new_id(),
            "email": f"a{i}-{email}",
            "name": f"Assessor {i}",
            "password_hash": "!",
        }
        for i in range(ASSESSORS)
    ]
    await _bulk(engine, User.__table__, assessors)
    partner_rows = [
        {
            "id": new_id(),
            "coalition_id": coalition_id,
            "name": f"Partner {i:05d}",
            "status": PartnerStatus.current,
            "contact_intensity": ContactIntensity.regular,
            "relationship_type": RelationshipType.partnership,
            "target_influence": 7.0 if i % 3 == 0 else None,
            "target_dependency": 6.0 if i % 3 == 0 else None,
        }
        for i in range(partners)
    ]
    await _bulk(engine, CoalitionPartner.__table__, partner_rows)
    now = datetime.now(UTC)
    assessments = [
        {
            "id": new_id(),
            "coalition_id": coalition_id,
            "partner_id": partner["id"],
            "assessor_id": assessor["id"],
            "assessor_name": assessor["name"],
            "influence": round(rng.uniform(0, 10), 1),
            "dependency": round(rng.uniform(0, 10), 1),
            "rationale": "",
            "assessed_at": now - timedelta(days=rng.randint(0, 180), minutes=rng.randint(0, 1440)),
        }
        for partner in partner_rows
        for assessor in assessors
        for _ in range(ASSESSMENTS_PER_ASSESSOR)
    ]
    await _bulk(engine, PartnerAssessment.__table__, assessments)
    # The stored positions the API keeps on every assessment, made the same way.
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        for partner in partner_rows:
            await refresh_position(session, uuid.UUID(coalition_id), partner["id"])
    strategies = [
        {
            "id": new_id(),
            "coalition_id": coalition_id,
            "partner_id": partner["id"],
            "strategy": Strategy.maintain,
            "actions": [
                {
                    "description": "Bellen",
                    "owner_name": "",
                    "due_on": None,
                    "done": False,
                }
            ],
            "review_on": date(2027, 1, 1),
            "updated_by_name": "Bench",
        }
        for partner in partner_rows[::4]
    ]
    await _bulk(engine, PartnerStrategy.__table__, strategies)
    print(
        f"data: {partners} partners, {len(assessments)} assessments by {ASSESSORS} assessors, "
        f"{len(strategies)} chosen strategies"
    )
    return headers, coalition_id


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _measure(url: str, runs: int, partners: int, profile: bool) -> None:
    settings = Settings(
        env=Environment.test,
        database_url=url,
        secret_key="bench-secret-" + "x" * 40,
        static_dir=Path("/nonexistent-static"),
    )
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    # ASGITransport does not run the lifespan; run it as a server would.
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        headers, coalition_id = await _fill(client, app.state.engine, partners)
        matrix_url = f"/api/v1/coalitions/{coalition_id}/partner-matrix"
        for _ in range(2):  # warm the connection pool and the caches
            warm = await client.get(matrix_url, headers=headers)
            warm.raise_for_status()
        if len(warm.json()["partners"]) != partners:
            raise RuntimeError("the matrix does not show every partner")
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            response = await client.get(matrix_url, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
        print(
            f"GET partner-matrix, {partners} partners, {runs} runs: "
            f"p50 {statistics.median(timings):.0f} ms, p95 {_percentile(timings, 0.95):.0f} ms,"
            f" best {min(timings):.0f} ms, worst {max(timings):.0f} ms, "
            f"body {len(response.content) / 1024:.0f} KiB"
        )
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(3):
                await client.get(matrix_url, headers=headers)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


async def main(runs: int, partners: int, profile: bool) -> None:
    base = os.environ.get(
        "VITAAL_BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    name = f"vitaal_bench_{os.getpid()}_{secrets.token_hex(3)}"
    await _admin(base, f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        # Alembic runs its own event loop; keep it off this one.
        await asyncio.to_thread(upgrade_to_head, url)
        await _measure(url, runs, partners, profile)
    finally:
        await _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    asyncio.run(
        main(
            int(arguments[0]) if arguments else 30,
            int(arguments[1]) if len(arguments) > 1 else 2_000,
            "--profile" in sys.argv,
        )
    )
