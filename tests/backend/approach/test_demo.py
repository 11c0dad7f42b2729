"""The demo municipality shows the approach and crisis history of its issues."""

from __future__ import annotations

from typing import Any

import httpx

from vitaal.core.config import Settings
from vitaal.demo.seed import DEMO_EMAIL, DEMO_PASSWORD, seed_if_empty


async def test_demo_shows_approach_and_crisis(
    settings: Settings, client: httpx.AsyncClient, api: Any
) -> None:
    await seed_if_empty(settings)
    tokens = await api.login(DEMO_EMAIL, DEMO_PASSWORD)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    organisations = (await client.get("/api/v1/organisations", headers=headers)).json()["items"]
    base = f"/api/v1/organisations/{organisations[0]['id']}/issues"
    issues = {i["title"]: i for i in (await client.get(base, headers=headers)).json()["items"]}

    vacancy = f"{base}/{issues['Leegstand in de winkelstraten']['id']}"
    paper = (await client.get(f"{vacancy}/position-paper", headers=headers)).json()
    assert paper["version_count"] == 2
    assert "gevelverbeteringsfonds" in paper["current"]["content_html"]
    plan = (await client.get(f"{vacancy}/communications", headers=headers)).json()["items"]
    assert {c["status"] for c in plan} == {"sent", "planned"}
    actions = (await client.get(f"{vacancy}/reputation-actions", headers=headers)).json()
    assert {a["kind"] for a in actions["items"]} == {
        "proactive_core_risks",
        "build_reserve",
        "protect",
    }
    agenda = (await client.get(f"{vacancy}/agenda-items", headers=headers)).json()["items"]
    assert {a["forum"] for a in agenda} == {"board", "members_meeting", "working_group"}

    nuisance = f"{base}/{issues['Overlast in het uitgaansgebied']['id']}"
    calm = (await client.get(f"{nuisance}/crisis", headers=headers)).json()
    assert calm["latest_assessment"]["outcome"]["is_crisis"] is False
    assert calm["active_protocol"] is None

    theft = f"{base}/{issues['Winkeldiefstal en ondermijning']['id']}"
    history = (await client.get(f"{theft}/crisis/protocols", headers=headers)).json()["items"]
    assert [(p["active"], p["de_escalation_reason"] is not None) for p in history] == [
        (False, True)
    ]
    assert 0 < history[0]["tasks_done"] < history[0]["tasks_total"]
    status_changes = [
        (c["old_value"], c["new_value"])
        for c in (await client.get(f"{theft}/history", headers=headers)).json()["items"]
        if c["kind"] == "status"
    ]
    assert status_changes[-2:] == [("active", "crisis"), ("crisis", "active")]
    assert issues["Winkeldiefstal en ondermijning"]["status"] == "active"
