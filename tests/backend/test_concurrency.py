"""State transitions happen once: 20 identical requests at once, one effect, 19 refusals (409).

Each transition locks the row it starts from (``core.db.lock_row``) before checking the state,
so the requests that wait for the lock see the state the first one committed. Only PostgreSQL
can show it: SQLite has one writer at a time, so there the requests never overlap. The requests
really overlap here: ``asyncio.gather`` runs them through the in-process ASGI transport on one
event loop, each with its own session and pooled connection (pool of 10 + 10 overflow), and
each waits on the database, not on the others.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx
import pytest
from situations import Org, User
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

pytestmark = pytest.mark.skipif(
    os.environ.get("VITAAL_TEST_DB", "sqlite") != "postgres",
    reason="SQLite has one writer at a time, so concurrent transitions cannot race there",
)

TIMES = 20


async def _at_once(
    client: httpx.AsyncClient, url: str, user: User, body: dict[str, Any] | None = None
) -> list[httpx.Response]:
    return await asyncio.gather(
        *(client.post(url, json=body or {}, headers=user.headers) for _ in range(TIMES))
    )


def _once(responses: list[httpx.Response], success: int) -> None:
    """One request made the transition; the others were told the state had already changed."""
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [success] + [409] * (TIMES - 1), [r.text for r in responses]
    for refused in (r for r in responses if r.status_code == 409):
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["status"] == 409


async def _count(engine: AsyncEngine, sql: str, **params: Any) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text(sql), params)).scalar_one())


async def _post(org: Org, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await org.client.post(org.url(path), json=body, headers=org.owner.headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _signal(org: Org) -> str:
    signal = await _post(
        org,
        "/signals",
        {"source_type": "weak_signal", "title": "Opzeggingen", "observed_on": "2026-11-20"},
    )
    return str(signal["id"])


async def test_a_signal_becomes_one_issue(org: Org, engine: AsyncEngine) -> None:
    signal_id = await _signal(org)
    url = org.url(f"/signals/{signal_id}/issue")
    _once(await _at_once(org.client, url, org.member, {"title": "Ledenbehoud"}), 201)
    issues = "SELECT count(*) FROM issues WHERE organisation_id = :org"
    assert await _count(engine, issues, org=org.org_id) == 1


async def test_a_signal_is_dismissed_once(org: Org, engine: AsyncEngine) -> None:
    signal_id = await _signal(org)
    url = org.url(f"/signals/{signal_id}/dismiss")
    _once(await _at_once(org.client, url, org.member, {"reason": "Eenmalig"}), 200)
    dismissed = "SELECT count(*) FROM signals WHERE status = 'dismissed'"
    assert await _count(engine, dismissed) == 1


async def test_a_signal_is_attached_once(org: Org, engine: AsyncEngine) -> None:
    signal_id = await _signal(org)
    issue = await _post(org, "/issues", {"title": "Ledenbehoud"})
    url = org.url(f"/signals/{signal_id}/attach")
    _once(await _at_once(org.client, url, org.member, {"issue_id": issue["id"]}), 200)
    attached = "SELECT count(*) FROM signals WHERE status = 'attached' AND issue_id = :issue"
    assert await _count(engine, attached, issue=issue["id"]) == 1


async def test_goal_reached_closes_the_issue_once(org: Org, engine: AsyncEngine) -> None:
    issue = await _post(org, "/issues", {"title": "Leegstand", "status": "active", "goal": "<5%"})
    evaluation = await _post(
        org, f"/issues/{issue['id']}/evaluations", {"planned_on": "2027-06-01", "focus": "Jaar"}
    )
    url = org.url(f"/issues/{issue['id']}/evaluations/{evaluation['id']}/outcome")
    _once(await _at_once(org.client, url, org.owner, {"outcome": "goal_reached"}), 200)
    closings = (
        "SELECT count(*) FROM issue_changes WHERE issue_id = :issue AND evaluation_id IS NOT NULL"
    )
    assert await _count(engine, closings, issue=issue["id"]) == 1


async def test_a_collaboration_is_paused_and_resumed_once(org: Org, engine: AsyncEngine) -> None:
    collaboration = await _post(org, "/portfolio", {"title": "Taalcafé"})
    url = org.url(f"/portfolio/{collaboration['id']}")
    _once(await _at_once(org.client, f"{url}/pause", org.owner, {"reason": "Zomer"}), 200)
    pauses = "SELECT count(*) FROM collaboration_pauses WHERE collaboration_id = :id"
    assert await _count(engine, pauses, id=collaboration["id"]) == 1
    _once(await _at_once(org.client, f"{url}/resume", org.owner), 200)
    running = "SELECT count(*) FROM collaborations WHERE id = :id AND paused_at IS NULL"
    assert await _count(engine, running, id=collaboration["id"]) == 1


async def test_an_issue_gets_one_open_crisis_protocol(org: Org, engine: AsyncEngine) -> None:
    issue = await _post(org, "/issues", {"title": "Brand", "status": "active"})
    url = org.url(f"/issues/{issue['id']}/crisis")
    body = {"override_reason": "Brand in de binnenstad"}
    _once(await _at_once(org.client, f"{url}/escalate", org.owner, body), 201)
    open_ = "SELECT count(*) FROM crisis_protocols WHERE issue_id = :id AND de_escalated_at IS NULL"
    assert await _count(engine, open_, id=issue["id"]) == 1
    _once(await _at_once(org.client, f"{url}/de-escalate", org.owner, {"reason": "Geblust"}), 200)
    assert await _count(engine, open_, id=issue["id"]) == 0
