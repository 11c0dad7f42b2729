"""The demo coalition shows round 1 of the step plan with realistic content."""

from __future__ import annotations

from typing import Any

import httpx

from vitaal.core.config import Settings
from vitaal.demo.seed import DEMO_EMAIL, DEMO_PASSWORD, seed_if_empty


async def test_demo_coalition_walked_round_one(
    settings: Settings, client: httpx.AsyncClient, api: Any
) -> None:
    await seed_if_empty(settings)
    tokens = await api.login(DEMO_EMAIL, DEMO_PASSWORD)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    coalition = (await client.get("/api/v1/coalitions", headers=headers)).json()["items"][0]
    base = f"/api/v1/coalitions/{coalition['id']}"

    journey = (await client.get(f"{base}/journey", headers=headers)).json()
    assert [s["status"] for s in journey["steps"][:4]] == ["done", "done", "done", "in_progress"]
    assert journey["position"]["current_step"] == 4
    assert journey["position"]["next_step"] == 5
    history = (await client.get(f"{base}/journey/history", headers=headers)).json()["items"]
    assert len(history) == 7

    summary = (await client.get(f"{base}/conversations/summary", headers=headers)).json()
    spoken = {p["partner_name"]: p["conversations"] for p in summary["partners"]}
    # X, Y and Z of the partner-strategy seed, and the others.
    assert spoken["Scholengroep Binnenstad"] == 2
    assert spoken["Welzijn Rivierland"] == 1
    assert spoken["Stadstheater & Bibliotheek"] == 1
    assert all(q["answers"] for q in summary["questions"])

    domain = (await client.get(f"{base}/domain", headers=headers)).json()
    assert domain["summary"]["shared_by_all"] == ["levendige binnenstad"]
    assert {w["partner_name"] for w in domain["summary"]["warnings"]} == {
        "Welzijn Rivierland",
        "Woonstichting De Poort",
    }

    plan = (await client.get(f"{base}/own-plan", headers=headers)).json()
    assert "stuurgroep" in plan["draft"]["text"]
    planned = {p["partner_name"]: p for p in plan["partners"]}
    assert planned["Scholengroep Binnenstad"]["execution_power"] == "extra_means"
    assert planned["Scholengroep Binnenstad"]["position"]["influence"] == 4
