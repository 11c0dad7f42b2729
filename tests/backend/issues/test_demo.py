"""The demo municipality shows a realistic issue register."""

from __future__ import annotations

from typing import Any

import httpx

from vitaal.core.config import Settings
from vitaal.demo.seed import DEMO_EMAIL, DEMO_PASSWORD, seed_if_empty


async def test_demo_has_issues_in_several_phases(
    settings: Settings, client: httpx.AsyncClient, api: Any
) -> None:
    await seed_if_empty(settings)
    tokens = await api.login(DEMO_EMAIL, DEMO_PASSWORD)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    organisations = (await client.get("/api/v1/organisations", headers=headers)).json()["items"]
    base = f"/api/v1/organisations/{organisations[0]['id']}/issues"
    issues = (await client.get(base, headers=headers)).json()["items"]
    assert len(issues) >= 4
    assert len({i["phase"] for i in issues}) >= 3
    assert {"active", "monitoring", "closed"} <= {i["status"] for i in issues}
    vacancy = next(i for i in issues if "Leegstand" in i["title"])
    assert vacancy["phase"] == "opinion_forming"
    history = (await client.get(f"{base}/{vacancy['id']}/history", headers=headers)).json()
    phases = [h["new_value"] for h in history["items"] if h["kind"] == "phase"]
    assert phases == ["emergence", "societal_pressure", "opinion_forming"]
    stakeholders = (
        await client.get(f"{base}/{vacancy['id']}/stakeholders", headers=headers)
    ).json()["items"]
    assert {s["stance"] for s in stakeholders} == {"supportive", "opposed"}
    budget = (await client.get(f"{base}/budget", headers=headers)).json()
    assert budget["total"]["planned"] > budget["total"]["funded"] > 0
    closed = next(i for i in issues if i["status"] == "closed")
    closing = (await client.get(f"{base}/{closed['id']}/history", headers=headers)).json()
    assert closing["items"][-1]["evaluation_id"] is not None
