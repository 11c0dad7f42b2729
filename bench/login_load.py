"""Do logins stall other requests? Argon2id hashing must run off the event loop.

Fires concurrent logins at the real app (in-process, SQLite in a temp dir) while timing
`GET /api/v1/health` on the same event loop, and prints login throughput and the health
latency percentiles. Run: `backend/.venv/bin/python bench/login_load.py [logins] [concurrency]`.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from vitaal.core.config import Environment, Settings
from vitaal.core.migrate import upgrade_to_head
from vitaal.main import create_app

PASSWORD = "benchmark password 1"  # noqa: S105 - a scratch database


async def main(logins: int, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        await asyncio.to_thread(upgrade_to_head, url)
        settings = Settings(
            env=Environment.test,
            database_url=url,
            secret_key="b" * 48,
            login_max_failures=10_000,
        )
        app = create_app(settings)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            emails = [f"user{i}@bench.example" for i in range(concurrency)]
            for email in emails:
                await client.post(
                    "/api/v1/auth/signup", json={"email": email, "password": PASSWORD, "name": "B"}
                )
            slots = asyncio.Semaphore(concurrency)
            done = asyncio.Event()

            async def login(index: int) -> None:
                async with slots:
                    response = await client.post(
                        "/api/v1/auth/token",
                        data={"username": emails[index % concurrency], "password": PASSWORD},
                    )
                    response.raise_for_status()

            async def probe() -> list[float]:
                latencies: list[float] = []
                while not done.is_set():
                    started = time.perf_counter()
                    (await client.get("/api/v1/health")).raise_for_status()
                    latencies.append((time.perf_counter() - started) * 1000)
                    await asyncio.sleep(0.005)
                return latencies

            prober = asyncio.create_task(probe())
            started = time.perf_counter()
            await asyncio.gather(*(login(i) for i in range(logins)))
            elapsed = time.perf_counter() - started
            done.set()
            latencies = await prober
        await app.state.engine.dispose()

    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"logins: {logins} with concurrency {concurrency} in {elapsed:.2f} s "
        f"({logins / elapsed:.1f} logins/s)"
    )
    print(
        f"health during logins: n={len(latencies)} p50={cuts[49]:.1f} ms "
        f"p95={cuts[94]:.1f} ms p99={cuts[98]:.1f} ms max={max(latencies):.1f} ms"
    )


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    parallel = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    asyncio.run(main(total, parallel))
